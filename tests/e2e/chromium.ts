/**
 * Finds a Chromium to drive with Playwright.
 *
 * `npx playwright install` cannot download browsers on our machines (only the npm registry and Debian are
 * reachable), so the tests use a system browser instead: Debian's `chromium` package or a Chrome.
 * Used by playwright.config.ts and by the benchmark. scripts/run-tests.mjs repeats this lookup in plain
 * JavaScript (Node 20 cannot import TypeScript); keep the two in step.
 */
import { existsSync } from 'node:fs';

/** Where distributions put the browser, in order of preference. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Flags for a headless browser in a container or on CI: no sandbox (we often run as root), no GPU,
 * and no background traffic that could slow a test or fail without a network.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Returns the path of the browser to use, or `undefined` when there is none.
 *
 * `CHROMIUM_PATH` wins when it names an existing file. `FLASHCARDS_NO_BROWSER=1` hides the standard
 * locations, so the "no browser found" path can be tried on a machine that has one.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (env.FLASHCARDS_NO_BROWSER === '1') return undefined;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}
