// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROGRESS_FILE_FORMAT, buildProgressFile, contentFingerprint } from '../../src/core/progress-file.ts';
import { MAX_IMPORT_CHARS, parseProgressFile } from '../../src/core/progress-file-read.ts';
import type { ImportProblem } from '../../src/core/progress-file-read.ts';
import { PROGRESS_SCHEMA_VERSION } from '../../src/core/progress.ts';
import type { CardProgress } from '../../src/core/types.ts';
import { START, arbProgress, study } from '../support/arbitraries.ts';

const NOW = Date.UTC(2025, 2, 10, 9, 0);
const CARD_IDS = ['c0abc123xyz01', 'orm', 'c0learning001'];
const build = (progress: ReadonlyMap<string, CardProgress>, sections?: Record<string, unknown>): string =>
  buildProgressFile({ progress, cardIds: CARD_IDS, appVersion: '0.1.0', now: NOW, sections });

const studied = study(undefined, [
  { grade: 'good', after: 1 },
  { grade: 'good', after: 15 },
  { grade: 'again', after: 5000 },
], START)!;

/** Parsed JSON whose fields a test may spoil at will. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field, of any type, on purpose
type Spoilable = Record<string, any>;

/** A valid file, as JSON, for tests to spoil one field of. */
const validJson = (): Spoilable => JSON.parse(build(new Map([['orm', studied]])));
function problemOf(json: unknown): ImportProblem | null {
  const r = parseProgressFile(typeof json === 'string' ? json : JSON.stringify(json));
  return r.ok ? null : r.error;
}

describe('export → import', () => {
  it('is the identity on progress (property)', () => {
    fc.assert(
      fc.property(arbProgress, (progress) => {
        const r = parseProgressFile(build(progress));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.progress).toEqual(progress);
        expect(r.value.progress.size).toBe(progress.size);
      }),
      { numRuns: 200 },
    );
  });

  it('writes the format, schema version, app version, date and content fingerprint', () => {
    const json = validJson();
    expect(json).toMatchObject({
      format: PROGRESS_FILE_FORMAT,
      schemaVersion: PROGRESS_SCHEMA_VERSION,
      appVersion: '0.1.0',
      exportedAt: '2025-03-10T09:00:00.000Z',
      contentFingerprint: contentFingerprint(CARD_IDS),
    });
    expect(json.progress.orm.log[0]).toEqual({ review: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), grade: 'good', stateBefore: 'new', elapsedDays: 0 });
    const r = parseProgressFile(JSON.stringify(json));
    expect(r.ok && r.value).toMatchObject({ kind: 'export', appVersion: '0.1.0', exportedAt: NOW, contentFingerprint: contentFingerprint(CARD_IDS) });
  });

  it('keeps sections a later feature adds, and ignores them on reading', () => {
    const r = parseProgressFile(build(new Map(), { flags: { orm: ['star'] } }));
    expect(r.ok && r.value.sections).toEqual({ flags: { orm: ['star'] } });
  });

  it('the fingerprint depends on the set of card ids, not their order', () => {
    expect(contentFingerprint(['a', 'b'])).toBe(contentFingerprint(['b', 'a']));
    expect(contentFingerprint(['a', 'b'])).not.toBe(contentFingerprint(['a', 'c']));
  });
});

describe('import rejects bad files with the reason', () => {
  it('not JSON, or cut short anywhere', () => {
    const text = build(new Map([['orm', studied]]));
    expect(problemOf('hello')).toMatchObject({ kind: 'not-json' });
    for (let cut = 1; cut < text.length; cut += 7) expect(parseProgressFile(text.slice(0, cut)).ok, `cut at ${cut}`).toBe(false);
  });

  it('a file of another format, or none', () => {
    expect(problemOf({ format: 'anki-deck', schemaVersion: 2 })).toMatchObject({ kind: 'unknown-format', detail: expect.stringContaining('anki-deck') });
    expect(problemOf({ hello: 1 })).toMatchObject({ kind: 'unknown-format' });
    expect(problemOf([1, 2])).toMatchObject({ kind: 'unknown-format' });
    expect(problemOf('null')).toMatchObject({ kind: 'unknown-format' });
  });

  it('a file from a newer version, naming it', () => {
    expect(problemOf({ ...validJson(), schemaVersion: PROGRESS_SCHEMA_VERSION + 1 })).toEqual({ kind: 'newer-version', version: PROGRESS_SCHEMA_VERSION + 1 });
    expect(problemOf({ ...validJson(), schemaVersion: '2' })).toMatchObject({ kind: 'unknown-format' });
    expect(problemOf({ ...validJson(), schemaVersion: 1.5 })).toMatchObject({ kind: 'unknown-format' });
  });

  it('too large to be an export', () => {
    expect(problemOf(' '.repeat(MAX_IMPORT_CHARS + 1))).toMatchObject({ kind: 'too-large' });
  });

  const spoilt: [string, (j: Spoilable) => void, string][] = [
    ['an id that is not a card id', (j) => (j.progress['<img src=x onerror=alert(1)>'] = j.progress.orm), 'progress["<img src=x onerror=alert(1)>"]'],
    ['a date that is not a date', (j) => (j.progress.orm.due = 'tomorrow'), 'progress["orm"].due'],
    ['a date out of range', (j) => (j.progress.orm.log[0].review = '1970-01-01T00:00:00.000Z'), 'progress["orm"].log[0].review'],
    ['a number where a date goes', (j) => (j.exportedAt = 1741597200000), 'exportedAt'],
    ['an unknown state', (j) => (j.progress.orm.state = 'mastered'), 'progress["orm"].state'],
    ['an unknown grade', (j) => (j.progress.orm.log[1].grade = 'perfect'), 'progress["orm"].log[1].grade'],
    ['difficulty out of range', (j) => (j.progress.orm.difficulty = 11), 'progress["orm"].difficulty'],
    ['a negative count', (j) => (j.progress.orm.reps = -1), 'progress["orm"].reps'],
    ['a fractional count', (j) => (j.progress.orm.lapses = 0.5), 'progress["orm"].lapses'],
    ['an infinite number', (j) => (j.progress.orm.stability = '__INF__'), 'progress["orm"].stability'],
    ['more lapses than reviews', (j) => (j.progress.orm.lapses = j.progress.orm.reps + 1), 'progress["orm"]'],
    ['a log out of time order', (j) => j.progress.orm.log.reverse(), 'progress["orm"]'],
    ['a review after lastReview', (j) => (j.progress.orm.lastReview = j.progress.orm.log[0].review), 'progress["orm"]'],
    ['an unknown field in a card', (j) => (j.progress.orm.onerror = 'alert(1)'), 'progress["orm"]'],
    ['progress that is a list', (j) => (j.progress = [j.progress.orm]), 'progress'],
    ['an app version that is not text', (j) => (j.appVersion = { toString: 1 }), 'appVersion'],
  ];
  it.each(spoilt)('%s', (_, spoil, path) => {
    const json = validJson();
    spoil(json);
    const text = JSON.stringify(json).replace('"__INF__"', '1e999');
    const problem = problemOf(text);
    expect(problem).toMatchObject({ kind: 'invalid', path: expect.stringContaining(path) });
  });

  it('a "__proto__" id is refused and pollutes nothing', () => {
    const text = JSON.stringify(validJson()).replace('"progress":{', '"progress":{"__proto__":{"polluted":true},');
    expect(problemOf(text)).toMatchObject({ kind: 'invalid', path: 'progress["__proto__"]' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('import of a stored value (a downloaded backup)', () => {
  it('reads an earlier schema version through its migration', () => {
    const text = readFileSync(new URL('../fixtures/progress-v1.json', import.meta.url), 'utf8');
    const r = parseProgressFile(text);
    expect(r.ok && r.value).toMatchObject({ kind: 'stored', schemaVersion: 1, skipped: [] });
    expect(r.ok && r.value.progress.size).toBe(5);
  });

  it('keeps what it can read of a damaged one, listing what it left out', () => {
    const good = '[2,28935870,4320,3.1,5.5,3,0,3,0,"K0G140Ca"]';
    const r = parseProgressFile(`{"v":2,"cards":{"a":${good},"b":"garbage","<b>x</b>":${good}}}`);
    expect(r.ok && [...r.value.progress.keys()]).toEqual(['a']);
    expect(r.ok && r.value.skipped.map((s) => s.id)).toEqual(['b', '<b>x</b>']);
  });

  it('refuses one stored by a newer version', () => {
    expect(problemOf({ v: PROGRESS_SCHEMA_VERSION + 1, cards: {} })).toEqual({ kind: 'newer-version', version: PROGRESS_SCHEMA_VERSION + 1 });
  });
});
