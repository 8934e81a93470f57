/**
 * The content audit: does an answer seem to answer its question? Precision first: a
 * warning asks the author to look, so it must rarely be wrong.
 *
 * Notes copied from chats and generated lists drift: an answer slides one place down and
 * every pair after it is wrong. We compare the words of a question with the words of its
 * answer, weighted by how rare each word is in the deck (words every card shares, such as
 * "Django", "используются", count for little). An acronym the answer spells out (ACID →
 * Atomicity, Consistency, …) counts as named. A pair is flagged when
 * - the answer covers little of its own question and clearly more of a neighbouring one
 *   (two places either way: by number in a numbered list, by position under `##` headings);
 *   the neighbour is the evidence. An answer that merely words things differently
 *   ("Что такое транзакция" — "Группа операций, которая…") shares nothing with its question
 *   and is no sign of a slide, so low coverage alone is never flagged; nor is an answer of
 *   the shape its question asks for (a list, a comparison: audit-partial.ts);
 * - in a numbered list, the answer covers a neighbour clearly better while that neighbour's
 *   own answer misses it (the answers slid down the list);
 * - (audit-partial.ts) a question asking for kinds gets only a definition while the list it
 *   asks for sits in the next answer, or the answer says it cannot answer.
 * A heuristic: it points at pairs worth a look, it does not judge.
 */
import { answersInKind, partialAnswers } from './audit-partial.ts';
import { spelledAcronyms, termsOf } from './terms.ts';
import type { Card, ContentWarning } from './types.ts';

/** Below this share of the question's weight found in the answer, a pair is suspect. */
const MIN_COVERAGE = 0.2;
/** A neighbour covering this much more than the card's own question marks a shifted answer. */
const SHIFT_MARGIN = 0.25;
/** And at least this much of the neighbour: a stray shared word is no evidence. */
const NEIGHBOUR_EVIDENCE = 0.4;
/** Above this coverage a pair is trusted even when a neighbour scores higher. */
const TRUSTED_COVERAGE = 0.5;
/** How far apart, by number or position, a shifted answer is looked for. */
const NEIGHBOURS = 2;

interface Profile {
  question: Set<string>;
  answer: Set<string>;
}

/** Finds suspect pairs deck by deck. Pure; cost is linear in the text. */
export function auditMismatches(cards: readonly Card[]): ContentWarning[] {
  const byDeck = new Map<string, Card[]>();
  for (const card of cards) {
    const deck = byDeck.get(card.deck);
    if (deck) deck.push(card);
    else byDeck.set(card.deck, [card]);
  }
  const warnings: ContentWarning[] = [];
  for (const deck of byDeck.values()) warnings.push(...auditDeck(deck));
  return warnings;
}

function auditDeck(cards: readonly Card[]): ContentWarning[] {
  const profiles = cards.map(profileOf);
  const weight = inverseDocumentFrequency(profiles);
  const byNumber = new Map<number, number>();
  cards.forEach((card, i) => {
    if (card.number !== undefined) byNumber.set(card.number, i);
  });
  const neighbour = (i: number, d: number): number | undefined => {
    const number = cards[i]!.number;
    return number !== undefined ? byNumber.get(number + d) : i + d >= 0 && i + d < cards.length ? i + d : undefined;
  };

  /** Index of the neighbouring card whose question this card's answer fits better, if any. */
  const fitsBetter = new Map<number, number>();
  cards.forEach((card, i) => {
    const own = coverage(profiles[i]!.question, profiles[i]!.answer, weight);
    if (own === null || own >= TRUSTED_COVERAGE || answersInKind(card)) return;
    for (let d = -NEIGHBOURS; d <= NEIGHBOURS; d++) {
      const j = d === 0 ? undefined : neighbour(i, d);
      if (j === undefined) continue;
      const other = coverage(profiles[j]!.question, profiles[i]!.answer, weight);
      if (other === null || other < own + SHIFT_MARGIN || other < NEIGHBOUR_EVIDENCE) continue;
      const unrelated = own < MIN_COVERAGE && (card.number !== undefined || !looselyOverlaps(profiles[i]!));
      const neighbourOwn = coverage(profiles[j]!.question, profiles[j]!.answer, weight) ?? 1;
      const slid = card.number !== undefined && neighbourOwn < TRUSTED_COVERAGE;
      if (unrelated || slid) {
        fitsBetter.set(i, j);
        return;
      }
    }
  });

  const reasons = new Map<number, string>();
  for (const [i, j] of fitsBetter) reasons.set(i, `the answer fits question ${label(cards[j]!)} better`);
  for (const { index, reason } of partialAnswers(cards, fitsBetter)) if (!reasons.has(index)) reasons.set(index, reason);

  return [...reasons.keys()]
    .sort((a, b) => a - b)
    .map((i) => {
      const card = cards[i]!;
      return {
        kind: 'mismatch' as const,
        cardId: card.id,
        file: card.source.file,
        line: card.source.line,
        message: `${card.number !== undefined ? `${card.number}. ` : ''}${card.question} — ${reasons.get(i)!}`,
      };
    });
}

/** A card's number in a numbered list, or its question under a heading, for messages. */
function label(card: Card): string {
  return card.number !== undefined ? String(card.number) : `«${card.question}»`;
}

function profileOf(card: Card): Profile {
  const answer = termsOf(card.answer);
  for (const acronym of spelledAcronyms(card.question, card.answer)) for (const term of termsOf(acronym)) answer.add(term);
  return { question: termsOf(card.question), answer };
}

/**
 * Whether any question term shares its first three letters with an answer term: loose on
 * purpose, so that loanwords spelled two ways ("мидлвари", "Middleware") still meet.
 */
function looselyOverlaps({ question, answer }: Profile): boolean {
  const prefixes = new Set<string>();
  for (const term of answer) prefixes.add(term.slice(0, 3));
  for (const term of question) if (prefixes.has(term.slice(0, 3))) return true;
  return false;
}

/** Share of the question's term weight that the answer contains; null when the question has no terms. */
function coverage(question: Set<string>, answer: Set<string>, weight: Map<string, number>): number | null {
  let total = 0;
  let shared = 0;
  for (const term of question) {
    const w = weight.get(term) ?? 0;
    total += w;
    if (answer.has(term)) shared += w;
  }
  return total > 0 ? shared / total : null;
}

/** idf over the deck's questions and answers, each one document. */
function inverseDocumentFrequency(profiles: readonly Profile[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const { question, answer } of profiles) {
    for (const term of question) df.set(term, (df.get(term) ?? 0) + 1);
    for (const term of answer) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const documents = profiles.length * 2;
  const weight = new Map<string, number>();
  for (const [term, count] of df) weight.set(term, Math.log((documents + 1) / (count + 0.5)));
  return weight;
}
