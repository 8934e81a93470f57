/**
 * The interview rehearsal (src/core/interview.ts): the one in progress, kept across reloads, and
 * the finished ones, which stats shows over time. A rehearsal grade goes through the same FSRS
 * scheduler as a study grade, so it counts as a review; Z takes it back, as in study and the quiz
 * (src/store/grade-history.ts). The questions are drawn and the answers scored by the interview
 * screen's own code (lazily loaded); the store keeps what they gave.
 */
import { HISTORY_LIMIT, answerInterview, createInterview, currentQuestion, isInterviewDone, recordOf, revealInterview, withInterviewDraft } from '../core/interview.ts';
import type { Interview, InterviewRecord, InterviewSetup } from '../core/interview.ts';
import type { InterviewData } from '../core/interview-codec.ts';
import type { Scheduler } from '../core/scheduler.ts';
import type { Grade } from '../core/types.ts';
import type { AppSliceCreator, AppState } from './app-state.ts';
import { createGradeHistory } from './grade-history.ts';

export interface InterviewSlice {
  interview: Interview | null;
  /** Finished rehearsals, oldest first. */
  interviewHistory: readonly InterviewRecord[];
  /** Start a rehearsal on the questions drawn for it, replacing the one there was. */
  startInterview: (setup: InterviewSetup, cardIds: readonly string[], now: number) => void;
  saveInterviewDraft: (typed: string) => void;
  /** Show the answer: the clock stops. */
  revealInterviewAnswer: (typed: string, now: number) => void;
  /**
   * Grade the revealed question (in FSRS too), with the typed answer's coverage of its key points
   * (0–1), and move on; the last grade files the rehearsal in the history.
   */
  gradeInterview: (grade: Grade, coverage: number, now: number) => void;
  /** How many rehearsal grades Z can take back. */
  interviewUndo: number;
  /** Take back the last grade: the card's progress, and the rehearsal back on that question, answer shown. */
  undoInterviewGrade: () => void;
  /** Leave the rehearsal (its grades stay in FSRS and, once finished, in the history). */
  discardInterview: () => void;
}

export function createInterviewSlice(initial: InterviewData, deps: { scheduler: (state: AppState) => Scheduler }): AppSliceCreator<InterviewSlice> {
  /** Each step keeps the rehearsal and its history as they were before the grade. */
  const steps = createGradeHistory<Pick<InterviewSlice, 'interview' | 'interviewHistory'>>();
  const resetUndo = (): Pick<InterviewSlice, 'interviewUndo'> => {
    steps.clear();
    return { interviewUndo: 0 };
  };

  return (set, get) => ({
    interview: initial.current,
    interviewHistory: initial.history,
    interviewUndo: 0,

    startInterview(setup, cardIds, now) {
      if (cardIds.length > 0) set({ interview: createInterview(setup, cardIds, now), ...resetUndo() });
    },

    saveInterviewDraft(typed) {
      const interview = get().interview;
      if (interview && withInterviewDraft(interview, typed) !== interview) set({ interview: withInterviewDraft(interview, typed) });
    },

    revealInterviewAnswer(typed, now) {
      const interview = get().interview;
      if (interview && !interview.revealed) set({ interview: revealInterview(interview, typed, now) });
    },

    gradeInterview(grade, coverage, now) {
      const s = get();
      const interview = s.interview;
      if (!interview?.revealed) return;
      const cardId = currentQuestion(interview);
      if (cardId === undefined) return;
      const scheduler = deps.scheduler(s);
      const result = scheduler.grade(s.progress.get(cardId)?.sched ?? scheduler.newCardState(now), grade, now);
      const next = answerInterview(interview, grade, coverage, now);
      const history = isInterviewDone(next) ? [...s.interviewHistory, recordOf(next, now)].slice(-HISTORY_LIMIT) : s.interviewHistory;
      steps.grade(s, cardId, result, { interview, interviewHistory: s.interviewHistory }, () => ({
        interview: next,
        interviewHistory: history,
        interviewUndo: steps.depth,
      }));
    },

    undoInterviewGrade() {
      steps.undo(get(), ({ extra }) => ({ ...extra, interviewUndo: steps.depth }));
    },

    discardInterview() {
      if (get().interview) set({ interview: null, ...resetUndo() });
    },
  });
}
