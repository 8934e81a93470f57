/**
 * Corrections meet their cards: each entry of a corrections file (src/core/corrections.ts) is
 * matched to a card of the notes file beside it, the way card ids are made (case, punctuation,
 * whitespace and ё/е do not count; a leading question number is ignored), or by a pinned `{#id}`.
 *
 * A correction that may no longer fit its answer is still shown, marked stale, and the author is
 * told why with a `correction-stale` warning: its card is gone, its quote is no longer in the
 * answer, or the answer changed since the correction was pinned (`npm run pin-corrections`).
 */
import { hash53, normalizeQuestion } from './card-id.ts';
import { notesPathFor, type CorrectionEntry } from './corrections.ts';
import type { Card, ContentWarning, Correction, StaleReason } from './types.ts';

/** A corrections file, parsed. */
export interface CorrectionsFile {
  path: string;
  entries: readonly CorrectionEntry[];
}

export interface AttachedCorrections {
  /** Card id → its corrections, in file order. */
  byCard: Map<string, Correction[]>;
  warnings: ContentWarning[];
  /** How many entries there were, and how many of them are stale (their card gone included). */
  total: number;
  stale: number;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The hash a correction pins: of the answer with its whitespace runs collapsed, so reflowing a
 * paragraph does not unpin anything; hash53 in base 36, as card ids use.
 */
export function answerHash(answer: string): string {
  return hash53(collapse(answer)).toString(36).padStart(11, '0');
}

/** Each entry of a corrections file with the card it names among `cards` (those of its notes file), if any. */
export function matchEntries(entries: readonly CorrectionEntry[], cards: readonly Card[]): { entry: CorrectionEntry; card?: Card }[] {
  if (entries.length === 0) return [];
  const byId = new Map(cards.map((card) => [card.id, card]));
  const byQuestion = new Map<string, Card>();
  for (const card of cards) byQuestion.set(normalizeQuestion(card.question), card);
  return entries.map((entry) => {
    const card =
      entry.cardId !== undefined
        ? byId.get(entry.cardId)
        : (byQuestion.get(normalizeQuestion(entry.question)) ?? byQuestion.get(normalizeQuestion(entry.question.replace(/^\d{1,4}[.)]\s*/, ''))));
    return card ? { entry, card } : { entry };
  });
}

/** Attaches each file's corrections to the cards of the notes file beside it. */
export function attachCorrections(cards: readonly Card[], files: readonly CorrectionsFile[]): AttachedCorrections {
  const byFile = new Map<string, Card[]>();
  for (const card of cards) {
    const list = byFile.get(card.source.file);
    if (list) list.push(card);
    else byFile.set(card.source.file, [card]);
  }
  const result: AttachedCorrections = { byCard: new Map(), warnings: [], total: 0, stale: 0 };

  for (const file of files) {
    const notes = notesPathFor(file.path);
    for (const { entry, card } of matchEntries(file.entries, byFile.get(notes) ?? [])) {
      result.total += 1;
      if (!card) {
        result.stale += 1;
        const named = entry.cardId !== undefined ? `the card {#${entry.cardId}}` : `"${entry.question}"`;
        result.warnings.push({
          kind: 'correction-stale',
          file: entry.source.file,
          line: entry.source.line,
          message: `correction to ${named}: no such card in ${notes} (the card is gone, or its question was reworded; name it as npm run cards -- --json shows it)`,
        });
        continue;
      }
      const reasons = staleReasons(entry, card.answer);
      const correction: Correction = {
        text: entry.text,
        sources: [...entry.sources],
        ...(entry.quote !== undefined ? { quote: entry.quote } : {}),
        ...(reasons.length > 0 ? { stale: true, staleReasons: reasons } : {}),
        source: { ...entry.source },
      };
      const list = result.byCard.get(card.id);
      if (list) list.push(correction);
      else result.byCard.set(card.id, [correction]);
      if (reasons.length > 0) {
        result.stale += 1;
        result.warnings.push({
          kind: 'correction-stale',
          cardId: card.id,
          file: entry.source.file,
          line: entry.source.line,
          message: `correction to "${card.question}": ${reasons.map((r) => explain(r, entry, card.answer)).join('; ')}`,
        });
      }
    }
  }
  return result;
}

function staleReasons(entry: CorrectionEntry, answer: string): StaleReason[] {
  const reasons: StaleReason[] = [];
  if (entry.quote !== undefined && !collapse(answer).includes(collapse(entry.quote))) reasons.push('quote-missing');
  if (entry.pinned === undefined) reasons.push('not-pinned');
  else if (entry.pinned !== answerHash(answer)) reasons.push('answer-changed');
  return reasons;
}

function explain(reason: StaleReason, entry: CorrectionEntry, answer: string): string {
  const now = answerHash(answer);
  switch (reason) {
    case 'quote-missing':
      return `its quote is not in the answer («${entry.quote}»)`;
    case 'answer-changed':
      return `the answer changed since it was pinned (pinned ${entry.pinned}, the answer's hash now ${now}): check the correction, then run npm run pin-corrections`;
    case 'not-pinned':
      return `it is not pinned (the answer's hash now ${now}): check it against the answer, then run npm run pin-corrections`;
  }
}
