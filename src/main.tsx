/**
 * Bootstrap, without React. Stored settings and progress are read (progress only parsed) while the
 * cards' index downloads (a file beside the code, scripts/vite-plugin-cards.ts). On #/study the
 * session's first card is then painted at once, from those two as they are (src/core/peek-session.ts,
 * src/app/first-card.ts); after that paint come the full decode of the progress, the store, and
 * React with the app's components (src/app/mount.tsx), which take the page over. On any other
 * route all of that comes first. What no screen needs before its first paint comes after it: the
 * cards' answers and the scheduler's engine (src/core/collection-pack.ts and src/core/scheduler.ts
 * say why they wait).
 */
import { loadAnswers, loadIndex } from 'virtual:cards';
import { afterNextPaint, afterNextPaintInBackground } from './components/after-paint.ts';
import { paintFirstCard } from './app/first-card.ts';
import type { FirstCard } from './app/first-card.ts';
import type * as MountModule from './app/mount.tsx';
import { parseRoute } from './app/route.ts';
import { registerServiceWorker } from './app/service-worker.ts';
import { applyTheme } from './app/theme.ts';
import { readIndexText, unpackCollection } from './core/collection-pack.ts';
import type { PackedIndex } from './core/collection-pack.ts';
import { peekSession } from './core/peek-session.ts';
import type { PeekedSession } from './core/peek-session.ts';
import { loadSchedulerEngine } from './core/scheduler.ts';
import { getMessages } from './i18n/messages.ts';
import { createAppStore, loadStoredState, peekStoredState } from './store/app-store.ts';
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
// Read while the index downloads; decoded in full only once the first card is on screen.
const peeked = peekStoredState(storage, now, preferredLanguages);
// Before the first paint, so the page never shows in the other theme.
applyTheme(peeked.settings.theme);
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

/** The first card painted before the store exists, and the session it belongs to. */
interface EarlyCard {
  first: FirstCard;
  session: PeekedSession;
}

/**
 * On #/study, the session's first card, painted from the cards' index and the stored progress as
 * parsed (src/core/peek-session.ts says why); null if there is none to paint this way.
 */
function paintEarly(packed: PackedIndex): EarlyCard | null {
  if (route.name !== 'study' || !peeked.progress) return null;
  const deckId = route.deckId ?? null;
  const session = peekSession(packed, peeked.progress, deckId, now, peeked.settings);
  if (!session) return null;
  const title = deckId === null ? null : (packed.decks.find((d) => d.id === deckId)?.title ?? null);
  return { first: paintFirstCard(root, session, packed.decks, getMessages(peeked.settings.language), title), session };
}

/**
 * The store, with the stored progress decoded in full; on #/study its session started, and kept
 * only if it shows the card painted early, with nothing to say first (a notice about stored data).
 */
function createStore(packed: PackedIndex, early: EarlyCard | null): { store: AppStore; first: FirstCard | null } {
  const loaded = loadStoredState(storage, now, preferredLanguages);
  const store = createAppStore({ collection: unpackCollection(packed, null), answers: 'loading', storage, loaded, now, preferredLanguages });
  if (!early) return { store, first: null };
  const state = store.getState();
  state.startSession(now, route.name === 'study' ? (route.deckId ?? null) : null);
  const session = store.getState().session;
  const same =
    session?.current?.cardId === early.session.cardId &&
    (['new', 'learning', 'review'] as const).every((k) => session.remaining[k] === early.session.remaining[k]) &&
    state.notices.length === 0;
  if (same) return { store, first: early.first };
  // Stored progress that reads differently in full (damaged entries): the app renders it all itself.
  early.first.release();
  state.endSession();
  return { store, first: null };
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
      const t = getMessages(peeked.settings.language);
      const alert = document.createElement('p');
      alert.setAttribute('role', 'alert');
      alert.textContent = t.errorChunkLoad;
      root.prepend(alert);
    },
  );
}

/** Everything after the first card (if any): the store, then React and the engine. */
function start(packed: PackedIndex, early: EarlyCard | null): void {
  const { store, first } = createStore(packed, early);
  mount(store, first);
  if (first) fetchEngine(store);
  else if (study) afterNextPaint(() => fetchEngine(store));
}

/** The cards could not be loaded (or read): say so, with a way to try again. */
function failed(error: unknown): void {
  // Progress in storage is untouched: nothing was written, and a reload tries again.
  registerServiceWorker();
  void loadApp().then(({ mountLoadError }) => mountLoadError(root, peeked.settings.language, asError(error).message));
}

Promise.all([index, engine])
  .then(([packed]) => {
    const early = paintEarly(packed);
    if (!early) {
      start(packed, null);
      return;
    }
    // The card is on screen: decoding the progress in full, React and the engine come after it.
    afterNextPaintInBackground(() => {
      try {
        start(packed, early);
      } catch (error) {
        early.first.release();
        failed(error);
      }
    });
  })
  .catch(failed);
