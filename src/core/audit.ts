/**
 * The content audit: does an answer seem to answer its question?
 *
 * Notes copied from chats and generated lists drift: an answer slides one place down and
 * every pair after it is wrong. We compare the words of a question with the words of its
 * answer, weighted by how rare each word is in the deck (words every card shares, such as
 * "Django", "используются", count for little), and flag a pair when
 * - in a numbered list, the answer covers little of what the question asks, or it covers a
 *   neighbouring question clearly better than its own while that neighbour's own answer
 *   misses it (the answer slid down the list);
 * - under a `##` heading, the answer shares no key word at all with the question. The
 *   author wrote that answer under that heading, so only an empty overlap is worth a word.
 * A heuristic: it points at pairs worth a look, it does not judge.
 */
import { termsOf } from './terms.ts';
import type { Card, ContentWarning } from './types.ts';

/** Below this share of the question's weight found in the answer, a pair is suspect. */
const MIN_COVERAGE = 0.2;
/** A neighbour covering this much more than the card's own question marks a shifted answer. */
const SHIFT_MARGIN = 0.25;
/** Above this coverage a pair is trusted even when a neighbour scores higher. */
const TRUSTED_COVERAGE = 0.5;
/** How far apart, by number, a shifted answer is looked for. */
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
  const profiles = cards.map((card) => ({ question: termsOf(card.question), answer: termsOf(card.answer) }));
  const weight = inverseDocumentFrequency(profiles);
  const byNumber = new Map<number, number>();
  cards.forEach((card, i) => {
    if (card.number !== undefined) byNumber.set(card.number, i);
  });

  const warnings: ContentWarning[] = [];
  cards.forEach((card, i) => {
    const own = coverage(profiles[i]!.question, profiles[i]!.answer, weight);
    if (own === null) return;
    const unrelated = card.number === undefined ? !looselyOverlaps(profiles[i]!) : own < MIN_COVERAGE;
    let reason: string | null = unrelated ? 'the answer shares almost no key words with the question' : null;
    if (reason === null && card.number !== undefined && own < TRUSTED_COVERAGE) {
      for (let d = -NEIGHBOURS; d <= NEIGHBOURS && reason === null; d++) {
        const j = d === 0 ? undefined : byNumber.get(card.number + d);
        if (j === undefined) continue;
        const other = coverage(profiles[j]!.question, profiles[i]!.answer, weight);
        const neighbourOwn = coverage(profiles[j]!.question, profiles[j]!.answer, weight) ?? 1;
        if (other !== null && other >= own + SHIFT_MARGIN && neighbourOwn < TRUSTED_COVERAGE) {
          reason = `the answer fits question ${cards[j]!.number} better`;
        }
      }
    }
    if (reason !== null) {
      warnings.push({
        kind: 'mismatch',
        cardId: card.id,
        file: card.source.file,
        line: card.source.line,
        message: `${card.number !== undefined ? `${card.number}. ` : ''}${card.question} — ${reason}`,
      });
    }
  });
  return warnings;
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
