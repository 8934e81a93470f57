/**
 * Bootstrap: stored progress and settings, the cards' index (a JSON file downloaded beside the
 * code, scripts/vite-plugin-cards.ts), then the app; once the first screen is painted, the cards'
 * answers, which the first card does not need (src/core/collection-pack.ts says why they wait).
 * Progress is read while the index downloads, so the two waits overlap.
 */
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { loadAnswers, loadIndex } from 'virtual:cards';
import { App } from './app/app.tsx';
import { registerServiceWorker } from './app/service-worker.ts';
import { applyTheme } from './app/theme.ts';
import { afterNextPaint } from './components/after-paint.ts';
import { ContentLoadError } from './components/content-load-error.tsx';
import { unpackCollection } from './core/collection-pack.ts';
import { createAppStore, loadStoredState } from './store/app-store.ts';
import type { AppStore } from './store/app-store.ts';
import { createPersistence } from './store/persistence.ts';
import { StoreProvider } from './store/use-store.ts';
import './styles.css';

const index = loadIndex();
const now = Date.now();
const preferredLanguages = navigator.languages ?? [];
const storage = createPersistence();
const loaded = loadStoredState(storage, now, preferredLanguages);
// Before the first render, so the page never paints in the other theme.
applyTheme(loaded.settings.theme);
const root = createRoot(document.getElementById('root')!);
const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/** The answers, once the first screen is out: a failed download leaves the questions usable. */
function fetchAnswers(store: AppStore): void {
  loadAnswers().then(
    (answers) => store.getState().receiveAnswers(answers),
    (error: unknown) => store.getState().receiveAnswers(asError(error)),
  );
}

index
  .then((packed) => unpackCollection(packed, null))
  .then(
    (collection) => {
      const store = createAppStore({ collection, answers: 'loading', storage, loaded, now, preferredLanguages });
      // At once, in this task: a concurrent first render yields every 5 ms, and the browser lays
      // out and paints the half-built page in between, which only delays the first card.
      flushSync(() =>
        root.render(
          <StrictMode>
            <StoreProvider store={store}>
              <App />
            </StoreProvider>
          </StrictMode>,
        ),
      );
      afterNextPaint(() => fetchAnswers(store));
    },
    (error: unknown) => {
      // Progress in storage is untouched: nothing was written, and a reload tries again.
      root.render(
        <StrictMode>
          <ContentLoadError lang={loaded.settings.language} detail={asError(error).message} />
        </StrictMode>,
      );
    },
  );

registerServiceWorker();
