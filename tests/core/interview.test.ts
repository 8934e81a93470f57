// @vitest-environment node
/** The rehearsal's own record (src/core/interview.ts) and its stored form (src/core/interview-codec.ts). */
import { describe, expect, it } from 'vitest';
import { EMPTY_INTERVIEW_DATA, encodeInterviewData, restoreInterviewData } from '../../src/core/interview-codec.ts';
import {
  HISTORY_LIMIT,
  MAX_ANSWER_MS,
  answerInterview,
  createInterview,
  currentQuestion,
  drawQuestions,
  interviewTotals,
  isInterviewDone,
  reconcileInterview,
  recordOf,
  revealInterview,
  suggestGrade,
  weakestTopics,
  withInterviewDraft,
} from '../../src/core/interview.ts';
import type { DrawCandidate, Interview } from '../../src/core/interview.ts';
import { makeProgress } from '../support/progress.ts';
import { seeded } from '../support/random.ts';
import { DAY, MIN, NOW } from '../support/time.ts';

const SEC = 1000;
const SETUP = { deckIds: ['qs'], count: 3, seconds: 120 };
const start = (): Interview => createInterview(SETUP, ['a', 'b', 'c'], NOW);

describe('drawing the questions', () => {
  const known = (id: string): DrawCandidate => ({ id, progress: makeProgress({ due: NOW + 10 * DAY }), misses: undefined });
  const weak = (id: string): DrawCandidate => ({ id, progress: makeProgress({ due: NOW + 10 * DAY, lapses: 3 }), misses: { count: 2, last: NOW - DAY } });
  const unseen = (id: string): DrawCandidate => ({ id, progress: undefined, misses: undefined });
  const due = (id: string): DrawCandidate => ({ id, progress: makeProgress({ due: NOW - DAY }), misses: undefined });

  it('draws as many distinct cards as asked, or all there are', () => {
    const cards = ['a', 'b', 'c', 'd', 'e'].map(known);
    const drawn = drawQuestions(cards, 3, NOW, seeded(1));
    expect(drawn).toHaveLength(3);
    expect(new Set(drawn).size).toBe(3);
    expect(drawQuestions(cards, 10, NOW, seeded(1)).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('draws weak, due and never-seen cards more often than known ones that are not due', () => {
    const cards = [known('known1'), known('known2'), weak('weak'), unseen('unseen'), due('due')];
    const counts = new Map<string, number>();
    const random = seeded(42);
    for (let i = 0; i < 2000; i += 1) for (const id of drawQuestions(cards, 1, NOW, random)) counts.set(id, (counts.get(id) ?? 0) + 1);
    const known1 = counts.get('known1') ?? 0;
    expect(counts.get('weak')).toBeGreaterThan(4 * known1);
    expect(counts.get('unseen')).toBeGreaterThan(2 * known1);
    expect(counts.get('due')).toBeGreaterThan(2 * known1);
    expect(known1).toBeGreaterThan(0); // still drawn, now and then
  });
});

describe('a rehearsal', () => {
  it('keeps the draft until the reveal, then the time the answer took, capped', () => {
    let i = withInterviewDraft(start(), 'ORM — это');
    expect(i.draft).toBe('ORM — это');
    i = revealInterview(i, 'ORM — это отображение', NOW + 95 * SEC);
    expect(i.revealed).toEqual({ ms: 95 * SEC });
    expect(withInterviewDraft(i, 'changed after')).toBe(i);
    expect(revealInterview(start(), '', NOW + 5 * 3600 * SEC).revealed).toEqual({ ms: MAX_ANSWER_MS });
  });

  it('records grade, coverage and the suggestion, and moves on; only a revealed question takes a grade', () => {
    let i = start();
    expect(answerInterview(i, 'good', 0.8, NOW)).toBe(i);
    i = revealInterview(i, 'typed', NOW + 30 * SEC);
    i = answerInterview(i, 'hard', 0.95, NOW + 40 * SEC);
    expect(i.answers).toEqual([{ cardId: 'a', typed: 'typed', ms: 30 * SEC, coverage: 0.95, suggested: 'easy', grade: 'hard' }]);
    expect(currentQuestion(i)).toBe('b');
    expect(i).toMatchObject({ draft: '', revealed: null, shownAt: NOW + 40 * SEC });
  });

  it('is done after the last question, and its record keeps everything but the typed text', () => {
    let i = start();
    for (const [n, grade] of (['good', 'again', 'easy'] as const).entries()) {
      i = answerInterview(revealInterview(i, `answer ${n}`, NOW + (n + 1) * MIN), grade, n / 2, NOW + (n + 1) * MIN);
    }
    expect(isInterviewDone(i)).toBe(true);
    const record = recordOf(i, NOW + 10 * MIN);
    expect(record).toMatchObject({ startedAt: NOW, finishedAt: NOW + 10 * MIN, deckIds: ['qs'], limitMs: 120 * SEC });
    expect(record.answers.map((a) => Object.keys(a).sort())).toEqual(Array(3).fill(['cardId', 'coverage', 'grade', 'ms', 'suggested']));
  });

  it('after a reload, keeps its clock within the question’s time and restarts it after a longer break', () => {
    const i = start();
    expect(reconcileInterview(i, () => true, NOW + 90 * SEC).shownAt).toBe(NOW);
    expect(reconcileInterview(i, () => true, NOW + DAY).shownAt).toBe(NOW + DAY);
  });

  it('after a reload, drops questions that left the notes, and the draft of one that was on screen', () => {
    let i = answerInterview(revealInterview(start(), 'x', NOW + MIN), 'good', 1, NOW + MIN);
    i = withInterviewDraft(i, 'half an answer to b');
    const fitted = reconcileInterview(i, (id) => id !== 'b', NOW + 2 * MIN);
    expect(fitted).toMatchObject({ cardIds: ['a', 'c'], draft: '' });
    expect(currentQuestion(fitted)).toBe('c');
  });
});

describe('the suggested grade', () => {
  const LIMIT = 120 * SEC;
  it.each([
    [0.95, 50, 'easy'],
    [0.95, 90, 'good'],
    [0.7, 100, 'good'],
    [0.7, 150, 'hard'],
    [0.5, 60, 'hard'],
    [0.5, 150, 'again'],
    [0.2, 30, 'again'],
    [0, 10, 'again'],
  ] as const)('coverage %s in %s s of 120 suggests %s', (coverage, seconds, grade) => {
    expect(suggestGrade(coverage, seconds * SEC, LIMIT)).toBe(grade);
  });
});

describe('the report', () => {
  const answers = [
    { cardId: 'a', ms: 60 * SEC, coverage: 0.9, suggested: 'good', grade: 'good' },
    { cardId: 'b', ms: 150 * SEC, coverage: 0.3, suggested: 'again', grade: 'again' },
    { cardId: 'c', ms: 100 * SEC, coverage: 0.6, suggested: 'hard', grade: 'hard' },
  ] as const;

  it('totals coverage, time and what went over, and lists grades 1 and 2 as missed', () => {
    expect(interviewTotals(answers, 120 * SEC)).toEqual({ answered: 3, coverage: expect.closeTo(0.6) as number, timeMs: 310 * SEC, overTime: 1, missed: ['b', 'c'] });
  });

  it('names the topics with the lowest mean coverage first', () => {
    const topic = (id: string) => (id === 'a' ? 'ORM' : 'HTTP');
    expect(weakestTopics(answers, topic)).toEqual([
      { topic: 'HTTP', coverage: expect.closeTo(0.45) as number, questions: 2 },
      { topic: 'ORM', coverage: 0.9, questions: 1 },
    ]);
  });
});

describe('the stored form', () => {
  const done = answerInterview(revealInterview(start(), 'typed', NOW + MIN), 'good', 0.75, NOW + MIN);

  it('round-trips the rehearsal in progress and the history', () => {
    const data = { current: done, history: [recordOf(done, NOW + 2 * MIN)] };
    expect(restoreInterviewData(JSON.parse(encodeInterviewData(data)))).toEqual({ value: data, problems: [] });
  });

  it('keeps the latest HISTORY_LIMIT rehearsals', () => {
    const history = Array.from({ length: HISTORY_LIMIT + 5 }, (_, n) => ({ ...recordOf(done, NOW), startedAt: n }));
    const restored = restoreInterviewData(JSON.parse(encodeInterviewData({ current: null, history })));
    expect(restored.value.history.map((r) => r.startedAt)).toEqual(history.slice(5).map((r) => r.startedAt));
  });

  it('leaves out a damaged part, names it, and keeps the rest', () => {
    const good = recordOf(done, NOW);
    const json = { v: 1, current: { ...done, answers: [{ ...done.answers[0], cardId: 'zzz' }] }, history: [good, { ...good, limitMs: -1 }] };
    const { value, problems } = restoreInterviewData(json);
    expect(value).toEqual({ current: null, history: [good] });
    expect(problems).toEqual([expect.stringMatching(/^rehearsal in progress: .*answers do not follow/), expect.stringMatching(/^rehearsal 1: /)]);
  });

  it('reads something else as nothing, and says so', () => {
    expect(restoreInterviewData({ v: 1 })).toMatchObject({ value: EMPTY_INTERVIEW_DATA, problems: [expect.stringMatching(/^rehearsals: /)] });
  });
});
