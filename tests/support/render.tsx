/**
 * Rendering for component and screen tests: a part of the app inside a store, or the whole app on a
 * route over an in-memory storage, so tests drive it as a user does (roles, labels, the keyboard).
 */
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { App } from '../../src/app/app.tsx';
import { I18nProvider } from '../../src/i18n/index.ts';
import type { Lang } from '../../src/i18n/index.ts';
import type { AppStore } from '../../src/store/app-store.ts';
import { StoreProvider } from '../../src/store/use-store.ts';
// The screens the app loads lazily, loaded here up front: on a busy machine, transforming them on
// first use could outlast a findBy* wait and fail a test that has nothing wrong with it.
import '../../src/screens/quiz-screen.tsx';
import '../../src/screens/weak-screen.tsx';
import '../../src/screens/browse-screen.tsx';
import '../../src/screens/interview-screen.tsx';
import '../../src/components/card-marks.tsx';
import { MemoryStorage } from './memory-storage.ts';
import { PYTHON_NOTES, collectionOfNotes } from './notes.ts';
import { createTestStore } from './store.ts';
import type { TestStoreOptions } from './store.ts';

/** Render `ui` inside `store`, in the Russian interface unless `lang` says otherwise. */
export function renderWithStore(store: AppStore, ui: ReactNode, lang: Lang = 'ru') {
  return render(
    <StoreProvider store={store}>
      <I18nProvider lang={lang}>{ui}</I18nProvider>
    </StoreProvider>,
  );
}

export interface RenderAppOptions extends Omit<TestStoreOptions, 'storage' | 'persistence'> {
  /** A fresh MemoryStorage unless given (one a test filled in beforehand, say). */
  storage?: MemoryStorage;
}

export interface RenderedApp {
  store: AppStore;
  storage: MemoryStorage;
  unmount: () => void;
  /** A page reload: pending writes flushed as on pagehide, then the app again on a fresh store over the same storage, at `hash` or the same route. */
  reload: (hash?: string) => RenderedApp;
}

/**
 * Render the whole app at `hash` (e.g. `#/quiz/orm-questions`) on a store made by createTestStore,
 * loaded now, over the cards of PYTHON_NOTES unless `options.collection` says otherwise.
 */
export function renderApp(hash = '#/', options: RenderAppOptions = {}): RenderedApp {
  const storage = options.storage ?? new MemoryStorage();
  const collection = options.collection ?? collectionOfNotes(PYTHON_NOTES);
  window.location.hash = hash;
  const store = createTestStore({ ...options, now: options.now ?? Date.now(), collection, storage });
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return {
    store,
    storage,
    unmount: () => view.unmount(),
    reload: (next = hash) => {
      act(() => window.dispatchEvent(new Event('pagehide')));
      view.unmount();
      return renderApp(next, { ...options, collection, storage });
    },
  };
}
