// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { answerHtml, answerShape } from '../../scripts/bench/answer-markup.ts';
import { PHONE_CONDITIONS, buildChange, headlineDeck, phoneOptions, phoneResult, phoneRoutes, readinessFor, roundOrder, summarise, summariseKeys } from '../../scripts/bench/phone-plan.ts';
import { formatPhone } from '../../scripts/bench/phone-report.ts';
import { analyseSaves } from '../../scripts/bench/saves.ts';
import { cacheControlFor, isCompressed, isHashedAsset, serveStatic } from '../../scripts/bench/static-server.ts';
import { gzipBytes, gzipKB, median, percentile, ratio, seededRandom } from '../../scripts/bench/stats.ts';

describe('the benchmark\'s arithmetic', () => {
  it('percentiles interpolate between ranks, as numpy does', () => {
    const values = [40, 10, 30, 20];
    expect(percentile(values, 0)).toBe(10);
    expect(percentile(values, 100)).toBe(40);
    expect(median(values)).toBe(25);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1);
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile(values, 101)).toThrow(RangeError);
  });

  it('gzip sizes are of each file compressed alone, in kB of 1000 bytes', () => {
    const a = 'карточка '.repeat(500);
    const b = new Uint8Array(3000).map((_, i) => (i * 7919) % 251);
    expect(gunzipSync(gzipSync(a)).toString()).toBe(a);
    expect(gzipKB([a, b])).toBe((gzipBytes(a) + gzipBytes(b)) / 1000);
    expect(gzipBytes(a)).toBeLessThan(Buffer.byteLength(a) / 10);
  });

  it('a ratio is missing, not infinite, when a side is missing or zero', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(2, 0)).toBeNull();
  });

  it('the simulated learner is the same every run', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const draws = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(8)()).not.toBe(draws[0]);
  });
});

describe('analyseSaves', () => {
  const KEY = 'flashcards.progress';
  const press = (start: number, paint: number) => ({ key: '3', start, change: start + 1, paint });

  it('times a save as the whole callback it ran in, and finds the key presses it overlapped', () => {
    const writes = [
      { key: KEY, chars: 10, start: 105, end: 108 },
      { key: KEY, chars: 10, start: 305, end: 306 },
      { key: 'flashcards.settings', chars: 5, start: 50, end: 51 },
    ];
    const tasks = [
      { kind: 'idle', start: 100, end: 110, keys: [KEY] },
      { kind: 'idle', start: 300, end: 320, keys: [KEY] },
    ];
    const result = analyseSaves({ writes, tasks, grades: [press(0, 20), press(315, 330), press(400, 410)] }, KEY);
    expect(result).toMatchObject({ count: 2, medianMs: 15, maxMs: 20, writeMedianMs: 2, delaysNextCard: true, overlappingPresses: 1 });
  });

  it('a save outside every key press delays nothing; a write in no callback counts alone', () => {
    const result = analyseSaves({ writes: [{ key: KEY, chars: 10, start: 50, end: 54 }], tasks: [], grades: [press(0, 20), press(60, 70)] }, KEY);
    expect(result).toMatchObject({ count: 1, medianMs: 4, delaysNextCard: false, overlappingPresses: 0 });
  });
});

describe('the phone bench', () => {
  const routes = phoneRoutes('django-orm-questions');
  const sample = (firstMs: number, repeatMs: number) => ({ firstMs, repeatMs, firstKB: 10 });

  it('measures every route of the contract, the quiz on the headline deck', () => {
    expect(routes).toEqual(['#/', '#/study', '#/quiz/django-orm-questions', '#/weak', '#/browse', '#/stats', '#/settings']);
    const deck = (id: string, kind: 'section' | 'numbered', cardCount: number) => ({ id, title: id, kind, cardCount, source: { file: 'a.md', line: 1 } });
    expect(headlineDeck([deck('notes', 'section', 14), deck('notes-questions', 'numbered', 50), deck('notes-questions-2', 'numbered', 50)])).toBe('notes-questions');
    expect(headlineDeck([deck('only', 'section', 3)])).toBe('only');
    expect(headlineDeck([deck('a', 'section', 3), deck('b-questions', 'numbered', 5)], 'a')).toBe('a');
    expect(() => headlineDeck([])).toThrow(/without decks/);
  });

  it('a round measures every route once and the floor twice, starting one route further each round', () => {
    const first = roundOrder(routes, 0);
    expect(first).toEqual(['floor', '#/', '#/study', '#/quiz/django-orm-questions', '#/weak', 'floor', '#/browse', '#/stats', '#/settings']);
    for (let r = 0; r < 9; r += 1) {
      const order = roundOrder(routes, r);
      expect(order.filter((step) => step === 'floor')).toHaveLength(2);
      expect(order.filter((step) => step !== 'floor').sort()).toEqual([...routes].sort());
      expect(order[0]).toBe('floor');
      expect(order[1]).toBe(routes[r % routes.length]);
    }
  });

  it('"loaded" is a contract hook or a role on each route, never a class name', () => {
    const selectors = [...routes, 'floor'].flatMap((route) => readinessFor(route).flat().map((part) => part.selector));
    expect(selectors.some((s) => /\.[a-z]/i.test(s.replace(/\[[^\]]*\]/g, '')))).toBe(false);
    expect(readinessFor('#/study')).toEqual([[{ selector: '[data-testid="card-question"]', text: true }]]);
    expect(readinessFor('#/browse')).toEqual([[{ selector: '[data-testid="browse-row"]' }]]);
    expect(readinessFor('#/')[0]).toEqual([{ selector: '[data-testid="deck-row"]' }]);
    expect(readinessFor('#/stats')[0]![0]!.selector).toMatch(/^main h1/);
  });

  it('ratios are of the medians, each route against the floor of the same run', () => {
    const summary = summarise({
      floor: [sample(500, 200), sample(520, 180), sample(480, 220), sample(900, 400)],
      routes: { '#/': [sample(1000, 600), sample(1500, 300), sample(1200, 500)], '#/weak': [] },
    });
    expect(summary.floor).toMatchObject({ firstMs: 510, repeatMs: 210, firstSamples: [500, 520, 480, 900] });
    expect(summary.routes['#/']).toMatchObject({ firstMs: 1200, repeatMs: 500, firstRatio: 2.35, repeatRatio: 2.38 });
    expect(summary.routes['#/weak']).toMatchObject({ firstMs: null, firstRatio: null, repeatRatio: null });
  });

  it('the React floor, when measured, gets its own row and ratios against the same floor', () => {
    const summary = summarise({ floor: [sample(500, 200), sample(520, 220)], routes: { '#/': [sample(1300, 600)] }, reactFloor: [sample(850, 300), sample(870, 340)] });
    expect(summary.reactFloor).toMatchObject({ firstMs: 860, repeatMs: 320, firstRatio: 1.69, repeatRatio: 1.52 });
    const real = { ...summary, cards: 64, quizDeck: 'd' };
    const phone = phoneResult({ conditions: { ...PHONE_CONDITIONS, measuredCpuSlowdown: null }, rounds: 2, real, tenK: null, keys: null, durationS: 1 });
    const table = formatPhone(phone, { cpus: 2, cpuModel: 'test', node: 'v20', chromium: 'Chromium 1' });
    expect(table).toMatch(/\| floor +\| 510 ms +\| +\| 210 ms +\|[^\n]*\n\| React floor +\| 860 ms +\| 1\.69× +\| 320 ms +\| 1\.52× /);
    expect(summarise({ floor: [sample(500, 200)], routes: {} })).not.toHaveProperty('reactFloor');
  });

  it('key presses: p90s of reveals and grades apart, a press never painted left out and counted', () => {
    const presses = (kind: 'reveal' | 'grade', times: number[]) => times.map((t, i) => ({ kind, start: i * 1000, paint: i * 1000 + t }));
    const app = [...presses('grade', [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]), ...presses('reveal', [50, 50]), { kind: 'reveal' as const, start: 0, paint: null }];
    const floor = [...presses('grade', [10, 10, 10, 20]), ...presses('reveal', [20, 20])];
    const keys = summariseKeys(app, floor);
    expect(keys).toMatchObject({ presses: 10, missed: 1, nextCardP50Ms: 55, nextCardP90Ms: 91, revealP90Ms: 50, floorP90Ms: 17, floorRevealP90Ms: 20, revealP90Ratio: 2.5 });
    expect(keys.nextCardP90Ratio).toBe(5.35);
  });

  it('the phone object holds the contract\'s names at its top, and null for a part left out', () => {
    const keys = { ...summariseKeys([{ kind: 'grade', start: 0, paint: 30 }, { kind: 'reveal', start: 0, paint: 90 }], [{ kind: 'grade', start: 0, paint: 20 }]), cards: 10_000, thinkMs: 250 };
    const real = { ...summarise({ floor: [sample(500, 200)], routes: { '#/': [sample(1000, 600)] } }), cards: 64, quizDeck: 'django-orm-questions' };
    const phone = phoneResult({ conditions: { ...PHONE_CONDITIONS, measuredCpuSlowdown: 4.1 }, rounds: 5, real, tenK: null, keys, durationS: 600 });
    expect(phone).toMatchObject({ rounds: 5, nextCardP90Ms: 30, revealP90Ms: 90, floorP90Ms: 20, floorRevealP90Ms: null, tenK: null });
    expect(phone.conditions).toMatchObject({ cpuThrottlingRate: 4, latencyMs: 150, downloadBytesPerS: 200_000, uploadBytesPerS: 93_750 });
    expect(phone.real!.routes['#/']).toEqual(expect.objectContaining({ firstMs: 1000, repeatMs: 600, firstRatio: 2, repeatRatio: 3 }));
    expect(phone.real!.floor).toEqual(expect.objectContaining({ firstMs: 500, repeatMs: 200 }));
    const table = formatPhone(phone, { cpus: 2, cpuModel: 'test', node: 'v20', chromium: 'Chromium 1' });
    expect(table).toMatch(/\| `#\/` +\| 1000 ms +\| 2\.00× +\| 600 ms +\| 3\.00× /);
    expect(table).not.toMatch(/10,000 cards \(/);
  });

  it('options: rounds, presses and parts, and a clear error for a bad one', () => {
    expect(phoneOptions(['--phone'])).toMatchObject({ json: false, rounds: 5, presses: 80, thinkMs: 250 });
    expect([...phoneOptions(['--phone']).parts]).toEqual(['real', 'tenk', 'keys']);
    expect(phoneOptions(['--phone', '--json', '--rounds=3', '--only=real'])).toMatchObject({ json: true, rounds: 3 });
    expect([...phoneOptions(['--only=tenK,keys']).parts]).toEqual(['tenk', 'keys']);
    expect(() => phoneOptions(['--rounds=0'])).toThrow(/--rounds/);
    expect(() => phoneOptions(['--only=desktop'])).toThrow(/--only takes real, tenk, keys/);
    expect(phoneOptions(['--phone']).against).toBeNull();
    expect(phoneOptions(['--phone', '--against=/tmp/base/dist']).against).toBe('/tmp/base/dist');
  });

  it('--against: each route’s change from the other build, in the same rounds, and its table', () => {
    const before = summarise({ floor: [sample(500, 200)], routes: { '#/': [sample(1000, 400)], '#/weak': [sample(1200, 500)] } });
    const after = summarise({ floor: [sample(520, 210)], routes: { '#/': [sample(1030, 380)], '#/weak': [], '#/new': [sample(900, 300)] } });
    const change = buildChange(after, before);
    expect(change).toEqual({ '#/': { firstChange: 0.03, repeatChange: -0.05 }, '#/weak': { firstChange: null, repeatChange: null } });
    const real = { ...after, cards: 64, quizDeck: 'd' };
    const phone = phoneResult({ conditions: { ...PHONE_CONDITIONS, measuredCpuSlowdown: null }, rounds: 1, real, tenK: null, against: { dir: '/tmp/base/dist', visits: before, change }, keys: null, durationS: 1 });
    const table = formatPhone(phone, { cpus: 2, cpuModel: 'test', node: 'v20', chromium: 'Chromium 1' });
    expect(table).toContain('Against /tmp/base/dist');
    expect(table).toMatch(/\| `#\/` +\| 1000 ms +\| 1030 ms +\| \+3\.0 % +\| 400 ms +\| 380 ms +\| -5\.0 % +\|/);
  });
});

describe('the static host', () => {
  it('hashed build assets are immutable, everything else is revalidated', () => {
    expect(isHashedAsset('/app/assets/index-3lL4I9EH.js')).toBe(true);
    expect(isHashedAsset('/app/assets/cards-f2ff9f6440.txt')).toBe(true);
    expect(isHashedAsset('/notes/workbox-2fbc6a65.js')).toBe(true);
    expect(isHashedAsset('/notes/index.html')).toBe(false);
    expect(isHashedAsset('/notes/sw.js')).toBe(false);
    expect(isHashedAsset('/floor/floor.js')).toBe(false);
    expect(cacheControlFor('/app/assets/index-3lL4I9EH.js')).toMatch(/immutable/);
    expect(cacheControlFor('/app/index.html')).toBe('no-cache');
  });

  it('serves gzip to a browser that takes it, with an ETag that answers a revalidation with 304', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-host-'));
    mkdirSync(join(root, 'app', 'assets'), { recursive: true });
    writeFileSync(join(root, 'app', 'index.html'), '<!doctype html>' + '<p>карточка</p>'.repeat(200));
    writeFileSync(join(root, 'app', 'assets', 'index-3lL4I9EH.js'), 'console.log(1);');
    const server = await serveStatic(root, { host: true });
    try {
      const page = await fetch(`${server.origin}/app/`, { headers: { 'accept-encoding': 'gzip' } });
      expect(page.headers.get('content-encoding')).toBe('gzip');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toContain('карточка');
      const again = await fetch(`${server.origin}/app/index.html`, { headers: { 'if-none-match': page.headers.get('etag')! } });
      expect(again.status).toBe(304);
      const asset = await fetch(`${server.origin}/app/assets/index-3lL4I9EH.js`, { headers: { 'accept-encoding': 'identity' } });
      expect(asset.headers.get('content-encoding')).toBeNull();
      expect(asset.headers.get('cache-control')).toMatch(/immutable/);
      expect((await fetch(`${server.origin}/app/missing.js`)).status).toBe(404);
      expect((await fetch(`${server.origin}/../etc/passwd`)).status).toBe(404);
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('text goes out gzipped, images as they are', () => {
    for (const file of ['a.html', 'a.js', 'a.css', 'a.json', 'a.txt', 'a.svg', 'manifest.webmanifest']) expect(isCompressed(file)).toBe(true);
    expect(isCompressed('icon-192.png')).toBe(false);
  });
});

describe('an answer\'s rendered shape', () => {
  it('counts what markdown renders to, so a plain-text fallback does not pass for lists or code', () => {
    const shape = answerShape(answerHtml('Два способа:\n\n- `select_related`\n- **prefetch**\n\n```\nqs.all()\n```'));
    expect(shape).toEqual({ p: 1, li: 2, pre: 1, code: 2, strong: 1 });
    expect(answerShape('<div class="markdown--plain"><p>- `a`</p></div>')).toEqual({ p: 1 });
    expect(answerShape(answerHtml('Просто текст.'))).toEqual({ p: 1 });
  });
});
