/** Cards and collections for tests, with defaults where a test does not care. */
import type { Card, Collection, Deck } from '../../src/core/types.ts';

/**
 * A card of deck `orm` asking `Q <id>` and answering `A <id>`, at line 10 of its deck's file;
 * `overrides` set any field. A card with a `number` is a numbered one, as the parser makes them.
 */
export function makeCard(id: string, overrides: Partial<Card> = {}): Card {
  const deck = overrides.deck ?? 'orm';
  return {
    id,
    deck,
    question: `Q ${id}`,
    answer: `A ${id}`,
    source: { file: `content/${deck}.md`, line: 10 },
    kind: overrides.number === undefined ? 'section' : 'numbered',
    shape: overrides.number === undefined ? 'section' : 'numbered-lists',
    ...overrides,
  };
}

/** Cards `ids` made by makeCard with the same overrides. */
export function makeCards(ids: readonly string[], overrides: Partial<Card> = {}): Card[] {
  return ids.map((id) => makeCard(id, overrides));
}

/**
 * The collection of `cards`, with a deck for each deck they name, in the order they first name it:
 * its kind and source those of its first card, its card count theirs, its title from `titles` or its id.
 */
export function makeCollection(cards: Card[], titles: Readonly<Record<string, string>> = {}): Collection {
  const decks: Deck[] = [];
  for (const card of cards) {
    let deck = decks.find((d) => d.id === card.deck);
    if (!deck) {
      deck = { id: card.deck, title: titles[card.deck] ?? card.deck, kind: card.kind, source: card.source, cardCount: 0 };
      decks.push(deck);
    }
    deck.cardCount += 1;
  }
  return { decks, cards, skipped: [], warnings: [] };
}
