/**
 * The phone bench's browser side: pages under the phone's conditions (scripts/bench/phone-plan.ts),
 * a first and a repeat visit of a URL, and timed key presses, measured in the page by
 * scripts/bench/phone-probe.js. Nothing here knows how the app works inside: only URLs, the
 * contract's hooks and keys, and the service worker API every page has.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { AnswerShape } from './answer-markup.ts';
import { PHONE_CONDITIONS } from './phone-plan.ts';
import type { PressTiming, Readiness, VisitSample } from './phone-plan.ts';

const PROBE = readFileSync(new URL('./phone-probe.js', import.meta.url), 'utf8');
const READY_SIGNAL = '__phone:ready';
const LOAD_TIMEOUT_MS = 120_000;

/** What the probe holds (window.__phone). */
interface PhoneProbe {
  ready: { appear: number; paint: number | null } | null;
  presses: (PressTiming & { key: string; change: number | null })[];
  arm(kind: PressTiming['kind'], shape?: AnswerShape): void;
  waitForPresses(count: number, timeoutMs: number): Promise<boolean>;
}
declare global {
  interface Window {
    __phone: PhoneProbe;
  }
}

/** localStorage to put in place for an origin before anything of it loads. */
export interface SeededStorage {
  origin: string;
  entries: Readonly<Record<string, string>>;
}

/**
 * A fresh browser context (its own cache, no service worker, empty storage unless `storage` is
 * given) with a phone's screen and language and the probe, told what "loaded" is. Storage is put in place by
 * Playwright's storageState, which never touches the server, so a first visit opens no connection
 * before the one measured.
 */
export async function phoneContext(browser: Browser, readiness: Readiness, storage?: SeededStorage): Promise<BrowserContext> {
  const { width, height, deviceScaleFactor, isMobile, hasTouch } = PHONE_CONDITIONS.viewport;
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor,
    isMobile,
    hasTouch,
    locale: PHONE_CONDITIONS.locale,
    serviceWorkers: 'allow',
    ...(storage ? { storageState: { cookies: [], origins: [{ origin: storage.origin, localStorage: Object.entries(storage.entries).map(([name, value]) => ({ name, value })) }] } } : {}),
  });
  await context.addInitScript({ content: `Object.defineProperty(window, '__benchReady', { value: ${JSON.stringify(readiness)} });\n${PROBE}` });
  return context;
}

const SLOW_NETWORK = {
  offline: false,
  latency: PHONE_CONDITIONS.latencyMs,
  downloadThroughput: PHONE_CONDITIONS.downloadBytesPerS,
  uploadThroughput: PHONE_CONDITIONS.uploadBytesPerS,
};
const NO_THROTTLING = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

/** A new page with the phone's CPU (and, with `network`, its network) set before any navigation. */
export async function phonePage(context: BrowserContext, network: boolean): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CONDITIONS.cpuThrottlingRate });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  }
  return { page, cdp };
}

/** Lifts the page's throttling: for what is set up between measures, which nobody waits for on a phone. */
async function unthrottle(cdp: CDPSession): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('Network.emulateNetworkConditions', NO_THROTTLING);
}

/**
 * Navigates to `url` and returns navigation start → the route's main content painted (ms), from the
 * probe. Nothing of Playwright's runs in the page meanwhile (waitForFunction would inject its
 * helper script there, inside the load being timed): the probe's console message says when.
 */
export async function loadTime(page: Page, url: string): Promise<number> {
  const ready = page.waitForEvent('console', { predicate: (m) => m.text() === READY_SIGNAL, timeout: LOAD_TIMEOUT_MS });
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
  try {
    await ready;
  } catch {
    const shown = await page.evaluate(() => document.body?.innerText.slice(0, 300) ?? '').catch(() => '');
    throw new Error(`${url} never showed its main content within ${LOAD_TIMEOUT_MS / 1000} s; the page shows: ${JSON.stringify(shown)}`);
  }
  return page.evaluate(() => window.__phone.ready!.paint!);
}

/** kB that went over the wire (compressed, headers left out) for what was fetched by `ms` after navigation start. */
function fetchedBefore(page: Page, ms: number): Promise<number> {
  return page.evaluate((by) => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
    return entries.filter((e) => e.responseEnd <= by).reduce((sum, e) => sum + e.encodedBodySize, 0) / 1000;
  }, ms);
}

/** Waits until a service worker is active for the page's scope: the next navigation there goes through it. */
async function untilActive(page: Page): Promise<void> {
  const ready = await page.evaluate(
    (timeoutMs) =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs)),
      ]),
    LOAD_TIMEOUT_MS,
  );
  if (!ready) throw new Error(`no service worker became active for ${page.url()} within ${LOAD_TIMEOUT_MS / 1000} s`);
}

/**
 * A first visit of `url` in a fresh context, then a repeat visit in a new page of the same context
 * once its service worker is active; the repeat visit must be controlled by the worker and its
 * navigation must have gone through it. Before the repeat visit the context's service workers are
 * stopped, as they are when a learner opens the app again hours later, so the repeat visit
 * includes starting the worker.
 */
export async function visitTwice(browser: Browser, url: string, readiness: Readiness, storage?: SeededStorage): Promise<VisitSample> {
  const context = await phoneContext(browser, readiness, storage);
  try {
    const first = await phonePage(context, true);
    const firstMs = await loadTime(first.page, url);
    const firstKB = await fetchedBefore(first.page, firstMs);
    await unthrottle(first.cdp);
    await untilActive(first.page);
    await first.page.close();
    const second = await phonePage(context, true);
    await second.cdp.send('ServiceWorker.enable');
    await second.cdp.send('ServiceWorker.stopAllWorkers');
    const repeatMs = await loadTime(second.page, url);
    const served = await second.page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return navigator.serviceWorker.controller !== null && (nav?.workerStart ?? 0) > 0;
    });
    if (!served) throw new Error(`the repeat visit of ${url} was not served by its service worker`);
    return { firstMs, repeatMs, firstKB };
  } finally {
    await context.close();
  }
}

/** A page kept open at the phone's CPU (network unthrottled) for timed key presses. */
export async function openForKeys(browser: Browser, url: string, readiness: Readiness, storage?: SeededStorage): Promise<{ page: Page; cdp: CDPSession; close(): Promise<void> }> {
  const context = await phoneContext(browser, readiness, storage);
  const { page, cdp } = await phonePage(context, false);
  await loadTime(page, url);
  await page.waitForLoadState('load');
  return { page, cdp, close: () => context.close() };
}

/**
 * How much slower the page's CPU is under the throttling than without it: the same loop timed both
 * ways, best of three, so a check that the emulation is on and what it gives on this machine.
 */
export async function cpuSlowdown(page: Page, cdp: CDPSession): Promise<number> {
  const loop = (): Promise<number> =>
    page.evaluate(() => {
      const start = performance.now();
      let x = 0;
      for (let i = 0; i < 20_000_000; i += 1) x = (x + i * 7) % 1_000_003;
      return performance.now() - start + (x < 0 ? 1 : 0);
    });
  const best = async (): Promise<number> => Math.min(await loop(), await loop(), await loop());
  const throttled = await best();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const plain = await best();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CONDITIONS.cpuThrottlingRate });
  return throttled / plain;
}

/**
 * Reveals (Space) and grades ("3") `cycles` cards, timing each press; the answer's shape comes from
 * its question. Each press comes `thinkMs` after the last one was painted, whatever the page is
 * still doing: the app at 10,000 cards never goes idle for seconds after a reveal at 4× CPU (a
 * requestIdleCallback waits 3 s), so waiting for idle would only stretch the run.
 */
export async function timeCycles(page: Page, cycles: number, thinkMs: number, shapeOf: (question: string) => AnswerShape): Promise<PressTiming[]> {
  const out: PressTiming[] = [];
  const press = async (kind: PressTiming['kind'], key: string, shape?: AnswerShape): Promise<boolean> => {
    await page.waitForTimeout(thinkMs);
    const before = await page.evaluate(([k, s]) => (window.__phone.arm(k, s), window.__phone.presses.length), [kind, shape] as const);
    await page.keyboard.press(key);
    if (!(await page.evaluate((n) => window.__phone.waitForPresses(n, 15_000), before + 1))) return false;
    const timed = await page.evaluate((n) => window.__phone.presses[n]!, before);
    out.push({ kind, start: timed.start, paint: timed.paint });
    return timed.paint !== null;
  };
  for (let i = 0; i < cycles; i += 1) {
    const question = await page.evaluate(() => {
      const answerShown = document.querySelector('[data-testid="card-answer"]') !== null;
      return answerShown ? null : (document.querySelector('[data-testid="card-question"]')?.textContent ?? null);
    });
    if (question === null) break;
    if (!(await press('reveal', 'Space', shapeOf(question)))) break;
    if (!(await press('grade', '3'))) break;
  }
  return out;
}
