/**
 * The interview rehearsal (`#/interview`, docs/interview.md): a few questions drawn at random,
 * weighted toward the weak, the due and the never seen, each against a clock, answered by typing,
 * then revealed with its key points (src/core/key-points.ts) and graded into FSRS. Pure: every
 * function takes `now` (and, to draw, a random source) and returns a new value.
 */
import type { CardProgress, Grade, QuizMisses } from './types.ts';

/** The choices before a rehearsal, and their defaults: ten questions, two minutes each. */
export interface InterviewSetup {
  deckIds: readonly string[];
  count: number;
  /** Time per question, in seconds. */
  seconds: number;
}
export const DEFAULT_QUESTIONS = 10;
export const DEFAULT_SECONDS = 120;
export const QUESTION_CHOICES = [4, 5, 10, 15, 20] as const;
export const SECONDS_CHOICES = [60, 120, 180, 300] as const;

/** Time on one question counts at most this much: a learner away from the tab is not answering. */
export const MAX_ANSWER_MS = 15 * 60_000;

/** One question answered: how long it took, how much of its key points the answer covered, the grade. */
export interface InterviewAnswer {
  cardId: string;
  typed: string;
  ms: number;
  /** 0–1. */
  coverage: number;
  /** What coverage and time suggested, and what the learner chose. */
  suggested: Grade;
  grade: Grade;
}

/** A rehearsal, in progress or finished (`answers.length === cardIds.length`). */
export interface Interview {
  startedAt: number;
  deckIds: readonly string[];
  cardIds: readonly string[];
  /** Time per question, ms. */
  limitMs: number;
  answers: readonly InterviewAnswer[];
  /** What is being typed for the current question (kept across a reload). */
  draft: string;
  /** When the current question was shown. */
  shownAt: number;
  /** Set once the current answer is revealed: the time it took. */
  revealed: { ms: number } | null;
}

/** A finished rehearsal as stats keeps it. */
export interface InterviewRecord {
  startedAt: number;
  finishedAt: number;
  deckIds: readonly string[];
  limitMs: number;
  answers: readonly Omit<InterviewAnswer, 'typed'>[];
}

/** Stats keeps this many rehearsals, the latest. */
export const HISTORY_LIMIT = 100;

/** What the draw knows of a card. */
export interface DrawCandidate {
  id: string;
  progress: CardProgress | undefined;
  misses: QuizMisses | undefined;
}

/** How much more likely a card is drawn than a known one that is not due: 1 + new or due (+2) + weakness (up to +6). */
export function drawWeight({ progress, misses }: DrawCandidate, now: number): number {
  if (!progress) return 3 + Math.min(6, 2 * (misses?.count ?? 0));
  const due = progress.sched.due <= now ? 2 : 0;
  const weak = Math.min(6, 2 * progress.sched.lapses + 2 * (misses?.count ?? 0));
  return 1 + due + weak;
}

/**
 * `count` distinct cards drawn at random, each with a chance in proportion to its weight
 * (Efraimidis–Spirakis: the largest u^(1/w)). O(n log n) over the candidates; 10,000 cards take
 * a few milliseconds, once per rehearsal.
 */
export function drawQuestions(candidates: readonly DrawCandidate[], count: number, now: number, random: () => number): string[] {
  return candidates
    .map((c) => ({ id: c.id, key: Math.pow(random(), 1 / drawWeight(c, now)) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, count)
    .map((c) => c.id);
}

export function createInterview(setup: InterviewSetup, cardIds: readonly string[], now: number): Interview {
  return { startedAt: now, deckIds: [...setup.deckIds], cardIds: [...cardIds], limitMs: setup.seconds * 1000, answers: [], draft: '', shownAt: now, revealed: null };
}

export function currentQuestion(interview: Interview): string | undefined {
  return interview.cardIds[interview.answers.length];
}

export function isInterviewDone(interview: Interview): boolean {
  return interview.answers.length >= interview.cardIds.length;
}

/** Keep what is being typed. */
export function withInterviewDraft(interview: Interview, typed: string): Interview {
  return interview.revealed || interview.draft === typed ? interview : { ...interview, draft: typed };
}

/** Show the answer: the clock stops, and what was typed is kept beside the answer. */
export function revealInterview(interview: Interview, typed: string, now: number): Interview {
  if (interview.revealed || isInterviewDone(interview)) return interview;
  const ms = Math.min(Math.max(0, now - interview.shownAt), MAX_ANSWER_MS);
  return { ...interview, draft: typed, revealed: { ms } };
}

/**
 * The grade coverage and time suggest: most key points said in time is Good, nearly all of them
 * in half the time is Easy, about half is Hard, less is Again. Over time, one grade lower (not
 * below Hard for an answer that covered most points: slow but right is not forgotten).
 */
export function suggestGrade(coverage: number, ms: number, limitMs: number): Grade {
  const over = ms > limitMs;
  if (coverage >= 0.9 && ms <= limitMs / 2) return 'easy';
  if (coverage >= 0.7) return over ? 'hard' : 'good';
  if (coverage >= 0.4) return over ? 'again' : 'hard';
  return 'again';
}

/**
 * Record the grade for the revealed question, with the coverage of the key points shown beside it
 * (0–1), and show the next question.
 */
export function answerInterview(interview: Interview, grade: Grade, coverage: number, now: number): Interview {
  const cardId = currentQuestion(interview);
  const revealed = interview.revealed;
  if (cardId === undefined || !revealed) return interview;
  const share = Math.min(1, Math.max(0, coverage));
  const suggested = suggestGrade(share, revealed.ms, interview.limitMs);
  const answer: InterviewAnswer = { cardId, typed: interview.draft, ms: revealed.ms, coverage: share, suggested, grade };
  return { ...interview, answers: [...interview.answers, answer], draft: '', revealed: null, shownAt: now };
}

/** A finished rehearsal as history keeps it (without the typed text). */
export function recordOf(interview: Interview, now: number): InterviewRecord {
  return {
    startedAt: interview.startedAt,
    finishedAt: now,
    deckIds: interview.deckIds,
    limitMs: interview.limitMs,
    answers: interview.answers.map(({ cardId, ms, coverage, suggested, grade }) => ({ cardId, ms, coverage, suggested, grade })),
  };
}

/**
 * Fit a stored rehearsal to the notes as they are: questions that left the notes are dropped. A
 * question that was on screen keeps its clock when the reload comes within its time, and starts
 * afresh after a longer break.
 */
export function reconcileInterview(interview: Interview, exists: (cardId: string) => boolean, now: number): Interview {
  const away = now - interview.shownAt;
  const shownAt = away >= 0 && away <= interview.limitMs ? interview.shownAt : now;
  const current = currentQuestion(interview);
  const fresh = { ...interview, shownAt };
  if (interview.cardIds.every(exists)) return fresh;
  const stillHere = current !== undefined && exists(current);
  return {
    ...fresh,
    cardIds: interview.cardIds.filter(exists),
    answers: interview.answers.filter((a) => exists(a.cardId)),
    draft: stillHere ? interview.draft : '',
    revealed: stillHere ? interview.revealed : null,
  };
}

/** The totals of a rehearsal's report. */
export interface InterviewTotals {
  answered: number;
  /** Mean coverage, 0–1. */
  coverage: number;
  timeMs: number;
  overTime: number;
  /** Graded 1 or 2: studied again from the report. */
  missed: string[];
}

export function interviewTotals(answers: readonly Omit<InterviewAnswer, 'typed'>[], limitMs: number): InterviewTotals {
  let coverage = 0;
  let timeMs = 0;
  let overTime = 0;
  for (const a of answers) {
    coverage += a.coverage;
    timeMs += a.ms;
    if (a.ms > limitMs) overTime += 1;
  }
  return {
    answered: answers.length,
    coverage: answers.length === 0 ? 0 : coverage / answers.length,
    timeMs,
    overTime,
    missed: answers.filter((a) => a.grade === 'again' || a.grade === 'hard').map((a) => a.cardId),
  };
}

/** A topic's mean coverage in a rehearsal. */
export interface TopicScore {
  topic: string;
  coverage: number;
  questions: number;
}

/** The topics with the lowest mean coverage, weakest first, at most `limit`, ties in the order asked. */
export function weakestTopics(answers: readonly { cardId: string; coverage: number }[], topicOf: (cardId: string) => string, limit = 3): TopicScore[] {
  const byTopic = new Map<string, { sum: number; n: number }>();
  for (const a of answers) {
    const topic = topicOf(a.cardId);
    const t = byTopic.get(topic) ?? { sum: 0, n: 0 };
    t.sum += a.coverage;
    t.n += 1;
    byTopic.set(topic, t);
  }
  return [...byTopic]
    .map(([topic, t]) => ({ topic, coverage: t.sum / t.n, questions: t.n }))
    .sort((a, b) => a.coverage - b.coverage)
    .slice(0, limit);
}
