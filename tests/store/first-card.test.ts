/**
 * The first card shows before two things it does not need have arrived (src/main.tsx): the cards'
 * answers and the scheduler's engine. The store must cope with both arriving late.
 */
import { describe, expect, it, vi } from 'vitest';
import { packCollection, unpackCollection } from '../../src/core/collection-pack.ts';
import type { Card, Collection } from '../../src/core/types.ts';
import { createAppStore } from '../../src/store/app-store.ts';
import { createPersistence } from '../../src/store/persistence.ts';
import { selectCurrentCard } from '../../src/store/selectors.ts';

const NOW = new Date(2025, 2, 10, 9, 0).getTime();
const card = (id: string): Card => ({ id, deck: 'orm', question: `Q ${id}`, answer: `A ${id}`, source: { file: 'content/orm.md', line: 1 }, kind: 'section' });
const FULL: Collection = { decks: [{ id: 'orm', title: 'ORM', kind: 'section', source: { file: 'content/orm.md', line: 1 }, cardCount: 2 }], cards: [card('a'), card('b')], skipped: [], warnings: [] };
const memory = () => createPersistence({ storage: null });

describe('answers that arrive after the first card', () => {
  const { index, answers } = packCollection(FULL);

  it('shows the first question at once, then gives every card its answer', () => {
    const store = createAppStore({ collection: unpackCollection(index, null), answers: 'loading', storage: memory(), now: NOW, scheduler: { fuzz: false } });
    store.getState().startSession(NOW);
    expect(selectCurrentCard(store.getState())).toMatchObject({ question: 'Q a', answer: '' });
    expect(store.getState().answers).toBe('loading');

    store.getState().receiveAnswers(answers);
    expect(store.getState().answers).toBe('ready');
    expect(selectCurrentCard(store.getState())).toMatchObject({ question: 'Q a', answer: 'A a' });
    expect(store.getState().collection).toEqual(FULL);
  });

  it('if they cannot be loaded, says so and keeps the questions and the session', () => {
    const store = createAppStore({ collection: unpackCollection(index, null), answers: 'loading', storage: memory(), now: NOW, scheduler: { fuzz: false } });
    store.getState().startSession(NOW);
    store.getState().receiveAnswers(new Error('offline'));
    expect(store.getState().answers).toBe('failed');
    expect(selectCurrentCard(store.getState())?.question).toBe('Q a');
    // Answers of another build are refused the same way, not spread over the wrong cards.
    store.getState().receiveAnswers(['only one']);
    expect(store.getState().answers).toBe('failed');
  });
});

/** A store on fresh module copies, before ts-fsrs has loaded (as main.tsx has it at start). */
async function storeBeforeEngine() {
  vi.resetModules();
  const scheduler = await import('../../src/core/scheduler.ts');
  const { createAppStore: create } = await import('../../src/store/app-store.ts');
  const { createPersistence: persistence } = await import('../../src/store/persistence.ts');
  expect(scheduler.isSchedulerReady()).toBe(false);
  const store = create({ collection: FULL, storage: persistence({ storage: null }), now: NOW, scheduler: { fuzz: false } });
  return { store, loadEngine: scheduler.loadSchedulerEngine };
}

describe('grading before the scheduler has loaded', () => {
  it('shows the first card without intervals, and fills them in when the engine arrives', async () => {
    const { store, loadEngine } = await storeBeforeEngine();
    store.getState().startSession(NOW);
    store.getState().reveal();
    expect(store.getState().session?.current).toMatchObject({ cardId: 'a', state: 'new', preview: null });
    expect(store.getState().schedulerLoaded).toBe(false);
    await loadEngine();
    store.getState().schedulerReady();
    expect(store.getState().schedulerLoaded).toBe(true);
    expect(store.getState().session?.current?.preview?.good).toBe(NOW + 10 * 60_000);
  });

  it('regression: a grade given while the engine loads is applied once it has, not lost', async () => {
    const { store, loadEngine } = await storeBeforeEngine();
    store.getState().startSession(NOW);
    store.getState().reveal();
    store.getState().answer('good', NOW + 1000);
    expect(store.getState().progress.size).toBe(0);
    expect(store.getState().session?.current?.cardId).toBe('a');

    await loadEngine();
    store.getState().schedulerReady();
    expect(store.getState().progress.get('a')?.sched.state).toBe('learning');
    expect(store.getState().session?.current?.cardId).toBe('b');
  });

  it('Z before the engine arrives takes back the grade that was waiting', async () => {
    const { store, loadEngine } = await storeBeforeEngine();
    store.getState().startSession(NOW);
    store.getState().reveal();
    store.getState().answer('again', NOW + 1000);
    store.getState().undo(NOW + 2000);
    await loadEngine();
    store.getState().schedulerReady();
    expect(store.getState().progress.size).toBe(0);
    expect(store.getState().session?.current?.cardId).toBe('a');
  });
});
