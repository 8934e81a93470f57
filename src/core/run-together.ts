/**
 * Numbered answers run together on one line: `1. … создаёт новый объект. 2. Неизменяемые: …
 * 3. `*args` …`. Only a numbered line starts an answer (numbered-deck.ts), so answers 2 and 3 sit
 * inside answer 1 and questions 2 and 3 have none, which fails the whole file. This is the split
 * the parser already makes for numbered lines that CommonMark swallows into a paragraph, one step
 * further: inside a line.
 *
 * The rule: for a question n that has no answer, the answer before it (the nearest lower number
 * that has one) is searched for `n.` or `n)` after the end of a sentence (`.`, `!`, `?` or `…`,
 * maybe closed by a bracket or a quote) and a space, outside code; it is split there, and what
 * follows is answer n. Only a question that otherwise has no answer is looked for, so an answer
 * that merely mentions «… в Python 3. 4 …» is never split while its questions all have answers.
 */

/** What splitting needs of an answer: its number and its markdown lines. */
export interface NumberedAnswer {
  number: number;
  lines: string[];
}

const FENCE = /^\s*(`{3,}|~{3,})/;

/**
 * The answers with each question that has none split out of the answer before it, where that
 * answer holds its number after the end of a sentence. Returns a new map; the answers given are
 * not changed (the ones split are copied).
 */
export function splitRunTogether<A extends NumberedAnswer>(answers: ReadonlyMap<number, A>, numbers: readonly number[]): Map<number, A> {
  const out = new Map(answers);
  for (const number of [...numbers].sort((a, b) => a - b)) {
    if (out.has(number)) continue;
    const before = previousAnswer(out, number);
    if (!before) continue;
    const split = splitAt(before.lines, number);
    if (!split) continue;
    out.set(before.number, { ...before, lines: split.head });
    out.set(number, { ...before, number, lines: split.tail });
  }
  return out;
}

function previousAnswer<A extends NumberedAnswer>(answers: ReadonlyMap<number, A>, number: number): A | undefined {
  let best: A | undefined;
  for (const answer of answers.values()) {
    if (answer.number < number && (!best || answer.number > best.number)) best = answer;
  }
  return best;
}

/** The lines before ` n. ` (after a sentence's end, outside code) and from the text after it on. */
function splitAt(lines: readonly string[], number: number): { head: string[]; tail: string[] } | null {
  const marker = new RegExp(String.raw`(?<=[.!?…][)\]»"'”]*)\s+${number}[.)]\s+(?=\S)`, 'gu');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (open && open[0] === fence[0] && open.length >= fence.length) fence = null;
      continue;
    }
    if (open) {
      fence = open;
      continue;
    }
    for (const match of line.matchAll(marker)) {
      // Inside inline code when an odd number of backticks comes before it.
      if ((line.slice(0, match.index).match(/`/g)?.length ?? 0) % 2 === 1) continue;
      return {
        head: [...lines.slice(0, i), line.slice(0, match.index).trimEnd()],
        tail: [line.slice(match.index + match[0].length), ...lines.slice(i + 1)],
      };
    }
  }
  return null;
}
