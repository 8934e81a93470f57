import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium.ts';

// E2E_PORT lets two checkouts run their browser tests at once on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4179);
const executablePath = findChromium();
if (!executablePath) {
  // Playwright's own message would say `npx playwright install`, which cannot work here.
  throw new Error(
    'No Chromium found for the browser tests. Install one (sudo apt-get install -y chromium) ' +
      'or set CHROMIUM_PATH to its binary.',
  );
}

/**
 * Browser tests against the built app, served as a static host would serve it.
 * Run them with `npm run test:e2e`, which builds first (scripts/run-tests.mjs).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Two shared cores: one worker leaves room for the preview server and keeps timings steady.
  workers: 1,
  retries: 0,
  forbidOnly: process.env.CI === 'true',
  reporter: process.env.CI === 'true' ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${PORT}/`,
    headless: true,
    // The app follows the browser's language until one is chosen; the tests speak to its users,
    // who read Russian. Tests of the English path set their own locale.
    locale: 'ru-RU',
    launchOptions: { executablePath, args: [...CHROMIUM_ARGS] },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    // Never test a stale server left on the port by someone else's build.
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
