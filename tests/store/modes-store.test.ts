import { beforeEach, describe, expect, it } from 'vitest';
import type { Card } from '../../src/core/types.ts';
import type { AppStore } from '../../src/store/app-store.ts';
import { selectWeakCards } from '../../src/store/mode-selectors.ts';
import { selectHeadlineQuizDeck } from '../../src/store/quiz-selectors.ts';
import { makeCard, makeCards, makeCollection } from '../support/cards.ts';
import { FailingStorage, quotaError } from '../support/memory-storage.ts';
import { createTestStore } from '../support/store.ts';
import { DAY, MIN, NOW } from '../support/time.ts';

const QUIZ_KEY = 'flashcards.quiz';
const FLAGS_KEY = 'flashcards.flags';

const CARDS = [...makeCards(['q1', 'q2', 'q3'], { deck: 'qs', kind: 'numbered' }), makeCard('s1', { deck: 'notes' })];
const TITLES = { notes: 'Notes', qs: '50 questions' };

let ls: FailingStorage;
beforeEach(() => {
  ls = new FailingStorage();
});

function makeStore(cards: Card[] = CARDS, now = NOW): AppStore {
  return createTestStore({ collection: makeCollection(cards, TITLES), storage: ls, now });
}

/** Reveal and grade the quiz question on screen. */
function quizGrade(store: AppStore, grade: 'again' | 'hard' | 'good' | 'easy', now: number): string {
  const quiz = store.getState().quizzes.get('qs')!;
  const id = quiz.cardIds[quiz.answers.length]!;
  store.getState().revealQuizAnswer('qs');
  store.getState().gradeQuiz('qs', grade, now);
  return id;
}

describe('quiz in the store', () => {
  it('grades go into the same FSRS progress as study grades', () => {
    const store = makeStore();
    store.getState().startQuiz('qs', { order: 'in-order', typeAnswers: false }, NOW);
    quizGrade(store, 'good', NOW + 10_000);
    const record = store.getState().progress.get('q1');
    expect(record?.log).toEqual([{ review: NOW, grade: 'good', stateBefore: 'new', elapsedDays: 0 }]);
    expect(record?.sched.state).toBe('learning');
  });

  it('a quiz grade, and its undo, reach subscribers as one change: the record and the quiz step together', () => {
    const store = makeStore();
    store.getState().startQuiz('qs', { order: 'in-order', typeAnswers: false }, NOW);
    store.getState().revealQuizAnswer('qs');
    const seen: { graded: boolean; answers: number | undefined }[] = [];
    store.subscribe((s) => seen.push({ graded: s.progress.has('q1'), answers: s.quizzes.get('qs')?.answers.length }));

    store.getState().gradeQuiz('qs', 'again', NOW + 1000);
    expect(seen).toEqual([{ graded: true, answers: 1 }]);

    store.getState().undoQuizGrade('qs', NOW + 2000);
    expect(seen).toEqual([
      { graded: true, answers: 1 },
      { graded: false, answers: 0 },
    ]);
  });

  it('a quiz grade before the answer is shown does nothing', () => {
    const store = makeStore();
    store.getState().startQuiz('qs', { order: 'in-order', typeAnswers: false }, NOW);
    store.getState().gradeQuiz('qs', 'good', NOW);
    expect(store.getState().progress.size).toBe(0);
    expect(store.getState().quizzes.get('qs')?.answers).toEqual([]);
  });

  it('resumes after a reload where it stopped, with its typed draft', () => {
    const store = makeStore();
    store.getState().startQuiz('qs', { order: 'in-order', typeAnswers: true }, NOW);
    quizGrade(store, 'again', NOW + 5000);
    store.getState().saveQuizDraft('qs', 'половина ответа');
    const reloaded = makeStore(CARDS, NOW + DAY);
    const quiz = reloaded.getState().quizzes.get('qs');
    expect(quiz?.answers.map((a) => [a.cardId, a.grade])).toEqual([['q1', 'again']]);
    expect(quiz?.cardIds[quiz.answers.length]).toBe('q2');
    expect(quiz?.draft).toBe('половина ответа');
    // The clock of the question on screen restarts at the reload.
    expect(quiz?.shownAt).toBe(NOW + DAY);
    expect(reloaded.getState().quizMisses.get('q1')).toEqual({ count: 1, last: NOW + 5000 });
  });

  it('undo takes back the card progress, the quiz miss and the quiz step', () => {
    const store = makeStore();
    store.getState().startQuiz('qs', { order: 'in-order', typeAnswers: false }, NOW);
    quizGrade(store, 'good', NOW + 1000);
    const afterFirst = store.getState().progress.get('q1');
    quizGrade(store, 'again', NOW + 2000);
    expect(store.getState().quizUndo).toEqual({ deckId: 'qs', depth: 2 });
    store.getState().undoQuizGrade('qs', NOW + 3000);
    const s = store.getState();
    expect(s.progress.has('q2')).toBe(false);
    expect(s.quizMisses.has('q2')).toBe(false);
    expect(s.quizzes.get('qs')).toMatchObject({ answers: [{ cardId: 'q1', grade: 'good' }], revealed: false });
    expect(s.progress.get('q1')).toBe(afterFirst);
    store.getState().undoQuizGrade('qs', NOW + 4000);
    expect(store.getState().progress.size).toBe(0);
    expect(store.getState().quizUndo).toBeNull();
  });

  it('"quiz the missed again" asks only the missed ones; a new quiz starts from the first question', () => {
    const store = makeStore();
    store.getState().startQuiz('qs', { order: 'in-order', typeAnswers: false }, NOW);
    quizGrade(store, 'again', NOW + 1000);
    quizGrade(store, 'good', NOW + 2000);
    quizGrade(store, 'again', NOW + 3000);
    store.getState().retryMissedQuiz('qs', NOW + 4000);
    expect(store.getState().quizzes.get('qs')).toMatchObject({ cardIds: ['q1', 'q3'], round: 'missed', answers: [] });
    quizGrade(store, 'good', NOW + 5000);
    // Starting over a re-run of the missed asks the missed again, not the whole deck.
    store.getState().restartQuiz('qs', NOW + 6000);
    expect(store.getState().quizzes.get('qs')).toMatchObject({ cardIds: ['q1', 'q3'], round: 'missed', answers: [] });
    store.getState().discardQuiz('qs');
    expect(store.getState().quizzes.has('qs')).toBe(false);
    // Misses stay for the weak list.
    expect([...store.getState().quizMisses.keys()]).toEqual(['q1', 'q3']);
  });

  it('a quiz whose questions left the notes resumes on the ones that remain', () => {
    const store = makeStore();
    store.getState().startQuiz('qs', { order: 'in-order', typeAnswers: false }, NOW);
    quizGrade(store, 'good', NOW + 1000);
    const reloaded = makeStore(CARDS.filter((c) => c.id !== 'q2'));
    expect(reloaded.getState().quizzes.get('qs')).toMatchObject({ cardIds: ['q1', 'q3'], answers: [{ cardId: 'q1' }] });
  });

  it('regression: damaged quiz storage is backed up and reported, not lost or thrown', () => {
    ls.data.set(QUIZ_KEY, '{"v":1,"quizzes":[{"deckId":"qs"}],"misses":[]');
    const store = makeStore();
    expect(store.getState().quizzes.size).toBe(0);
    const backup = [...ls.data.keys()].find((k) => k.startsWith(`${QUIZ_KEY}.backup.`));
    expect(backup && ls.data.get(backup)).toBe('{"v":1,"quizzes":[{"deckId":"qs"}],"misses":[]');
    expect(store.getState().notices).toContainEqual(expect.objectContaining({ kind: 'damaged', what: 'quiz', backupKey: backup }));
  });

  it('when the damaged value cannot be backed up, it is never written over', () => {
    ls.data.set(QUIZ_KEY, 'garbage');
    ls.failWith = (key) => (key.startsWith(`${QUIZ_KEY}.backup.`) ? quotaError() : null);
    const store = makeStore();
    store.getState().startQuiz('qs', { order: 'in-order', typeAnswers: false }, NOW);
    expect(ls.data.get(QUIZ_KEY)).toBe('garbage');
    expect(store.getState().notices).toContainEqual(expect.objectContaining({ kind: 'not-saved', reason: 'backup-failed' }));
  });
});

describe('flags and stars in the store', () => {
  it('survive a reload', () => {
    const store = makeStore();
    store.getState().flagCard('q2', 'ответ от другого вопроса', NOW);
    store.getState().toggleStar('s1', NOW);
    expect(JSON.parse(ls.data.get(FLAGS_KEY)!).v).toBe(1);
    const reloaded = makeStore();
    expect(reloaded.getState().marks.get('q2')).toMatchObject({ flagged: true, note: 'ответ от другого вопроса' });
    expect(reloaded.getState().marks.get('s1')).toMatchObject({ starred: true });
  });
});

describe('"study these now"', () => {
  it('a session over a list takes exactly those cards, due or not', () => {
    const store = makeStore();
    store.getState().updateSettings({ newPerDay: 0 });
    store.getState().startSession(NOW, null, ['q3', 's1']);
    const seen: string[] = [];
    while (store.getState().session?.current) {
      const id = store.getState().session!.current!.cardId;
      seen.push(id);
      store.getState().reveal();
      store.getState().answer('easy', NOW + seen.length * MIN);
    }
    expect(seen).toEqual(['q3', 's1']);
  });
});

describe('mode selectors', () => {
  it('the weak list follows grades, and is the same object until something changes', () => {
    const store = makeStore();
    const before = selectWeakCards(store.getState(), NOW);
    expect(before).toEqual([]);
    expect(selectWeakCards(store.getState(), NOW)).toBe(before);
    store.getState().startQuiz('qs', { order: 'in-order', typeAnswers: false }, NOW);
    quizGrade(store, 'again', NOW + 1000);
    const after = selectWeakCards(store.getState(), NOW + 2000);
    expect(after.map((w) => w.card.id)).toEqual(['q1']);
    expect(after[0]!.reasons.map((r) => r.kind)).toEqual(['quiz-misses', 'recent-again']);
  });

  it('the quiz link opens the largest numbered question list', () => {
    expect(selectHeadlineQuizDeck(makeStore().getState())?.id).toBe('qs');
  });
});
