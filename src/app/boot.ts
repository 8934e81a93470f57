/**
 * Start-up, as a function: src/main.tsx calls it with the browser's things, tests with their own.
 *
 * 1. Settings are read first and the theme applied, so nothing is ever painted in the other theme.
 * 2. The cards' index (everything but the answers, src/core/collection-pack.ts) is fetched; if it
 *    cannot be, a message with a reload takes the app's place, and stored progress is untouched.
 *    The notes imported in the browser are read from IndexedDB meanwhile (when a flag says there
 *    may be some); if they cannot be, the built decks open and home says why the imported ones are missing.
 * 3. The store is made over the index and the stored progress (repaired and reported where it is
 *    damaged, src/store/persistence.ts), and React renders the route's screen from it at once. A
 *    screen whose code loads on demand is loaded beside the index (src/app/lazy-screens.tsx).
 * 4. Once that screen is painted, the answers are fetched (the first screen of any route needs only
 *    the questions) and `afterFirstPaint` runs (the app registers its service worker there).
 *
 * Anything else that goes wrong on the way shows the same message instead of a white page.
 */
import { afterNextPaint } from '../components/after-paint.ts';
import { readIndexText, unpackCollection } from '../core/collection-pack.ts';
import { createAppStore, loadStoredSettings } from '../store/app-store.ts';
import type { AppStore } from '../store/app-store.ts';
import type { ImportedNotes } from '../core/imported-notes.ts';
import type { ImportsSlice } from '../store/imports-slice.ts';
import { VaultError, createNotesVault, faultOf } from '../store/notes-vault.ts';
import type { NotesVault } from '../store/notes-vault.ts';
import { createPersistence } from '../store/persistence.ts';
import type { Persistence } from '../store/persistence.ts';
import { loadScreenFor } from './lazy-screens.tsx';
import { mountApp, mountLoadError } from './mount.tsx';
import { parseRoute } from './route.ts';
import { applyTheme } from './theme.ts';
import type { Root } from 'react-dom/client';

/** Where the cards come from: `virtual:cards` in the app (scripts/vite-plugin-cards.ts). */
export interface CardsSource {
  /** The index as text (writeIndexText). */
  loadIndex(): Promise<string>;
  /** The answers, in card order. */
  loadAnswers(): Promise<readonly string[]>;
}

export interface BootOptions {
  root: HTMLElement;
  cards: CardsSource;
  /** Where progress and settings live; localStorage by default. */
  storage?: Persistence;
  /** Where imported notes live; IndexedDB by default. */
  notesVault?: NotesVault;
  /** The browser's languages (navigator.languages): the interface language until one is chosen. */
  languages?: readonly string[];
  now?: number;
  /** Runs once the first screen is painted, whichever it is. */
  afterFirstPaint?: () => void;
}

/** What boot() started. */
export interface Booted {
  /** The app's store; null when the cards could not be loaded and a message says so instead. */
  store: AppStore | null;
  /** Take the app out of the page (tests, a hot reload). */
  unmount(): void;
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/** How long start-up waits for IndexedDB: a browser that never answers must not keep the built decks shut. */
const VAULT_WAIT_MS = 3000;

/** The imported notes, or why they could not be read. Never rejects. */
async function readImports(vault: NotesVault): Promise<{ imports: ImportedNotes[]; fault: ImportsSlice['importsFault'] }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new VaultError('unavailable', `IndexedDB did not answer within ${VAULT_WAIT_MS / 1000} s`)), VAULT_WAIT_MS);
  });
  try {
    const { notes, unreadable } = await Promise.race([vault.list(), late]);
    return { imports: notes, fault: unreadable > 0 ? { fault: 'failed', detail: `${unreadable} unreadable record(s)` } : null };
  } catch (error) {
    const { fault, message } = faultOf(error);
    return { imports: [], fault: { fault, detail: message } };
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the app in `root`. Never rejects: whatever goes wrong is shown, never a white page. */
export async function boot({
  root,
  cards,
  storage = createPersistence(),
  notesVault = createNotesVault(),
  languages = [],
  now = Date.now(),
  afterFirstPaint,
}: BootOptions): Promise<Booted> {
  const settings = loadStoredSettings(storage, now, languages);
  applyTheme(settings.theme);
  let store: AppStore;
  let reactRoot: Root | null = null;
  // The opened screen's code, if it loads on demand, comes beside the index: rendered once both are in.
  const screen = loadScreenFor(parseRoute(location.hash));
  // Without imported notes (most visits), IndexedDB is not opened before the first screen.
  const imported = notesVault.mayHoldNotes() ? readImports(notesVault) : null;
  try {
    const collection = unpackCollection(readIndexText(await cards.loadIndex()), null);
    const { imports, fault } = (await imported) ?? { imports: [], fault: null };
    store = createAppStore({ collection, answers: 'loading', storage, now, preferredLanguages: languages, notesVault, imports, importsFault: fault });
    await screen;
    reactRoot = mountApp(root, store);
  } catch (error) {
    reactRoot?.unmount();
    const failed = mountLoadError(root, settings.language, asError(error).message);
    if (afterFirstPaint) afterNextPaint(afterFirstPaint);
    return { store: null, unmount: () => failed.unmount() };
  }
  afterNextPaint(() => {
    // Notes kept without their flag (localStorage cleared on its own): found once the screen is out.
    if (imported === null) {
      void readImports(notesVault).then(({ imports }) => {
        if (imports.length > 0) void store.getState().saveImports(imports);
      });
    }
    cards.loadAnswers().then(
      (answers) => store.getState().receiveAnswers(answers),
      (error: unknown) => store.getState().receiveAnswers(asError(error)),
    );
    afterFirstPaint?.();
  });
  const mounted = reactRoot;
  return { store, unmount: () => mounted.unmount() };
}
