/**
 * Bootstrap, without React: stored progress and settings, the cards' index (a JSON file downloaded
 * beside the code, scripts/vite-plugin-cards.ts), the store; then, on #/study, the first card is
 * painted at once (src/app/first-card.ts) and React and the app's components load after that paint
 * (src/app/mount.tsx); on any other route they load at once. What no screen needs before its first
 * paint comes after it: the cards' answers and the scheduler's engine (src/core/collection-pack.ts
 * and src/core/scheduler.ts say why they wait). Progress is read while the index downloads.
 */
import { loadAnswers, loadIndex } from 'virtual:cards';
import { afterNextPaint } from './components/after-paint.ts';
import { paintFirstCard } from './app/first-card.ts';
import type { FirstCard } from './app/first-card.ts';
import type * as MountModule from './app/mount.tsx';
import { parseRoute } from './app/route.ts';
import { registerServiceWorker } from './app/service-worker.ts';
import { applyTheme } from './app/theme.ts';
import { readIndexText, unpackCollection } from './core/collection-pack.ts';
import { loadSchedulerEngine } from './core/scheduler.ts';
import { getMessages } from './i18n/messages.ts';
import { createAppStore, loadStoredState } from './store/app-store.ts';
import type { AppStore } from './store/app-store.ts';
import { createPersistence } from './store/persistence.ts';
import './styles.css';

const index = loadIndex().then(readIndexText);
const preferredLanguages = navigator.languages ?? [];
const route = parseRoute(window.location.hash);
const study = route.name === 'study';
// Only the study screen is built to show before the engine is in; any other screen waits for it,
// and for React, which on #/study comes after the first card.
const engine = study ? null : loadSchedulerEngine();
const app = study ? null : import('./app/mount.tsx');
const now = Date.now();
const storage = createPersistence();
const loaded = loadStoredState(storage, now, preferredLanguages);
// Before the first paint, so the page never shows in the other theme.
applyTheme(loaded.settings.theme);
const root = document.getElementById('root')!;
const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));
const loadApp = (): Promise<typeof MountModule> => app ?? import('./app/mount.tsx');

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

/** On #/study, the session's first card painted before React; null if there is none to paint. */
function paintStudy(store: AppStore): FirstCard | null {
  if (route.name !== 'study') return null;
  const deckId = route.deckId ?? null;
  const deck = deckId === null ? null : store.getState().collection.decks.find((d) => d.id === deckId);
  if (deck === undefined) return null; // an unknown deck: the app says so
  // The study screen takes this session over when it mounts (src/screens/study-screen.tsx).
  store.getState().startSession(now, deckId);
  const first = paintFirstCard(root, store.getState(), getMessages(store.getState().settings.language), deck?.title ?? null);
  if (!first) store.getState().endSession();
  return first;
}

/** React and the app over `store`, replacing the first card painted before it, if any. */
function mount(store: AppStore, first: FirstCard | null): void {
  loadApp().then(
    ({ mountApp }) => {
      first?.release();
      mountApp(root, store);
      if (first?.revealRequested()) store.getState().reveal();
      afterNextPaint(() => {
        fetchAnswers(store);
        registerServiceWorker();
      });
    },
    () => {
      // Offline before the app's code was cached, or a deploy that removed it: say so over the card.
      first?.release();
      const t = getMessages(loaded.settings.language);
      const alert = document.createElement('p');
      alert.setAttribute('role', 'alert');
      alert.textContent = t.errorChunkLoad;
      root.prepend(alert);
    },
  );
}

Promise.all([index, engine])
  .then(([packed]) => unpackCollection(packed, null))
  .then(
    (collection) => {
      const store = createAppStore({ collection, answers: 'loading', storage, loaded, now, preferredLanguages });
      const first = paintStudy(store);
      if (!first) {
        mount(store, null);
        if (study) afterNextPaint(() => fetchEngine(store));
        return;
      }
      // The card is on screen: React, the app and the engine load now.
      afterNextPaint(() => {
        mount(store, first);
        fetchEngine(store);
      });
    },
    (error: unknown) => {
      // Progress in storage is untouched: nothing was written, and a reload tries again.
      registerServiceWorker();
      void loadApp().then(({ mountLoadError }) => mountLoadError(root, loaded.settings.language, asError(error).message));
    },
  );
