/**
 * The benchmark's browser side: cold loads, key presses, saves, browse search and heap, measured in
 * headless Chromium through scripts/bench/probe.js. Every measure applies to the app and to the
 * static floor alike; nothing here knows how the app works inside, only the contract's hooks
 * (docs/contract.md): routes, keys, `data-testid="card-question"`, `card-answer`, `browse-row`.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export const PROBE_PATH = fileURLToPath(new URL('./probe.js', import.meta.url));

/** One timed key press: the keydown's timestamp, the DOM change, the paint after it (page ms). */
export interface TimedPress {
  key: string;
  start: number;
  change: number;
  paint: number;
}

export interface StorageWrite {
  key: string;
  chars: number;
  start: number;
  end: number;
}

export interface SaveTask {
  kind: string;
  start: number;
  end: number;
  keys: string[];
}

/** What the probe holds (window.__bench). */
interface ProbeState {
  firstCard: { appear: number; paint: number | null } | null;
  armed: boolean;
  grades: TimedPress[];
  writes: StorageWrite[];
  saveTasks: SaveTask[];
  shifts: { at: number; value: number; input: boolean }[];
  search: { start: number | null; lastChange: number | null; lastPaint: number | null } | null;
  waitForGrades(count: number, timeoutMs: number): Promise<boolean>;
}
declare global {
  interface Window {
    __bench: ProbeState;
  }
}

export const VIEWPORT = { width: 1280, height: 800 };

/** A fresh browser context (own storage and cache: a cold start) with the probe installed. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: PROBE_PATH });
  return context;
}

/** Puts `entries` into the origin's localStorage from an empty page, so the measured load starts clean. */
export async function seedStorage(page: Page, origin: string, entries: Readonly<Record<string, string>>): Promise<void> {
  await page.goto(`${origin}/seed.html`);
  await page.evaluate((all) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
  }, entries);
}

/** The probe's console signal (probe.js): the first card has been painted. */
const FIRST_CARD_SIGNAL = '__bench:first-card';

/**
 * Navigates to `url` and waits for the probe's signal that the first card is painted. Nothing of
 * Playwright's runs in the page meanwhile (waitForFunction would inject its helper script there,
 * inside the load being timed).
 */
async function gotoFirstCard(page: Page, url: string): Promise<void> {
  const painted = page.waitForEvent('console', { predicate: (m) => m.text() === FIRST_CARD_SIGNAL, timeout: 60_000 });
  await page.goto(url, { waitUntil: 'commit' });
  await painted;
}

export interface ResourceTiming {
  url: string;
  start: number;
  end: number;
}

export interface ColdLoad {
  /** Navigation start → first card painted (ms). */
  firstCardMs: number;
  /** Navigation start → first card in the DOM (ms). */
  appearMs: number;
  /** Everything fetched, with start times (ms since navigation start). */
  resources: ResourceTiming[];
  /** Layout shift before and up to a second after the first card, inputs excluded. */
  layoutShift: number;
}

/** One cold load of `url` in a fresh context; `storage` is put in place first. */
export async function coldLoad(browser: Browser, origin: string, url: string, storage: Readonly<Record<string, string>> = {}): Promise<ColdLoad> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await seedStorage(page, origin, storage);
    await gotoFirstCard(page, url);
    await page.waitForTimeout(1000);
    return await page.evaluate(() => {
      const first = window.__bench.firstCard!;
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const resources = entries.map((r) => ({ url: r.name, start: r.startTime, end: r.responseEnd }));
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (nav) resources.unshift({ url: nav.name, start: 0, end: nav.responseEnd });
      const layoutShift = window.__bench.shifts.filter((s) => !s.input && s.at <= first.appear + 1000).reduce((sum, s) => sum + s.value, 0);
      return { firstCardMs: first.paint!, appearMs: first.appear, resources, layoutShift };
    });
  } finally {
    await context.close();
  }
}

/** A page kept open for a run of key presses, with a CDP session for heap samples. */
export interface LivePage {
  page: Page;
  cdp: CDPSession;
  heapSamples: number[];
  close(): Promise<void>;
}

/** Opens `url` in a fresh context (after seeding `storage`) and waits for the first card. */
export async function openLive(browser: Browser, origin: string, url: string, storage: Readonly<Record<string, string>> = {}): Promise<LivePage> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await seedStorage(page, origin, storage);
  await gotoFirstCard(page, url);
  await page.waitForLoadState('load');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const live: LivePage = { page, cdp, heapSamples: [], close: () => context.close() };
  await sampleHeap(live);
  return live;
}

/** Records the page's used JS heap (bytes). */
export async function sampleHeap(live: LivePage): Promise<void> {
  const { metrics } = await live.cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
  if (used) live.heapSamples.push(used.value);
}

export interface PressOptions {
  /** Key presses to time. */
  count: number;
  /** Reveal with Space and wait for the answer before each timed press (the app), or not (the floor). */
  reveal: boolean;
  /** The key whose effect is timed: "3" (Good). */
  key: string;
  /** Pause before each key press, like a quick learner reading (ms). */
  thinkMs: number;
}

/**
 * Presses keys and times each `key` press to the next card painted. Returns the presses timed, which
 * may be fewer than asked if the session ran out of cards (the summary replaced the card).
 */
export async function timePresses(live: LivePage, options: PressOptions): Promise<TimedPress[]> {
  const { page } = live;
  const done: TimedPress[] = [];
  for (let i = 0; i < options.count; i += 1) {
    if (options.reveal) {
      if ((await page.locator('[data-testid="card-question"]').count()) === 0) break;
      await page.waitForTimeout(options.thinkMs);
      await page.keyboard.press('Space');
      await page.locator('[data-testid="card-answer"]').waitFor({ timeout: 10_000 });
    }
    await page.waitForTimeout(options.thinkMs);
    const before = await page.evaluate(() => {
      window.__bench.armed = true;
      return window.__bench.grades.length;
    });
    await page.keyboard.press(options.key);
    const timed = await page.evaluate((n) => window.__bench.waitForGrades(n, 10_000), before + 1);
    if (!timed) break;
    done.push(await page.evaluate((n) => window.__bench.grades[n]!, before));
  }
  await sampleHeap(live);
  return done;
}

/** The probe's record of localStorage writes and the tasks they ran in. */
export async function storageActivity(page: Page): Promise<{ writes: StorageWrite[]; tasks: SaveTask[]; grades: TimedPress[] }> {
  return page.evaluate(() => ({ writes: window.__bench.writes, tasks: window.__bench.saveTasks, grades: window.__bench.grades }));
}

/** Characters held in the origin's localStorage, keys included (what the quota counts). */
export async function storageChars(page: Page): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i)!;
      total += key.length + (localStorage.getItem(key) ?? '').length;
    }
    return total;
  });
}

/** Waits until a write to `key` lands after page time `after`; false on timeout. */
export async function waitForWrite(page: Page, key: string, after: number, timeoutMs = 15_000): Promise<boolean> {
  try {
    await page.waitForFunction(([k, t]) => window.__bench.writes.some((w) => w.key === k && w.start > t), [key, after] as const, { timeout: timeoutMs, polling: 100 });
    return true;
  } catch {
    return false;
  }
}

/** The queries browse search is timed with: a rare word, word stems, a numbered question, one letter. */
export const SEARCH_QUERIES: readonly string[] = ['select_related', 'миграц', 'кэш', 'Вопрос 12-3', 'с'];

export interface SearchTiming {
  query: string;
  /** input event → the last results change painted (ms), or null if the results never changed. */
  ms: number | null;
  rows: number;
}

/**
 * Times browse search (`#/browse`, an `<input type="search">`): for each query, from the input
 * event to the paint after the results stop changing. Null when this build has no browse search.
 */
export async function timeBrowseSearch(live: LivePage, appUrl: string, queries: readonly string[]): Promise<SearchTiming[] | null> {
  const { page } = live;
  await page.goto(`${appUrl}#/browse`);
  const field = page.locator('input[type="search"]');
  try {
    await field.waitFor({ timeout: 5000 });
  } catch {
    return null;
  }
  const quiet = async (): Promise<void> => {
    // Results count as settled after 500 ms without a DOM change.
    for (let i = 0; i < 100; i += 1) {
      await page.waitForTimeout(100);
      const settled = await page.evaluate(() => {
        const s = window.__bench.search;
        return !s || s.start === null || (s.lastChange === null ? performance.now() - s.start > 2000 : performance.now() - s.lastChange > 500);
      });
      if (settled) return;
    }
  };
  const out: SearchTiming[] = [];
  for (const query of queries) {
    await page.evaluate(() => {
      window.__bench.search = null;
    });
    await field.fill('');
    await page.waitForTimeout(700);
    await page.evaluate(() => {
      window.__bench.search = { start: null, lastChange: null, lastPaint: null };
    });
    await field.fill(query);
    await quiet();
    const { start, lastPaint } = await page.evaluate(() => window.__bench.search!);
    const rows = await page.locator('[data-testid="browse-row"]').count();
    out.push({ query, ms: start !== null && lastPaint !== null ? lastPaint - start : null, rows });
    await sampleHeap(live);
  }
  return out;
}
