/**
 * The one app store: vanilla zustand (no React here), built from slices. Persistence is wired
 * once, at the root: progress is saved after each change (off the key-press path), settings at
 * once, and storage notices flow into the state. src/store/use-store.ts is the React binding.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { reconcileInterview } from '../core/interview.ts';
import { reconcileQuiz } from '../core/quiz.ts';
import { createScheduler } from '../core/scheduler.ts';
import type { Scheduler, SchedulerParams } from '../core/scheduler.ts';
import type { Collection } from '../core/types.ts';
import type { ImportedNotes } from '../core/imported-notes.ts';
import { withAnswers } from '../core/collection-pack.ts';
import type { AnswersState, AppState } from './app-state.ts';
import { createDataSlice } from './data-slice.ts';
import { contentOf, createImportsSlice } from './imports-slice.ts';
import type { ImportsSlice } from './imports-slice.ts';
import { createNotesVault } from './notes-vault.ts';
import type { NotesVault } from './notes-vault.ts';
import { createPersistence } from './persistence.ts';
import type { LoadedState, Persistence } from './persistence.ts';
import { createMarksSlice } from './marks-slice.ts';
import { createProgressSlice } from './progress-slice.ts';
import { createInterviewSlice } from './interview-slice.ts';
import { createQuizSlice } from './quiz-slice.ts';
import { createSessionSlice } from './session-slice.ts';
import { DEFAULT_SETTINGS } from '../core/settings.ts';
import type { Settings } from '../core/settings.ts';
import { createSettingsSlice } from './settings-slice.ts';
import { detectLang } from '../core/lang.ts';

export type AppStore = StoreApi<AppState>;

export interface AppStoreOptions {
  collection: Collection;
  /** 'loading' when the collection's answers are still to come (receiveAnswers fills them in). */
  answers?: AnswersState;
  /** Where progress and settings live; defaults to localStorage (createPersistence()). */
  storage?: Persistence;
  /** The time of loading (names a backup key if stored data is damaged). */
  now: number;
  /** Scheduler options other than retention (a setting): tests pass `{ fuzz: false }`. */
  scheduler?: Omit<SchedulerParams, 'desiredRetention'>;
  /** The browser's languages (navigator.languages): the interface language until one is chosen. */
  preferredLanguages?: readonly string[];
  /** Randomness for shuffled quizzes; tests pass a seeded one. */
  random?: () => number;
  /** What loadStoredState gave, if the caller read it already (the boot does, once the cards are in). */
  loaded?: LoadedState;
  /** Where imported notes are kept: IndexedDB unless given. */
  notesVault?: NotesVault;
  /** The imported notes read from it at start-up (readImports), and why they could not be, if so. */
  imports?: readonly ImportedNotes[];
  importsFault?: ImportsSlice['importsFault'];
}

/** The settings of a first visit: the defaults, in the first of the browser's languages we have. */
export const settingsDefaults = (preferredLanguages: readonly string[]): Settings => ({ ...DEFAULT_SETTINGS, language: detectLang(preferredLanguages) });

/** Stored settings, read once, before anything is painted (Persistence.loadSettings); never chosen, they follow the browser's languages. */
export function loadStoredSettings(storage: Persistence, now: number, preferredLanguages: readonly string[]): Settings {
  return storage.loadSettings(now, settingsDefaults(preferredLanguages));
}

/** Stored progress, and the settings loadStoredSettings read (Persistence.load). */
export function loadStoredState(storage: Persistence, now: number, preferredLanguages: readonly string[]): LoadedState {
  return storage.load(now, settingsDefaults(preferredLanguages));
}

/** Create the app store, loading stored progress and settings. */
export function createAppStore({
  collection,
  answers = 'ready',
  storage = createPersistence(),
  now,
  scheduler: schedulerOptions = {},
  preferredLanguages = [],
  random,
  loaded = loadStoredState(storage, now, preferredLanguages),
  notesVault = createNotesVault(),
  imports = [],
  importsFault = null,
}: AppStoreOptions): AppStore {
  const quizData = storage.loadValue('quiz', now);
  // A quiz resumes on the notes as they are now, and its clock restarts: a night away is not quiz time.
  const marks = storage.loadValue('flags', now);
  const interviewData = storage.loadValue('interview', now);

  // One scheduler per retention value, rebuilt only when the setting changes.
  let cached: { retention: number; scheduler: Scheduler } | null = null;
  const schedulerFor = (s: AppState): Scheduler => {
    const retention = s.settings.desiredRetention;
    if (cached?.retention !== retention) cached = { retention, scheduler: createScheduler({ ...schedulerOptions, desiredRetention: retention }) };
    return cached.scheduler;
  };

  const content = contentOf(collection, imports);
  // A quiz or a mark keeps to the cards there are, imported ones included.
  const inNotes = (id: string): boolean => content.cardIndex.has(id);
  const quizzes = new Map([...quizData.quizzes].map(([deck, quiz]) => [deck, reconcileQuiz(quiz, inNotes, now)]));
  const rehearsal = interviewData.current && reconcileInterview(interviewData.current, inNotes, now);

  const store = createStore<AppState>()((...a) => ({
    ...content,
    answers,
    receiveAnswers: (received) => receiveAnswers(store, received),
    notices: storage.notices,
    dismissNotice: (kind, what) => storage.dismiss(kind, what),
    ...createProgressSlice(loaded.progress)(...a),
    ...createSettingsSlice(loaded.settings)(...a),
    ...createSessionSlice({ scheduler: schedulerFor })(...a),
    ...createQuizSlice({ quizzes, misses: quizData.misses }, random ? { scheduler: schedulerFor, random } : { scheduler: schedulerFor })(...a),
    ...createInterviewSlice({ current: rehearsal?.cardIds.length ? rehearsal : null, history: interviewData.history }, { scheduler: schedulerFor })(...a),
    ...createMarksSlice(marks)(...a),
    ...createDataSlice(storage)(...a),
    ...createImportsSlice(notesVault, importsFault)(...a),
  }));

  storage.subscribe((notices) => store.setState({ notices }));
  storage.attachProgress({
    current: () => store.getState().progress,
    // Another tab's reviews: into the progress, and out of this tab's queue.
    applyExternal(changes) {
      store.getState().applyProgressChanges(changes);
      store.getState().syncCards(changes.keys(), Date.now());
    },
  });
  store.subscribe((s, prev) => {
    if (s.progressVersion !== prev.progressVersion) storage.saveProgress();
    if (s.settings !== prev.settings) storage.saveSettings(s.settings);
    if (s.quizzes !== prev.quizzes || s.quizMisses !== prev.quizMisses) storage.saveValue('quiz', { quizzes: s.quizzes, misses: s.quizMisses });
    if (s.marks !== prev.marks) storage.saveValue('flags', s.marks);
    if (s.interview !== prev.interview || s.interviewHistory !== prev.interviewHistory) {
      storage.saveValue('interview', { current: s.interview, history: s.interviewHistory });
    }
  });
  return store;
}

/** Fills the collection's answers in once they arrive; on failure the questions stay usable. */
function receiveAnswers(store: AppStore, received: readonly string[] | Error): void {
  if (store.getState().answers === 'ready') return;
  let full: Collection;
  try {
    if (received instanceof Error) throw received;
    full = withAnswers(store.getState().built, received);
  } catch {
    store.setState({ answers: 'failed' });
    return;
  }
  store.setState({ ...contentOf(full, store.getState().imports), answers: 'ready' });
}
