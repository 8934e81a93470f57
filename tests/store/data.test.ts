/** Backups, reset, import, upgrades and refusals, through the store as the settings screen uses it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseProgressFile } from '../../src/core/progress-file-read.ts';
import { buildProgressFile } from '../../src/core/progress-file.ts';
import { mergeAll } from '../../src/core/progress-merge.ts';
import { PROGRESS_SCHEMA_VERSION, decodeProgress } from '../../src/core/progress.ts';
import type { AppStore } from '../../src/store/app-store.ts';
import { KEEP_BACKUPS } from '../../src/store/backups.ts';
import { BACKUP_KEY_PREFIX, PROGRESS_KEY, SETTINGS_KEY } from '../../src/store/persistence.ts';
import { makeCards, makeCollection } from '../support/cards.ts';
import { SharedStorage, quotaError } from '../support/shared-storage.ts';
import { createTestStore, studyCards } from '../support/store.ts';
import { MIN, NOW } from '../support/time.ts';

const collection = makeCollection(makeCards(['a', 'b', 'c']));
const V1 = readFileSync(resolve(process.cwd(), 'tests/fixtures/progress-v1.json'), 'utf8');

let shared: SharedStorage;
beforeEach(() => {
  shared = new SharedStorage();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => vi.useRealTimers());

function open(now = NOW): AppStore {
  return createTestStore({ collection, ...shared.tab(), debounceMs: 50, now });
}
/** Grade the first `n` cards Easy, a minute apart from `start`, and let the save happen. */
function study(store: AppStore, n: number, start = NOW): void {
  studyCards(store, n, start);
  vi.advanceTimersByTime(60);
}
const storedProgress = () => {
  const r = decodeProgress(shared.data.get(PROGRESS_KEY)!);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.progress;
};

describe('reset', () => {
  it('keeps a backup, clears progress and writes it at once', () => {
    const store = open();
    study(store, 2);
    const before = shared.data.get(PROGRESS_KEY);
    const result = store.getState().replaceProgress(new Map(), 'reset', NOW + 10 * MIN);
    expect(result).toEqual({ ok: true, backupKey: `${BACKUP_KEY_PREFIX}${NOW + 10 * MIN}.reset` });
    expect(shared.data.get(`${BACKUP_KEY_PREFIX}${NOW + 10 * MIN}.reset`)).toBe(before);
    expect(store.getState().progress.size).toBe(0);
    expect(storedProgress().size).toBe(0); // no timer needed
    expect(store.getState().listBackups()).toEqual([expect.objectContaining({ reason: 'reset', at: NOW + 10 * MIN })]);
  });

  it('refuses when no backup can be kept, unless told to go on', () => {
    const store = open();
    study(store, 2);
    shared.failWith = (key) => (key.startsWith(BACKUP_KEY_PREFIX) ? quotaError() : null);
    expect(store.getState().replaceProgress(new Map(), 'reset', NOW + 10 * MIN)).toEqual({ ok: false, reason: 'backup-failed' });
    expect(store.getState().progress.size).toBe(2);
    expect(store.getState().replaceProgress(new Map(), 'reset', NOW + 10 * MIN, true)).toEqual({ ok: true, backupKey: null });
    expect(store.getState().progress.size).toBe(0);
  });

  it('then a restore of that backup brings the progress back', () => {
    const store = open();
    study(store, 2);
    const before = new Map(store.getState().progress);
    const { backupKey } = store.getState().replaceProgress(new Map(), 'reset', NOW + 10 * MIN) as { backupKey: string };
    const file = parseProgressFile(store.getState().readBackup(backupKey)!);
    if (!file.ok) throw new Error('backup unreadable');
    store.getState().replaceProgress(file.value.progress, 'restore', NOW + 11 * MIN);
    expect(store.getState().progress).toEqual(before);
  });
});

describe('import', () => {
  it('merge mode adds and updates cards, keeps the others, after a backup', () => {
    const source = open();
    study(source, 3);
    const file = buildProgressFile({ progress: source.getState().progress, cardIds: ['a', 'b', 'c'], appVersion: 'test', now: NOW });
    shared.data.clear();
    const store = open();
    study(store, 1, NOW + 5 * MIN);
    const parsed = parseProgressFile(file);
    if (!parsed.ok) throw new Error('file unreadable');
    const changes = mergeAll(store.getState().progress, parsed.value.progress);
    expect([...changes.keys()].sort()).toEqual(['a', 'b', 'c']);
    const result = store.getState().mergeProgressIn(changes, NOW + 10 * MIN);
    expect(result.ok && result.backupKey).toBe(`${BACKUP_KEY_PREFIX}${NOW + 10 * MIN}.import`);
    expect(storedProgress().get('a')?.log).toHaveLength(2); // this browser's review of a, and the file's
    expect(storedProgress().size).toBe(3);
  });
});

describe('backups', () => {
  it(`keeps the newest ${KEEP_BACKUPS} backups made before changes, and every backup of damaged data`, () => {
    shared.data.set(`${BACKUP_KEY_PREFIX}${NOW - 5}`, 'damaged once');
    const store = open();
    study(store, 1);
    for (let i = 1; i <= 5; i += 1) store.getState().replaceProgress(new Map(), 'reset', NOW + i);
    const kept = store.getState().listBackups();
    expect(kept.map((b) => b.key)).toEqual([
      `${BACKUP_KEY_PREFIX}${NOW + 5}.reset`,
      `${BACKUP_KEY_PREFIX}${NOW + 4}.reset`,
      `${BACKUP_KEY_PREFIX}${NOW + 3}.reset`,
      `${BACKUP_KEY_PREFIX}${NOW - 5}`,
    ]);
    expect(kept[3]).toMatchObject({ reason: 'damaged', chars: 'damaged once'.length });
  });

  it('reads and deletes only backup keys', () => {
    const store = open();
    study(store, 1);
    expect(store.getState().readBackup(PROGRESS_KEY)).toBeNull();
    expect(store.getState().deleteBackup(SETTINGS_KEY)).toBe(false);
    const key = (store.getState().replaceProgress(new Map(), 'reset', NOW + 1) as { backupKey: string }).backupKey;
    expect(store.getState().deleteBackup(key)).toBe(true);
    expect(store.getState().listBackups()).toEqual([]);
  });

  it('a full quota makes room by dropping the oldest backups made before changes, never a damaged one', () => {
    shared.data.set(`${BACKUP_KEY_PREFIX}${NOW - 9}`, 'damaged');
    const store = open();
    study(store, 1);
    for (let i = 1; i <= 3; i += 1) store.getState().replaceProgress(new Map(), 'reset', NOW + i);
    let calls = 0;
    shared.failWith = (key) => (key.startsWith(BACKUP_KEY_PREFIX) && ++calls === 1 ? quotaError() : null);
    expect(store.getState().replaceProgress(new Map(), 'import', NOW + 4).ok).toBe(true);
    expect(store.getState().listBackups().map((b) => b.reason)).toEqual(['import', 'reset', 'reset', 'damaged']);
  });
});

describe('loading stored data', () => {
  it('an older schema is migrated, its value backed up, and written back in the current schema', () => {
    shared.data.set(PROGRESS_KEY, V1);
    const store = open();
    expect(store.getState().progress.size).toBe(5);
    expect(store.getState().notices).toEqual([]);
    expect(shared.data.get(`${BACKUP_KEY_PREFIX}${NOW}.upgrade`)).toBe(V1);
    expect(JSON.parse(shared.data.get(PROGRESS_KEY)!).v).toBe(PROGRESS_SCHEMA_VERSION);
  });

  it('regression: a newer schema is neither backed up nor written over, and studying goes on in memory', () => {
    const newer = `{"v":${PROGRESS_SCHEMA_VERSION + 1},"cards":{"a":"whatever it is"}}`;
    shared.data.set(PROGRESS_KEY, newer);
    const store = open();
    expect(store.getState().notices).toEqual([
      expect.objectContaining({ kind: 'damaged', cause: 'newer-version', backupKey: null }),
      expect.objectContaining({ kind: 'not-saved', reason: 'newer-version' }),
    ]);
    study(store, 2);
    store.getState().replaceProgress(new Map(), 'reset', NOW + MIN);
    expect(shared.data.get(PROGRESS_KEY)).toBe(newer);
    expect(store.getState().listBackups().map((b) => b.reason)).toEqual(['reset']); // this tab's reviews, kept aside
    expect(store.getState().damagedValue('progress')).toBe(newer);
  });

  it('damaged settings are backed up, repaired in storage, and their raw value kept for download', () => {
    shared.data.set(SETTINGS_KEY, '{"v":1,"newPerDay":"lots","language":"en"}');
    const store = open();
    expect(store.getState().settings).toMatchObject({ newPerDay: 20, language: 'en' });
    expect(shared.data.get(`flashcards.settings.backup.${NOW}`)).toBe('{"v":1,"newPerDay":"lots","language":"en"}');
    expect(JSON.parse(shared.data.get(SETTINGS_KEY)!)).toMatchObject({ newPerDay: 20, language: 'en' });
    expect(store.getState().damagedValue('settings')).toBe('{"v":1,"newPerDay":"lots","language":"en"}');
    expect(open().getState().notices).toEqual([]); // repaired: no second notice, no second backup
  });

  it('no storage at all: a notice, and studying in memory', () => {
    const store = createTestStore({ collection, storage: null });
    expect(store.getState().notices).toEqual([expect.objectContaining({ kind: 'not-saved', reason: 'unavailable' })]);
    study(store, 2);
    expect(store.getState().progress.size).toBe(2);
    expect(store.getState().replaceProgress(new Map(), 'reset', NOW + MIN)).toEqual({ ok: false, reason: 'backup-failed' });
  });
});
