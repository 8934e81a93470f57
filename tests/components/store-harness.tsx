/** A real store over a shared fake localStorage, rendered with the i18n provider, for component tests. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Card, Collection } from '../../src/core/types.ts';
import { I18nProvider } from '../../src/i18n/index.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import type { AppStore } from '../../src/store/app-store.ts';
import { createPersistence } from '../../src/store/persistence.ts';
import { StoreProvider } from '../../src/store/use-store.ts';
import type { SharedStorage } from '../support/shared-storage.ts';

export const NOW = new Date(2025, 2, 10, 9, 0).getTime();
const MIN = 60_000;
export const card = (id: string): Card => ({ id, deck: 'orm', question: `Q ${id}`, answer: `A ${id}`, source: { file: 'content/orm.md', line: 1 }, kind: 'section' });
export const collection: Collection = { decks: [], cards: ['a', 'b', 'c', 'd'].map(card), skipped: [], warnings: [] };

/** A store over `shared`, loaded at `now`. */
export function openStore(shared: SharedStorage, now = NOW): AppStore {
  const { storage, externalChanges } = shared.tab();
  return createAppStore({ collection, storage: createPersistence({ storage, externalChanges, debounceMs: 0 }), now, scheduler: { fuzz: false } });
}

/** Grade the first `n` cards Easy, a minute apart. */
export function studyCards(store: AppStore, n: number, start = NOW): void {
  store.getState().startSession(start);
  for (let i = 0; i < n; i += 1) {
    store.getState().reveal();
    store.getState().answer('easy', start + i * MIN);
  }
  store.getState().endSession();
}

/** Render `ui` inside the store and the Russian interface. */
export function renderWith(store: AppStore, ui: ReactNode) {
  return render(
    <StoreProvider store={store}>
      <I18nProvider lang="ru">{ui}</I18nProvider>
    </StoreProvider>,
  );
}
