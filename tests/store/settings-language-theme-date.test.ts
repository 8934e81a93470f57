import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/i18n/lang.ts';
import { SETTINGS_KEY } from '../../src/store/persistence.ts';
import type { KeyValueStorage } from '../../src/store/persistence.ts';
import { selectInterviewReadiness, selectStats } from '../../src/store/stats-selectors.ts';
import { makeCard, makeCollection } from '../support/cards.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { createTestStore } from '../support/store.ts';

const NOW = new Date(2025, 2, 11, 9, 0).getTime();
const collection = makeCollection([makeCard('a', { topic: 'Django' }), makeCard('b', { topic: 'SQL' })]);

function makeStore(storage: KeyValueStorage, preferredLanguages?: readonly string[]) {
  return createTestStore({ collection, storage, now: NOW, preferredLanguages });
}

describe('the language of a first visit', () => {
  it("follows the browser's first supported language", () => {
    expect(detectLang(['en-GB', 'ru'])).toBe('en');
    expect(detectLang(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(detectLang(['EN-us'])).toBe('en');
  });

  it('is Russian when the browser names none we have, or nothing at all', () => {
    expect(detectLang(['de-DE', 'fr'])).toBe('ru');
    expect(detectLang([])).toBe('ru');
  });

  it('an English browser gets English until a language is chosen', () => {
    const storage = new MemoryStorage();
    expect(makeStore(storage, ['en-US', 'en']).getState().settings.language).toBe('en');
    expect(makeStore(storage).getState().settings.language).toBe('ru');
  });

  it('a chosen language is kept whatever the browser says', () => {
    const storage = new MemoryStorage();
    makeStore(storage, ['en-US']).getState().updateSettings({ language: 'ru' });
    expect(makeStore(storage, ['en-US']).getState().settings.language).toBe('ru');
  });
});

describe('theme and interview date settings', () => {
  it('are kept across a reload', () => {
    const storage = new MemoryStorage();
    const store = makeStore(storage);
    expect(store.getState().updateSettings({ theme: 'dark', interviewDate: '2025-04-01' })).toEqual([]);
    expect(JSON.parse(storage.data.get(SETTINGS_KEY)!)).toMatchObject({ theme: 'dark', interviewDate: '2025-04-01' });
    expect(makeStore(storage).getState().settings).toMatchObject({ theme: 'dark', interviewDate: '2025-04-01' });
    store.getState().updateSettings({ interviewDate: null });
    expect(makeStore(storage).getState().settings.interviewDate).toBeNull();
  });

  it('reject a theme or a date that does not exist, keeping the previous value', () => {
    const store = makeStore(new MemoryStorage());
    store.getState().updateSettings({ interviewDate: '2025-04-01' });
    expect(store.getState().updateSettings({ theme: 'sepia' as never, interviewDate: '2025-02-30' })).toEqual(['theme', 'interviewDate']);
    expect(store.getState().settings).toMatchObject({ theme: 'system', interviewDate: '2025-04-01' });
  });

  it('settings stored before these fields existed load without a damage notice', () => {
    const storage = new MemoryStorage({ [SETTINGS_KEY]: '{"v":1,"newPerDay":15,"desiredRetention":0.9,"dayStartHour":4,"language":"en"}' });
    const store = makeStore(storage, ['ru']);
    expect(store.getState().settings).toMatchObject({ newPerDay: 15, language: 'en', theme: 'system', interviewDate: null });
    expect(store.getState().notices).toEqual([]);
  });

  it('a damaged date falls back to none, with a notice, and nothing else is lost', () => {
    const storage = new MemoryStorage({ [SETTINGS_KEY]: '{"v":1,"newPerDay":15,"interviewDate":"tomorrow","theme":"dark"}' });
    const store = makeStore(storage);
    expect(store.getState().settings).toMatchObject({ newPerDay: 15, theme: 'dark', interviewDate: null });
    expect(store.getState().notices[0]).toMatchObject({ kind: 'damaged', what: 'settings', lost: 1 });
  });
});

describe('stats selectors', () => {
  it('compute once per change of progress, date or day, not once per call', () => {
    const store = makeStore(new MemoryStorage());
    const stats = selectStats(store.getState(), NOW);
    const ready = selectInterviewReadiness(store.getState(), NOW);
    expect(selectStats(store.getState(), NOW + 60_000)).toBe(stats);
    expect(selectInterviewReadiness(store.getState(), NOW + 60_000)).toBe(ready);
    expect(ready.interview).toBeNull();

    store.getState().updateSettings({ interviewDate: '2025-03-25' });
    const withDate = selectInterviewReadiness(store.getState(), NOW);
    expect(withDate).not.toBe(ready);
    expect(withDate.interview).toMatchObject({ date: '2025-03-25', daysLeft: 14 });

    store.getState().startSession(NOW);
    store.getState().reveal();
    store.getState().answer('good', NOW);
    const after = selectStats(store.getState(), NOW);
    expect(after).not.toBe(stats);
    expect(after.states).toEqual({ new: 1, learning: 1, review: 0, relearning: 0 });
    expect(after.reviewsPerDay.at(-1)).toBe(1);
  });
});
