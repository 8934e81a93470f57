/**
 * The interview rehearsal (src/core/interview.ts): the one in progress, kept across reloads, and
 * the finished ones, which stats shows over time. A rehearsal grade goes through the same FSRS
 * scheduler as a study grade, so it counts as a review. The questions are drawn and the answers
 * scored by the interview screen's own code (lazily loaded); the store keeps what they gave.
 */
import { HISTORY_LIMIT, answerInterview, createInterview, currentQuestion, isInterviewDone, recordOf, revealInterview, withInterviewDraft } from '../core/interview.ts';
import type { Interview, InterviewRecord, InterviewSetup } from '../core/interview.ts';
import type { InterviewData } from '../core/interview-codec.ts';
import { withReview } from '../core/card-record.ts';
import type { Scheduler } from '../core/scheduler.ts';
import type { Grade } from '../core/types.ts';
import type { AppSliceCreator, AppState } from './app-state.ts';

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
  /** Leave the rehearsal (its grades stay in FSRS and, once finished, in the history). */
  discardInterview: () => void;
}

export function createInterviewSlice(initial: InterviewData, deps: { scheduler: (state: AppState) => Scheduler }): AppSliceCreator<InterviewSlice> {
  return (set, get) => ({
    interview: initial.current,
    interviewHistory: initial.history,

    startInterview(setup, cardIds, now) {
      if (cardIds.length > 0) set({ interview: createInterview(setup, cardIds, now) });
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
      const prev = s.progress.get(cardId);
      const result = scheduler.grade(prev?.sched ?? scheduler.newCardState(now), grade, now);
      const next = answerInterview(interview, grade, coverage, now);
      const history = isInterviewDone(next) ? [...s.interviewHistory, recordOf(next, now)].slice(-HISTORY_LIMIT) : s.interviewHistory;
      s.setCardProgress(cardId, withReview(prev, result.state, result.log), () => ({ interview: next, interviewHistory: history }));
    },

    discardInterview() {
      if (get().interview) set({ interview: null });
    },
  });
}
