/** The quiz link's deck, for the navigation and home (in the start-up bundle, so kept apart from mode-selectors.ts). */
import type { Deck } from '../core/types.ts';
import type { AppState } from './app-state.ts';

/**
 * The deck the quiz link in the navigation opens: the largest numbered question list (the 50 junior
 * questions in the seed notes), else the first deck; undefined without decks.
 */
export function selectHeadlineQuizDeck(s: AppState): Deck | undefined {
  return headlineQuizDeck(s.collection.decks);
}

/** selectHeadlineQuizDeck over a list of decks (the first card is painted before the store exists). */
export function headlineQuizDeck(decks: readonly Deck[]): Deck | undefined {
  let best: Deck | undefined;
  for (const deck of decks) if (deck.kind === 'numbered' && (!best || deck.cardCount > best.cardCount)) best = deck;
  return best ?? decks[0];
}
