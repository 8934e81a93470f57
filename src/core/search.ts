/**
 * Full-text search over questions and answers, for browse.
 *
 * The index is built once per collection: each card's question and answer, lower-cased with ё
 * folded to е, in one string. A query is split into words and a card matches when its text holds
 * every word (in any order, anywhere, so `select_rel` finds `select_related`). A search is then one
 * cheap scan: String#includes over 10,000 generated cards (4 M characters) takes ~0.5 ms at the
 * median and 1.5–5 ms at p90 per key press on a shared 2-core box (scripts/bench/search-bench.ts),
 * inside a 16.7 ms frame, so no trigram index or library earns its bytes here.
 */
import type { Card } from './types.ts';

/** The normalised texts of a collection's cards, in the collection's order. */
export interface SearchIndex {
  readonly cards: readonly Card[];
  readonly texts: readonly string[];
}

/** The form both the index and queries are put in: lower case, ё → е (Russian writers use either). */
export function normalizeForSearch(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е');
}

/**
 * Builds the index: O(total text length), once per collection (~4 M characters at 10,000 generated
 * cards: tens of milliseconds). Question and answer are normalised as one string, so each entry is
 * one flat string and the first search does not pay to flatten them.
 */
export function buildSearchIndex(cards: readonly Card[]): SearchIndex {
  // A query word holds no whitespace, so no word matches across the newline between the two.
  return { cards, texts: cards.map((card) => normalizeForSearch(`${card.question}\n${card.answer}`)) };
}

/** The words of a query, normalised; empty for a blank query. */
export function queryTerms(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/).filter((term) => term.length > 0);
}

/**
 * Positions (into `index.cards`) of the cards holding every word of `query`, in collection order.
 * A blank query matches every card.
 */
export function searchCards(index: SearchIndex, query: string): number[] {
  const terms = queryTerms(query);
  const { texts } = index;
  const out: number[] = [];
  if (terms.length === 0) {
    for (let i = 0; i < texts.length; i += 1) out.push(i);
    return out;
  }
  // The longest word first: it is the rarest, so most cards are rejected after one scan.
  terms.sort((a, b) => b.length - a.length);
  outer: for (let i = 0; i < texts.length; i += 1) {
    const text = texts[i] as string;
    for (const term of terms) if (!text.includes(term)) continue outer;
    out.push(i);
  }
  return out;
}
