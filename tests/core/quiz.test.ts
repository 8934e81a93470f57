import { describe, expect, it } from 'vitest';
import {
  MAX_QUESTION_MS,
  answerQuiz,
  createQuiz,
  currentQuizCard,
  isQuizDone,
  missedAgainQuiz,
  missedIds,
  quizScore,
  reconcileQuiz,
  revealQuiz,
  shuffled,
  undoQuizAnswer,
  withDraft,
  withMiss,
} from '../../src/core/quiz.ts';
import { EMPTY_QUIZ_DATA, encodeQuizData, restoreQuizData } from '../../src/core/quiz-codec.ts';
import type { Grade, QuizState } from '../../src/core/types.ts';
import { seeded } from '../support/random.ts';

const NOW = Date.UTC(2025, 2, 10, 9, 0);
const SEC = 1000;

const IDS = ['q1', 'q2', 'q3', 'q4', 'q5'];
const start = (typeAnswers = false): QuizState => createQuiz({ deckId: 'orm-questions', cardIds: IDS, order: 'in-order', typeAnswers }, NOW, seeded(1));

/** Reveal and grade the question on screen, `seconds` after it was shown. */
function step(q: QuizState, grade: Grade, seconds = 10): QuizState {
  return answerQuiz(revealQuiz(q), grade, q.shownAt + seconds * SEC);
}

describe('a quiz', () => {
  it('asks the questions in the notes order, one at a time, and ends with every one answered', () => {
    let q = start();
    const asked: string[] = [];
    while (!isQuizDone(q)) {
      asked.push(currentQuizCard(q)!);
      q = step(q, 'good');
    }
    expect(asked).toEqual(IDS);
    expect(currentQuizCard(q)).toBeUndefined();
  });

  it('shuffled asks every question exactly once, in another order', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `q${i}`);
    const q = createQuiz({ deckId: 'd', cardIds: ids, order: 'shuffled', typeAnswers: false }, NOW, seeded(7));
    expect([...q.cardIds].sort()).toEqual([...ids].sort());
    expect(q.cardIds).not.toEqual(ids);
  });

  it('shuffles with the random source it is given (Fisher–Yates)', () => {
    // random() always 0: every element swaps with the first, a rotation.
    expect(shuffled([1, 2, 3, 4], () => 0)).toEqual([2, 3, 4, 1]);
  });

  it('does not grade a question whose answer is not shown yet', () => {
    const q = start();
    expect(answerQuiz(q, 'good', NOW + SEC)).toBe(q);
  });

  it('scores 3 and 4 as known, 2 as shaky, 1 as missed, and adds up the time', () => {
    let q = start();
    for (const g of ['good', 'easy', 'hard', 'again', 'good'] as const) q = step(q, g, 20);
    expect(quizScore(q)).toEqual({ total: 5, answered: 5, known: 3, shaky: 1, missed: 1, timeMs: 100 * SEC });
    expect(missedIds(q)).toEqual(['q4']);
  });

  it('caps the time counted for one question, so a tab left open over lunch is not quiz time', () => {
    const q = step(start(), 'good', 3600);
    expect(q.answers[0]!.ms).toBe(MAX_QUESTION_MS);
  });

  it('keeps a typed answer with its grade, and only when the quiz asks for typing', () => {
    let q = withDraft(start(true), 'JOIN в одном запросе');
    q = step(q, 'good');
    expect(q.answers[0]).toMatchObject({ cardId: 'q1', typed: 'JOIN в одном запросе' });
    expect(q.draft).toBe('');
    const untyped = step(withDraft(start(false), 'ignored'), 'good');
    expect(untyped.answers[0]!.typed).toBeUndefined();
    const blank = step(withDraft(start(true), '   '), 'good');
    expect(blank.answers[0]!.typed).toBeUndefined();
  });

  it('reveal keeps what was typed, and a draft cannot change once revealed', () => {
    const q = revealQuiz(start(true), 'мой ответ');
    expect(q).toMatchObject({ revealed: true, draft: 'мой ответ' });
    expect(withDraft(q, 'другой')).toBe(q);
  });

  it('undo shows the last question again, unrevealed, with its typed answer and its time given back', () => {
    let q = withDraft(start(true), 'ответ');
    q = step(q, 'again', 30);
    const undone = undoQuizAnswer(q, NOW + 60 * SEC);
    expect(currentQuizCard(undone)).toBe('q1');
    expect(undone).toMatchObject({ revealed: false, draft: 'ответ', answers: [] });
    expect(undone.shownAt).toBe(NOW + 30 * SEC);
    expect(undoQuizAnswer(start(), NOW)).toEqual(start());
  });

  it('"quiz the missed again" asks only the missed questions', () => {
    let q = start();
    for (const g of ['again', 'good', 'again', 'hard', 'good'] as const) q = step(q, g);
    const again = missedAgainQuiz(q, NOW + 600 * SEC, seeded(2));
    expect(again).toMatchObject({ cardIds: ['q1', 'q3'], round: 'missed', answers: [], order: 'in-order' });
  });
});

describe('reconcileQuiz', () => {
  it('restarts the clock of the question on screen (a night away is not quiz time)', () => {
    const q = step(start(), 'good');
    const later = NOW + 12 * 3600 * SEC;
    expect(reconcileQuiz(q, () => true, later)).toEqual({ ...q, shownAt: later });
  });

  it('drops questions that left the notes and keeps the rest with their grades', () => {
    let q = start();
    q = step(step(q, 'good'), 'again');
    q = revealQuiz(q);
    const gone = new Set(['q1', 'q4']);
    const r = reconcileQuiz(q, (id) => !gone.has(id), NOW);
    expect(r.cardIds).toEqual(['q2', 'q3', 'q5']);
    expect(r.answers.map((a) => a.cardId)).toEqual(['q2']);
    expect(currentQuizCard(r)).toBe('q3');
    expect(r.revealed).toBe(true);
  });

  it('a question on screen that left the notes gives way to the next, unrevealed', () => {
    const q = revealQuiz(withDraft(start(true), 'half'));
    const r = reconcileQuiz(q, (id) => id !== 'q1', NOW);
    expect(currentQuizCard(r)).toBe('q2');
    expect(r).toMatchObject({ revealed: false, draft: '' });
  });
});

describe('quiz misses', () => {
  it('count each grade of 1, with its time; other grades leave them alone', () => {
    const m1 = withMiss(new Map(), 'q1', 'again', NOW);
    const m2 = withMiss(m1, 'q1', 'again', NOW + SEC);
    expect(m2.get('q1')).toEqual({ count: 2, last: NOW + SEC });
    expect(withMiss(m2, 'q1', 'hard', NOW)).toBe(m2);
  });
});

describe('quiz storage', () => {
  it('round-trips quizzes and misses', () => {
    let q = start(true);
    q = step(withDraft(q, 'typed'), 'again');
    q = withDraft(q, 'half-typed');
    const data = { quizzes: new Map([[q.deckId, q]]), misses: new Map([['q1', { count: 1, last: NOW }]]) };
    const restored = restoreQuizData(JSON.parse(encodeQuizData(data)));
    expect(restored.problems).toEqual([]);
    expect(restored.value.quizzes.get('orm-questions')).toEqual(q);
    expect(restored.value.misses).toEqual(data.misses);
  });

  it('keeps a card id such as "__proto__" as ordinary data', () => {
    const data = { quizzes: new Map(), misses: new Map([['__proto__', { count: 3, last: NOW }]]) };
    expect(restoreQuizData(JSON.parse(encodeQuizData(data))).value.misses.get('__proto__')).toEqual({ count: 3, last: NOW });
  });

  it('leaves out a broken quiz or miss, names it, and keeps the rest', () => {
    const good = start();
    const json = {
      v: 1,
      quizzes: [good, { ...good, deckId: 'other', answers: [{ cardId: 'zz', grade: 'good', ms: 1 }] }, 'junk'],
      misses: [['q1', 2, NOW], ['q2', -1, NOW], ['q3']],
    };
    const { value, problems } = restoreQuizData(json);
    expect([...value.quizzes.keys()]).toEqual(['orm-questions']);
    expect([...value.misses.keys()]).toEqual(['q1']);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/answers do not follow the questions/);
  });

  it('reads an unknown version or shape as nothing, with a problem to report', () => {
    expect(restoreQuizData({ v: 2, quizzes: [], misses: [] })).toMatchObject({ value: EMPTY_QUIZ_DATA, problems: [expect.stringMatching(/quizzes/)] });
    expect(restoreQuizData(null).problems).toHaveLength(1);
  });
});
