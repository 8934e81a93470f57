/**
 * The content audit: does an answer seem to answer its question? Precision first: a
 * warning asks the author to look, so it must rarely be wrong.
 *
 * Notes copied from chats and generated lists drift: in a numbered list an answer slides
 * one place down and every pair after it is wrong. We compare the words of a question with
 * the words of its answer, weighted by how rare each word is in the deck (words every card
 * shares, such as "Django", "используются", count for little). An acronym the answer spells
 * out (ACID → Atomicity, Consistency, …) counts as named. In a numbered list a pair is
 * flagged when its answer covers little of its own question and clearly more of a question
 * up to two numbers away — the neighbour is the evidence — and either
 * - that neighbour's own answer misses it too (the answers slid down the list), or
 * - it covers almost nothing of its own question.
 * A question that asks for a definition ("Что такое X?") is answered through its
 * neighbours' terms all the time, so it is flagged only where the slide continues one
 * already found: its answer fits a flagged neighbour's question, or a flagged answer fits
 * its own question (a chain, as questions 29 and 30 of the author's notes).
 * Low coverage alone is never flagged: a definition in other words ("Что такое
 * транзакция?" — "Группа операций, которая…") shares no word with its question. Nor is an
 * answer of the shape its question asks for (a bare list, a comparison: audit-partial.ts).
 *
 * Under `##` headings the author wrote each answer under its question and slides do not
 * happen; there a definition that leans on the neighbouring card ("Что такое ASGI" —
 * "Асинхронный преемник WSGI") looks exactly like a misplaced answer, so word overlap is
 * not judged at all. Partial answers (audit-partial.ts): in a numbered list, a definition
 * where kinds were asked and the list slid into the next answer; under both, an answer
 * that says it cannot answer.
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
/** How far apart, by number, a shifted answer is looked for. */
const NEIGHBOURS = 2;
/** "Что такое X?": asks for a definition. */
const DEFINITION_QUESTION = /^(?:что такое|что значит|what is)(?![\p{L}])/iu;

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

  // For each card, the neighbours whose question its answer fits clearly better than its own,
  // and whether each neighbour's own answer misses its question too (a slide).
  const candidates = cards.map((card, i) => {
    const found: { j: number; other: number; slid: boolean }[] = [];
    if (card.number === undefined || answersInKind(card)) return { own: null, found };
    const own = coverage(profiles[i]!.question, profiles[i]!.answer, weight);
    if (own === null || own >= TRUSTED_COVERAGE) return { own, found };
    for (let d = -NEIGHBOURS; d <= NEIGHBOURS; d++) {
      const j = d === 0 ? undefined : byNumber.get(card.number + d);
      if (j === undefined) continue;
      const other = coverage(profiles[j]!.question, profiles[i]!.answer, weight);
      if (other === null || other < own + SHIFT_MARGIN || other < NEIGHBOUR_EVIDENCE) continue;
      const neighbourOwn = coverage(profiles[j]!.question, profiles[j]!.answer, weight) ?? 1;
      found.push({ j, other, slid: neighbourOwn < TRUSTED_COVERAGE });
    }
    // The neighbour it fits best comes first; of two that fit alike, the nearer.
    found.sort((a, b) => b.other - a.other || Math.abs(a.j - i) - Math.abs(b.j - i));
    return { own, found };
  });

  /** Index of the neighbouring card whose question this card's answer fits better. */
  const fitsBetter = new Map<number, number>();
  cards.forEach((card, i) => {
    const { own, found } = candidates[i]!;
    if (own === null || DEFINITION_QUESTION.test(card.question)) return;
    const hit = found.find((f) => f.slid) ?? (own < MIN_COVERAGE ? found[0] : undefined);
    if (hit) fitsBetter.set(i, hit.j);
  });
  // "Что такое ASGI?" — "Асинхронный преемник WSGI": a definition leans on its neighbours, so
  // for one only a slide that continues a slide already found is evidence (a chain, as 29–30).
  for (let grew = true; grew; ) {
    grew = false;
    const claimed = new Set(fitsBetter.values());
    cards.forEach((card, i) => {
      if (fitsBetter.has(i) || !DEFINITION_QUESTION.test(card.question)) return;
      // Its answer belongs to a question whose own answer slid, or another answer slid into it.
      const hit = candidates[i]!.found.find((f) => f.slid && (fitsBetter.has(f.j) || claimed.has(i)));
      if (hit) {
        fitsBetter.set(i, hit.j);
        grew = true;
      }
    });
  }

  const reasons = new Map<number, string>();
  for (const [i, j] of fitsBetter) reasons.set(i, `the answer fits question ${cards[j]!.number!} better`);
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

function profileOf(card: Card): Profile {
  const answer = termsOf(card.answer);
  for (const acronym of spelledAcronyms(card.question, card.answer)) for (const term of termsOf(acronym)) answer.add(term);
  return { question: termsOf(card.question), answer };
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
