import { render } from '@testing-library/react';
import { App } from '../../src/app/app.tsx';
import { buildCollection } from '../../src/core/collection.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import type { AppStore } from '../../src/store/app-store.ts';
import { createPersistence } from '../../src/store/persistence.ts';
import { StoreProvider } from '../../src/store/use-store.ts';

/** Notes for screen tests: one deck of three cards, one with Python code. */
export const NOTES = [
  'Python',
  '======',
  '',
  '## Что такое GIL?',
  'Глобальная блокировка интерпретатора.',
  '',
  '## Как открыть файл?',
  '```',
  "with open('a.txt') as f:",
  '    data = f.read()',
  '```',
  '',
  '## Что такое list?',
  'Изменяемая последовательность.',
].join('\n');

/** Renders the whole app at `hash` over jsdom's localStorage, as boot() does. */
export function renderApp(hash = '#/', notes = NOTES) {
  const { collection } = buildCollection([{ path: 'content/python.md', text: notes }]);
  const store = createAppStore({
    collection,
    storage: createPersistence({ storage: localStorage, debounceMs: 0 }),
    now: Date.now(),
    scheduler: { fuzz: false },
  });
  return { ...renderAppWith(store, hash), store };
}

/** Renders the whole app at `hash` over a store made by the test, as boot() does. */
export function renderAppWith(store: AppStore, hash: string) {
  window.location.hash = hash;
  return render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
}
