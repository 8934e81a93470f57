// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROGRESS_SCHEMA_VERSION, decodeProgress, encodeProgress } from '../../src/core/progress.ts';
import { LOG_LIMIT } from '../../src/core/card-record.ts';
import { migrateProgressValue } from '../../src/core/progress-migrations.ts';
import type { CardProgress } from '../../src/core/types.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/**
 * Stored samples, one per earlier schema version, written by that version's code and never edited:
 * progress-v1.json by the codec of commit a0bba14 (5 cards: reviews, a lapse, a learning card, a
 * 150-grade leech, a card no longer in the notes). progress-v1.decoded.json is what v1 read from it.
 */
const V1 = fixture('progress-v1.json');
const V1_DECODED = JSON.parse(fixture('progress-v1.decoded.json')) as Record<string, CardProgress>;

describe('migrations of stored progress', () => {
  it('every earlier schema version has a stored sample that still loads', () => {
    for (let version = 1; version < PROGRESS_SCHEMA_VERSION; version += 1) {
      const path = new URL(`../fixtures/progress-v${version}.json`, import.meta.url);
      expect(existsSync(path), `tests/fixtures/progress-v${version}.json`).toBe(true);
      const decoded = decodeProgress(readFileSync(path, 'utf8'));
      expect(decoded.ok && decoded.value.migratedFrom).toBe(version);
      expect(decoded.ok && decoded.value.dropped).toEqual([]);
    }
  });

  it('v1 → v2: every card comes back as v1 read it, schedule, log and elapsed days', () => {
    const decoded = decodeProgress(V1);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.migratedFrom).toBe(1);
    expect([...decoded.value.progress.keys()]).toEqual(Object.keys(V1_DECODED));
    for (const [id, expected] of Object.entries(V1_DECODED)) {
      const got = decoded.value.progress.get(id)!;
      expect(got.sched, id).toEqual(expected.sched);
      if (expected.log.length <= LOG_LIMIT) {
        expect(got, id).toEqual(expected);
      } else {
        // A v1 log had no bound: the oldest reviews are folded, the newest LOG_LIMIT kept as they were.
        const cut = expected.log.length - LOG_LIMIT;
        expect(got.log, id).toEqual(expected.log.slice(cut));
        expect(got.folded, id).toEqual({ count: cut, first: expected.log[0]!.review, last: expected.log[cut - 1]!.review });
      }
    }
  });

  it('v1 → v2: the migrated value is written as v2 and reads back the same', () => {
    const first = decodeProgress(V1);
    if (!first.ok) throw new Error(first.error.message);
    const text = encodeProgress(first.value.progress);
    expect(JSON.parse(text).v).toBe(2);
    const again = decodeProgress(text);
    expect(again.ok && again.value.migratedFrom).toBeNull();
    expect(again.ok && again.value.progress).toEqual(first.value.progress);
  });

  it('a value without a version is left to the schema, which rejects its shape', () => {
    expect(migrateProgressValue({ cards: {} }, 2)).toEqual({ ok: true, value: { cards: {} }, from: null });
    const r = decodeProgress('{"cards":{}}');
    expect(r.ok === false && r.error.kind).toBe('bad-shape');
  });

  it('a newer version is refused, never migrated down', () => {
    expect(migrateProgressValue({ v: PROGRESS_SCHEMA_VERSION + 1, cards: {} }, PROGRESS_SCHEMA_VERSION)).toEqual({
      ok: false,
      version: PROGRESS_SCHEMA_VERSION + 1,
    });
  });
});
