/**
 * Renders the whole app on a route, over a small collection and an in-memory storage, so screen
 * tests drive it as a user does: roles, labels, the keyboard. `reload()` builds a fresh store on the
 * same storage, as a page reload would.
 */
import { act, render } from '@testing-library/react';
import { App } from '../../src/app/app.tsx';
import type { Card, Collection, Deck } from '../../src/core/types.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import type { AppStore } from '../../src/store/app-store.ts';
import { createPersistence } from '../../src/store/persistence.ts';
import { StoreProvider } from '../../src/store/use-store.ts';
// The screens the app loads lazily, loaded here up front: on a busy machine, transforming them on
// first use could outlast a findBy* wait and fail a test that has nothing wrong with it.
import '../../src/screens/quiz-screen.tsx';
import '../../src/screens/weak-screen.tsx';
import '../../src/screens/browse-screen.tsx';
import '../../src/components/card-marks.tsx';
import { MemoryStorage } from '../support/memory-storage.ts';

export { MemoryStorage };


export const card = (id: string, deck: string, question: string, answer: string, extra: Partial<Card> = {}): Card => ({
  id,
  deck,
  question,
  answer,
  source: { file: `content/${deck}.md`, line: 10 },
  kind: deck.endsWith('-questions') ? 'numbered' : 'section',
  ...extra,
});

/** A collection with decks made from its cards. */
export function collectionOf(cards: Card[], titles: Record<string, string> = {}): Collection {
  const decks: Deck[] = [];
  for (const c of cards) {
    let deck = decks.find((d) => d.id === c.deck);
    if (!deck) {
      deck = { id: c.deck, title: titles[c.deck] ?? c.deck, kind: c.kind, source: c.source, cardCount: 0 };
      decks.push(deck);
    }
    deck.cardCount += 1;
  }
  return { decks, cards, skipped: [], warnings: [] };
}

export interface Harness {
  store: AppStore;
  storage: MemoryStorage;
  /** Unmount and render again on a fresh store over the same storage (a page reload). */
  reload: () => Harness;
}

/** Render the app at `hash` (e.g. `#/quiz/orm-questions`). */
export function renderApp(collection: Collection, hash: string, storage = new MemoryStorage()): Harness {
  window.location.hash = hash;
  const store = createAppStore({ collection, storage: createPersistence({ storage, debounceMs: 0 }), now: Date.now(), scheduler: { fuzz: false } });
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return {
    store,
    storage,
    reload: () => {
      // The page goes away: pending writes are flushed, as on pagehide.
      act(() => window.dispatchEvent(new Event('pagehide')));
      view.unmount();
      return renderApp(collection, hash, storage);
    },
  };
}
