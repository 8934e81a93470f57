/**
 * Where something of a card stands in its notes file. A card carries the line of its question
 * only; its answer is cleaned text (chat-export headers dropped, cut lines rejoined, numbered
 * answers dedented), so lines inside it are found by looking for their text in the file after
 * the question, not by counting.
 */
import type { Card } from './types.ts';

/** A fence opening a code block: its indent, its backticks or tildes, and what follows (the language). */
export const FENCE = /^(\s*)(`{3,}|~{3,})(.*)$/;

/** 0-based index of the file line to look for the card's answer from. */
export function answerStart(lines: readonly string[], card: Card): number {
  if (card.number === undefined) return Math.min(card.source.line, lines.length);
  // A numbered answer starts with its number, after the list of questions.
  const numbered = new RegExp(`^\\s{0,3}${card.number}[.)](?:\\s|$)`);
  const first = card.answer.split('\n', 1)[0]!.trim().slice(0, 24);
  for (let i = card.source.line; i < lines.length; i++) {
    if (numbered.test(lines[i]!) && lines[i]!.includes(first)) return i;
  }
  return Math.min(card.source.line, lines.length);
}

/**
 * 0-based index of the fence line of a code block whose first lines are `content`, at `from` or
 * after, or -1. Compared trimmed: a numbered answer's code is dedented in the card.
 */
export function findFence(lines: readonly string[], from: number, content: readonly string[]): number {
  const probe = content.slice(0, 3).map((line) => line.trim());
  for (let i = Math.max(from, 0); i < lines.length; i++) {
    if (!FENCE.test(lines[i]!)) continue;
    if (probe.every((text, k) => (lines[i + 1 + k] ?? '').trim() === text)) return i;
  }
  return -1;
}

/** 0-based index of the first line at `from` or after that holds `text`, or -1. */
export function findText(lines: readonly string[], from: number, text: string): number {
  for (let i = Math.max(from, 0); i < lines.length; i++) if (lines[i]!.includes(text)) return i;
  return -1;
}

/** A fenced code block of an answer: its language (lower-case, '' for none), its lines, and the answer line of the first. */
export interface FencedBlock {
  lang: string;
  lines: string[];
  /** 0-based index in the answer of the block's first content line. */
  start: number;
}

/** The fenced code blocks of an answer's markdown (CommonMark fences: a closing fence as long as the opening one, or the end). */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split('\n');
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open || (open[2]![0] === '`' && open[3]!.includes('`'))) continue;
    const [, indent, fence] = open as unknown as [string, string, string, string];
    const block: FencedBlock = { lang: open[3]!.trim().split(/\s+/)[0]!.toLowerCase(), lines: [], start: i + 1 };
    for (i++; i < lines.length; i++) {
      const close = FENCE.exec(lines[i]!);
      if (close && close[2]![0] === fence[0] && close[2]!.length >= fence.length && close[3]!.trim() === '') break;
      // Content is indented as far as the fence was, as CommonMark reads it.
      const spaces = /^ */.exec(lines[i]!)![0].length;
      block.lines.push(lines[i]!.slice(Math.min(spaces, indent.length)));
    }
    blocks.push(block);
  }
  return blocks;
}
