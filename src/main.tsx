/**
 * Bootstrap, without React. Settings are read first (the theme is applied before the first paint);
 * then the cards' index (scripts/vite-plugin-cards.ts), the stored progress decoded in full, the
 * store, and React with the app's components (src/app/mount.tsx). What no screen needs before its
 * first paint comes after it: the cards' answers and the scheduler's engine
 * (src/core/collection-pack.ts and src/core/scheduler.ts say why they wait).
 */
import { loadAnswers, loadIndex } from 'virtual:cards';
import { afterNextPaint } from './components/after-paint.ts';
import type { FirstCard } from './app/first-card.ts';
import type * as MountModule from './app/mount.tsx';
import { parseRoute } from './app/route.ts';
import { registerServiceWorker } from './app/service-worker.ts';
import { applyTheme } from './app/theme.ts';
import { readIndexText, unpackCollection } from './core/collection-pack.ts';
import type { PackedIndex } from './core/collection-pack.ts';
import { loadSchedulerEngine } from './core/scheduler.ts';
import { getMessages } from './i18n/messages.ts';
import { createAppStore, loadStoredSettings, loadStoredState } from './store/app-store.ts';
import type { AppStore } from './store/app-store.ts';
import { createPersistence } from './store/persistence.ts';
import './styles.css';

const preferredLanguages = navigator.languages ?? [];
const route = parseRoute(window.location.hash);
const study = route.name === 'study';
// Only the study screen is built to show before the engine is in; any other screen waits for it,
// and for React, which on #/study comes after the first card.
const engine = study ? null : loadSchedulerEngine();
const app = study ? null : import('./app/mount.tsx');
const now = Date.now();
const storage = createPersistence();
const settings = loadStoredSettings(storage, now, preferredLanguages);
// Before the first paint, so the page never shows in the other theme.
applyTheme(settings.theme);
const root = document.getElementById('root')!;
const messages = () => getMessages(settings.language);
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

/** The store, with the stored progress decoded in full. */
function createStore(packed: PackedIndex): AppStore {
  const loaded = loadStoredState(storage, now, preferredLanguages);
  return createAppStore({ collection: unpackCollection(packed, null), answers: 'loading', storage, loaded, now, preferredLanguages });
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
      const t = messages();
      const alert = document.createElement('p');
      alert.setAttribute('role', 'alert');
      alert.textContent = t.errorChunkLoad;
      root.prepend(alert);
    },
  );
}

/** Everything after the cards' index: the store, then React and the engine. */
function start(packed: PackedIndex): void {
  const store = createStore(packed);
  mount(store, null);
  if (study) afterNextPaint(() => fetchEngine(store));
}

/** The cards could not be loaded (or read): say so, with a way to try again. */
function failed(error: unknown): void {
  // Progress in storage is untouched: nothing was written, and a reload tries again.
  registerServiceWorker();
  void loadApp().then(({ mountLoadError }) => mountLoadError(root, settings.language, asError(error).message));
}

Promise.all([loadIndex().then(readIndexText), engine])
  .then(([packed]) => start(packed))
  .catch(failed);
