/**
 * Bootstrap: stored progress and settings, the cards' index (a JSON file downloaded beside the
 * code, scripts/vite-plugin-cards.ts), then the app; once the first screen is painted, what the
 * first card does not need: the cards' answers and the scheduler's engine (src/core/collection-pack.ts
 * and src/core/scheduler.ts say why they wait). Progress is read while the index downloads.
 */
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { loadAnswers, loadIndex } from 'virtual:cards';
import { App } from './app/app.tsx';
import { parseRoute } from './app/route.ts';
import { registerServiceWorker } from './app/service-worker.ts';
import { applyTheme } from './app/theme.ts';
import { afterNextPaint } from './components/after-paint.ts';
import { ContentLoadError } from './components/content-load-error.tsx';
import { unpackCollection } from './core/collection-pack.ts';
import { loadMessages } from './i18n/index.ts';
import { detectLang } from './i18n/lang.ts';
import { loadSchedulerEngine } from './core/scheduler.ts';
import { createAppStore, loadStoredState } from './store/app-store.ts';
import type { AppStore } from './store/app-store.ts';
import { createPersistence } from './store/persistence.ts';
import { StoreProvider } from './store/use-store.ts';
import './styles.css';

const index = loadIndex();
const preferredLanguages = navigator.languages ?? [];
// The catalog of the browser's language (Russian is built in) starts downloading now, while stored
// progress is read; it is the interface language unless the learner chose another.
void loadMessages(detectLang(preferredLanguages)).catch(() => undefined);
// Only the study screen is built to show before the engine is in; any other screen waits for it.
const engineFirst = parseRoute(window.location.hash).name !== 'study';
const engine = engineFirst ? loadSchedulerEngine() : null;
const now = Date.now();
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

/** The engine, once the first screen is out; a failed download is tried again a few times. */
function fetchEngine(store: AppStore, attempt = 0): void {
  loadSchedulerEngine().then(
    () => store.getState().schedulerReady(),
    () => {
      if (attempt < 5) setTimeout(() => fetchEngine(store, attempt + 1), 2000);
    },
  );
}

// The interface language's catalog, if it is not the built-in Russian; a failed download falls back to it.
const messages = loadMessages(loaded.settings.language).catch(() => undefined);

Promise.all([index, engine, messages])
  .then(([packed]) => unpackCollection(packed, null))
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
      afterNextPaint(() => {
        fetchAnswers(store);
        fetchEngine(store);
        registerServiceWorker();
      });
    },
    (error: unknown) => {
      // Progress in storage is untouched: nothing was written, and a reload tries again.
      registerServiceWorker();
      root.render(
        <StrictMode>
          <ContentLoadError lang={loaded.settings.language} detail={asError(error).message} />
        </StrictMode>,
      );
    },
  );

