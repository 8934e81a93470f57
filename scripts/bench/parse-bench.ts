/**
 * parseRatio: our content pipeline (buildCollection: chat-export cleanup, the mdast parse, cards,
 * ids, the audit) on a generated collection, divided by a bare mdast parse of the same text.
 * The two alternate, each repetition after a garbage collection when Node exposes one, and the
 * medians are compared, so a slow moment of the shared machine lands on both sides.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { buildCollection } from '../../src/core/collection.ts';
import type { NotesFile } from '../../src/core/types.ts';
import { median, ratio, round } from './stats.ts';

export interface ParseBench {
  parseRatio: number | null;
  pipelineMs: number;
  mdastMs: number;
  repetitions: number;
}

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

function timed(run: () => void): number {
  collect();
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Times buildCollection against fromMarkdown on `files`, `repetitions` times each, interleaved. */
export function benchParse(files: readonly NotesFile[], repetitions = 5): ParseBench {
  const pipeline: number[] = [];
  const mdast: number[] = [];
  for (let i = 0; i < repetitions; i += 1) {
    // Alternate which goes first, so neither always runs on a warmer (or more fragmented) heap.
    const runs = [
      () => pipeline.push(timed(() => buildCollection(files))),
      () => mdast.push(timed(() => files.forEach((f) => fromMarkdown(f.text)))),
    ];
    if (i % 2 === 1) runs.reverse();
    for (const run of runs) run();
  }
  const pipelineMs = median(pipeline);
  const mdastMs = median(mdast);
  return { parseRatio: ratio(pipelineMs, mdastMs), pipelineMs: round(pipelineMs, 0), mdastMs: round(mdastMs, 0), repetitions };
}
