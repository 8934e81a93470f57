/**
 * The shape of the one app store, assembled from slices (zustand's slices pattern). Types only:
 * each slice file imports AppSliceCreator from here, and app-store.ts puts the slices together.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Card, Collection } from '../core/types.ts';
import type { DataSlice } from './data-slice.ts';
import type { ImportsSlice } from './imports-slice.ts';
import type { InterviewSlice } from './interview-slice.ts';
import type { StorageNotice } from './persistence.ts';
import type { MarksSlice } from './marks-slice.ts';
import type { ProgressSlice } from './progress-slice.ts';
import type { QuizSlice } from './quiz-slice.ts';
import type { SessionSlice } from './session-slice.ts';
import type { SettingsSlice } from './settings-slice.ts';
import type { StoredTarget } from './notices.ts';

/** Whether the cards' answers are in: the app shows the first question before they arrive (src/app/boot.ts). */
export type AnswersState = 'ready' | 'loading' | 'failed';

/**
 * The notes: built with the app, and imported in the browser (src/store/imports-slice.ts). The
 * collection is replaced when the built answers arrive (new card objects, so anything memoised on it
 * recomputes; until then every built card's answer is '') and when imported notes change.
 */
export interface ContentSlice {
  collection: Collection;
  /** Cards by id, for the study and browse screens. */
  cardIndex: ReadonlyMap<string, Card>;
  answers: AnswersState;
  /** Fill in the answers (in card order), or record that they could not be loaded. */
  receiveAnswers: (answers: readonly string[] | Error) => void;
}

/** Problems with stored data the UI must show (role="alert"). */
export interface NoticeSlice {
  notices: readonly StorageNotice[];
  /** Dismiss the notices of a kind; of damaged data, only those about `what` if given. */
  dismissNotice: (kind: StorageNotice['kind'], what?: StoredTarget) => void;
}

export type AppState = ContentSlice &
  ImportsSlice &
  NoticeSlice &
  ProgressSlice &
  SettingsSlice &
  SessionSlice &
  QuizSlice &
  InterviewSlice &
  MarksSlice &
  DataSlice;

/** A slice creator that sees the whole store. */
export type AppSliceCreator<T> = StateCreator<AppState, [], [], T>;
