/**
 * The answers as the build ships them (src/core/collection-pack.ts): one string a card, in card
 * order, and, when there is any, one more string: what is shown only beside an answer, as JSON,
 * `{ "corrections": [[cardIndex, [correction, …]], …], "warnings": [warning, …] }`.
 *
 * - Corrections (docs/notes-format.md) are shown under a revealed answer, never before.
 * - `code` and `identifier` warnings are shown to the author in browse's card view, beside the
 *   answer. In the index they cost 336 kB of its 1.3 MB (+18 kB gzip, +13 %) at the benchmark's
 *   10,000 generated cards, which repeat the real notes' faulty code blocks.
 * Still a list of strings, so what carries the answers (src/main.tsx, the store) need not know.
 */
import type { Collection, ContentWarning, Correction, WarningKind } from './types.ts';

/** Warnings about one card's answer, which travel with the answers rather than in the index. */
export const ANSWER_WARNING_KINDS: ReadonlySet<WarningKind> = new Set(['code', 'identifier']);

interface AnswerNotes {
  corrections?: [number, Correction[]][];
  warnings?: ContentWarning[];
}

/** The answers of a collection, in card order, with what goes beside them packed after them. */
export function packAnswers(collection: Collection): string[] {
  const answers = collection.cards.map((c) => c.answer);
  const corrections: [number, Correction[]][] = [];
  collection.cards.forEach((c, i) => {
    if (c.corrections && c.corrections.length > 0) corrections.push([i, c.corrections]);
  });
  const warnings = collection.warnings.filter((w) => ANSWER_WARNING_KINDS.has(w.kind));
  const notes: AnswerNotes = { ...(corrections.length > 0 ? { corrections } : {}), ...(warnings.length > 0 ? { warnings } : {}) };
  if (notes.corrections || notes.warnings) answers.push(JSON.stringify(notes));
  return answers;
}

/** What was packed after the answers: corrections by card index, and warnings. */
export interface UnpackedNotes {
  corrections: Map<number, Correction[]>;
  warnings: ContentWarning[];
}

/**
 * Reads what packAnswers put after the answers of `cardCount` cards.
 * @throws Error when `answers` has neither length packAnswers makes, or its last entry does not read (a broken deploy).
 */
export function unpackAnswerNotes(answers: readonly string[], cardCount: number): UnpackedNotes {
  const out: UnpackedNotes = { corrections: new Map(), warnings: [] };
  if (answers.length === cardCount) return out;
  const broken = new Error(`${answers.length} answers for ${cardCount} cards: the two files are from different builds`);
  if (answers.length !== cardCount + 1) throw broken;
  let notes: AnswerNotes;
  try {
    notes = JSON.parse(answers[cardCount]!) as AnswerNotes;
  } catch {
    throw broken;
  }
  if (typeof notes !== 'object' || notes === null || Array.isArray(notes)) throw broken;
  const { corrections = [], warnings = [] } = notes;
  if (!Array.isArray(corrections) || !Array.isArray(warnings)) throw broken;
  for (const entry of corrections) {
    const [at, list] = Array.isArray(entry) ? entry : [];
    if (!Number.isInteger(at) || at! < 0 || at! >= cardCount || !Array.isArray(list)) throw broken;
    out.corrections.set(at!, list);
  }
  out.warnings = warnings;
  return out;
}
