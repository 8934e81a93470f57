/** The rehearsal in the store (src/store/interview-slice.ts): grades into FSRS, kept across reloads, filed when done. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppStore } from '../../src/store/app-store.ts';
import { makeCards, makeCollection } from '../support/cards.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { createTestStore } from '../support/store.ts';
import { MIN, NOW } from '../support/time.ts';

const KEY = 'flashcards.interview';
const COLLECTION = makeCollection(makeCards(['q1', 'q2', 'q3'], { deck: 'qs', kind: 'numbered' }));
const SETUP = { deckIds: ['qs'], count: 2, seconds: 120 };

let ls: MemoryStorage;
beforeEach(() => {
  ls = new MemoryStorage();
});

const makeStore = (now = NOW, collection = COLLECTION): AppStore => createTestStore({ collection, storage: ls, now });

/** Reveal what is typed and grade it. */
function answer(store: AppStore, typed: string, coverage: number, grade: 'again' | 'good', at: number): void {
  store.getState().saveInterviewDraft(typed);
  store.getState().revealInterviewAnswer(typed, at);
  store.getState().gradeInterview(grade, coverage, at + 5000);
}

describe('the interview rehearsal in the store', () => {
  it('puts each grade into the FSRS schedule, as a review', () => {
    const store = makeStore();
    store.getState().startInterview(SETUP, ['q2', 'q1'], NOW);
    expect(store.getState().progress.has('q2')).toBe(false);
    answer(store, 'ответ', 0.8, 'good', NOW + MIN);
    expect(store.getState().progress.get('q2')?.sched.state).toBe('learning');
    expect(store.getState().progress.get('q2')?.log).toHaveLength(1);
    expect(store.getState().interview?.answers).toEqual([expect.objectContaining({ cardId: 'q2', coverage: 0.8, grade: 'good', suggested: 'good' })]);
  });

  it('takes no grade before the answer is shown', () => {
    const store = makeStore();
    store.getState().startInterview(SETUP, ['q2', 'q1'], NOW);
    store.getState().gradeInterview('good', 1, NOW + MIN);
    expect(store.getState().progress.size).toBe(0);
    expect(store.getState().interview?.answers).toEqual([]);
  });

  it('resumes after a reload on the same question, with what was typed', async () => {
    const store = makeStore();
    store.getState().startInterview(SETUP, ['q2', 'q1'], NOW);
    answer(store, 'первый', 1, 'good', NOW + MIN);
    store.getState().saveInterviewDraft('половина ответа');
    await new Promise((resolve) => setTimeout(resolve, 0)); // progress is saved off the key press
    const again = makeStore(NOW + 2 * MIN);
    expect(again.getState().interview).toMatchObject({ cardIds: ['q2', 'q1'], draft: 'половина ответа' });
    expect(again.getState().interview?.answers).toHaveLength(1);
    expect(again.getState().progress.get('q2')?.sched.state).toBe('learning');
  });

  it('files the finished rehearsal in the history, which outlives the next one', () => {
    const store = makeStore();
    store.getState().startInterview(SETUP, ['q2', 'q1'], NOW);
    answer(store, 'a', 1, 'good', NOW + MIN);
    expect(store.getState().interviewHistory).toEqual([]);
    answer(store, 'не знаю', 0, 'again', NOW + 2 * MIN);
    expect(store.getState().interviewHistory).toEqual([expect.objectContaining({ startedAt: NOW, answers: [expect.anything(), expect.anything()] })]);
    store.getState().discardInterview();
    store.getState().startInterview(SETUP, ['q3'], NOW + 3 * MIN);
    const again = makeStore(NOW + 4 * MIN);
    expect(again.getState().interviewHistory).toHaveLength(1);
    expect(again.getState().interview?.cardIds).toEqual(['q3']);
  });

  it('a rehearsal whose questions all left the notes is not resumed', () => {
    const store = makeStore();
    store.getState().startInterview(SETUP, ['q3'], NOW);
    const fewer = makeCollection(makeCards(['q1', 'q2'], { deck: 'qs', kind: 'numbered' }));
    expect(makeStore(NOW + MIN, fewer).getState().interview).toBeNull();
  });

  it('damaged stored rehearsals are backed up and reported, not lost or thrown', () => {
    ls.data.set(KEY, '{"v":1,"current":{"cardIds":[]},"history":[]}');
    const store = makeStore();
    expect(store.getState().interview).toBeNull();
    const backup = [...ls.data.keys()].find((k) => k.startsWith(`${KEY}.backup.`));
    expect(backup && ls.data.get(backup)).toBe('{"v":1,"current":{"cardIds":[]},"history":[]}');
    expect(store.getState().notices).toContainEqual(expect.objectContaining({ kind: 'damaged', what: 'interview', backupKey: backup }));
  });
});

describe('taking a rehearsal grade back (Z)', () => {
  it('puts the card’s progress back and shows the question again, answer shown, with what was typed', () => {
    const store = makeStore();
    store.getState().startInterview(SETUP, ['q2', 'q1'], NOW);
    expect(store.getState().interviewUndo).toBe(0);
    answer(store, 'мой ответ', 0.5, 'again', NOW + MIN);
    expect(store.getState().interviewUndo).toBe(1);
    store.getState().undoInterviewGrade();
    expect(store.getState().progress.has('q2')).toBe(false);
    expect(store.getState().interview).toMatchObject({ answers: [], draft: 'мой ответ', revealed: { ms: MIN } });
    expect(store.getState().interviewUndo).toBe(0);
    // And a grade given again goes in as the only one.
    store.getState().gradeInterview('good', 0.5, NOW + 2 * MIN);
    expect(store.getState().progress.get('q2')?.log).toHaveLength(1);
  });

  it('after the last question, takes the rehearsal out of the history again', () => {
    const store = makeStore();
    store.getState().startInterview(SETUP, ['q2', 'q1'], NOW);
    answer(store, 'a', 1, 'good', NOW + MIN);
    answer(store, 'b', 1, 'good', NOW + 2 * MIN);
    expect(store.getState().interviewHistory).toHaveLength(1);
    store.getState().undoInterviewGrade();
    expect(store.getState().interviewHistory).toHaveLength(0);
    expect(store.getState().interview?.answers).toHaveLength(1);
  });

  it('has nothing to take back after a new rehearsal starts, or after a reload', () => {
    const store = makeStore();
    store.getState().startInterview(SETUP, ['q2', 'q1'], NOW);
    answer(store, 'a', 1, 'good', NOW + MIN);
    store.getState().startInterview(SETUP, ['q3'], NOW + 2 * MIN);
    store.getState().undoInterviewGrade();
    expect(store.getState().progress.has('q2')).toBe(true);
    expect(makeStore(NOW + 3 * MIN).getState().interviewUndo).toBe(0);
  });
});
