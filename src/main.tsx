/**
 * Bootstrap, without React. On #/study, the session's first card is painted before anything else
 * (src/app/first-card.ts): from the start snapshot the last save stored (src/core/start-snapshot.ts),
 * and where there is none to use (a first visit, one deck, notes rebuilt since), from the stored
 * progress as parsed and the cards' index (src/core/peek-session.ts), a file beside the code that
 * downloads while the progress is parsed (scripts/vite-plugin-cards.ts). After that paint come the
 * index (if it was not needed yet), the full decode of the progress, the store, and React with the
 * app's components (src/app/mount.tsx), which take the page over. On any other route all of that
 * comes first. What no screen needs before its first paint comes after it: the cards' answers and
 * the scheduler's engine (src/core/collection-pack.ts and src/core/scheduler.ts say why they wait).
 */
import { indexVersion, loadAnswers, loadIndex } from 'virtual:cards';
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
import { readStartSnapshot } from './core/start-snapshot.ts';
import { getMessages } from './i18n/messages.ts';
import { createAppStore, loadStoredState, peekStoredSettings, peekStoredState } from './store/app-store.ts';
import type { AppStore } from './store/app-store.ts';
import type { PeekedState } from './store/persistence.ts';
import { createPersistence } from './store/persistence.ts';
import { headlineQuizDeck } from './store/quiz-selectors.ts';
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
const settings = peekStoredSettings(storage, now, preferredLanguages);
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

/** The first card painted before the store exists, and the session it belongs to. */
interface EarlyCard {
  first: FirstCard;
  session: PeekedSession;
}

/**
 * On #/study over all decks, the session's first card, painted from the start snapshot stored with
 * the progress; null if there is none to use (src/core/start-snapshot.ts says when).
 */
function paintFromSnapshot(): EarlyCard | null {
  if (route.name !== 'study' || route.deckId !== undefined) return null;
  const stored = storage.peekStart();
  const session = readStartSnapshot(stored.snapshot, { indexVersion, progressChars: stored.progressChars }, now, settings);
  if (!session) return null;
  return { first: paintFirstCard(root, session, session.quizDeck, messages(), null), session };
}

/**
 * On #/study, the session's first card, painted from the cards' index and the stored progress as
 * parsed (src/core/peek-session.ts says why); null if there is none to paint this way.
 */
function paintEarly(packed: PackedIndex, progress: PeekedState['progress']): EarlyCard | null {
  if (route.name !== 'study' || !progress) return null;
  const deckId = route.deckId ?? null;
  const session = peekSession(packed, progress, deckId, now, settings);
  if (!session) return null;
  const title = deckId === null ? null : (packed.decks.find((d) => d.id === deckId)?.title ?? null);
  return { first: paintFirstCard(root, session, headlineQuizDeck(packed.decks)?.id ?? null, messages(), title), session };
}

/**
 * The store, with the stored progress decoded in full; on #/study its session started, and kept
 * only if it shows the card painted early, with nothing to say first (a notice about stored data).
 */
function createStore(packed: PackedIndex, early: EarlyCard | null): { store: AppStore; first: FirstCard | null } {
  const loaded = loadStoredState(storage, now, preferredLanguages);
  const store = createAppStore({ collection: unpackCollection(packed, null), answers: 'loading', storage, loaded, now, preferredLanguages, indexVersion });
  if (!early) return { store, first: null };
  const state = store.getState();
  state.startSession(now, route.name === 'study' ? (route.deckId ?? null) : null);
  const session = store.getState().session;
  const same =
    session?.current?.cardId === early.session.cardId &&
    (['new', 'learning', 'review'] as const).every((k) => session.remaining[k] === early.session.remaining[k]) &&
    state.notices.length === 0;
  if (same) return { store, first: early.first };
  // Stored progress that reads differently in full (damaged entries), a snapshot that does not
  // match it: the app renders it all itself.
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
      const t = messages();
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
  void loadApp().then(({ mountLoadError }) => mountLoadError(root, settings.language, asError(error).message));
}

/** Once `early` is on screen: the index, the progress read in full, React and the engine. */
function startAfterPaint(index: () => Promise<PackedIndex>, early: EarlyCard): void {
  afterNextPaintInBackground(() => {
    index()
      .then((packed) => start(packed, early))
      .catch((error: unknown) => {
        early.first.release();
        failed(error);
      });
  });
}

const fromSnapshot = paintFromSnapshot();
if (fromSnapshot) {
  // The index (1.3 MB at 10,000 cards) is fetched once the card is painted, not beside it.
  startAfterPaint(() => loadIndex().then(readIndexText), fromSnapshot);
} else {
  const index = loadIndex().then(readIndexText);
  // Read while the index downloads; decoded in full only once the first card is on screen.
  const peeked = peekStoredState(storage, now, preferredLanguages);
  Promise.all([index, engine])
    .then(([packed]) => {
      const early = paintEarly(packed, peeked.progress);
      if (early) startAfterPaint(() => index, early);
      else start(packed, null);
    })
    .catch(failed);
}
