/**
 * How much of an answer's key points (src/core/key-points.ts) a typed answer covers: words on their
 * stems, whatever the case, with ё as е; code exactly. Pure.
 */
import { WORD, stemOf } from './key-points.ts';
import type { KeyPoint } from './key-points.ts';

/** How a typed answer fares against an answer's key points. */
export interface Coverage {
  /** One per key point, in their order. */
  covered: boolean[];
  /** Covered points over all points, 0–1; 0 for an answer without points. */
  ratio: number;
}

/** What a typed answer holds, read once for all the points. */
function typedIndex(typed: string): { stems: Set<string>; text: string } {
  const stems = new Set<string>();
  for (const match of typed.matchAll(WORD)) {
    const word = match[0];
    stems.add(stemOf(word));
    if (word.includes('-')) for (const part of word.split('-')) stems.add(stemOf(part));
  }
  return { stems, text: typed };
}

/**
 * Whether the typed stems hold `stem`: the same, or one form longer by a letter (Snowball cuts
 * "память" to "памя" but "памяти" to "памят"), for stems of four letters and more.
 */
function hasStem(stems: ReadonlySet<string>, stem: string): boolean {
  if (stems.has(stem)) return true;
  if (stem.length < 4) return false;
  for (const s of stems) {
    if (s.length === stem.length + 1 && s.startsWith(stem)) return true;
    if (s.length + 1 === stem.length && s.length >= 4 && stem.startsWith(s)) return true;
  }
  return false;
}

function hasCode(text: string, code: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9_])${code.replaceAll('.', '\\.')}(?![A-Za-z0-9_])`).test(text);
}

/** Which key points the typed answer covers. */
export function coverageOf(points: readonly KeyPoint[], typed: string): Coverage {
  const index = typedIndex(typed);
  const covered = points.map((point) => {
    let found = 0;
    for (const need of point.needs) if ('code' in need ? hasCode(index.text, need.code) : hasStem(index.stems, need.stem)) found += 1;
    return found >= point.min;
  });
  const count = covered.filter(Boolean).length;
  return { covered, ratio: points.length === 0 ? 0 : count / points.length };
}
