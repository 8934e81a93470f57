/** Shared steps of the browser tests about stored progress. */
import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import type { Download, Page } from '@playwright/test';

export const PROGRESS_KEY = 'flashcards.progress';

/** The question on screen. */
export async function question(page: Page): Promise<string> {
  const q = page.getByTestId('card-question');
  await expect(q).toBeVisible();
  return (await q.textContent()) ?? '';
}

/** Show the answer and grade by key (1 Again … 4 Easy); waits for the next card or the summary. */
export async function grade(page: Page, key: '1' | '2' | '3' | '4'): Promise<void> {
  const before = await question(page);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('card-answer')).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.getByTestId('card-answer')).toHaveCount(0);
  // A failed card may come straight back (learn ahead); otherwise the question changes.
  if (key !== '1') await expect(page.getByTestId('card-question').or(page.getByRole('heading', { level: 1 })).first()).not.toHaveText(before);
}

/** Wait until the debounced save has written progress holding `cards` cards. */
export async function savedCards(page: Page, cards: number): Promise<void> {
  await expect
    .poll(() => page.evaluate((key) => Object.keys((JSON.parse(localStorage.getItem(key) ?? '{"cards":{}}') as { cards: object }).cards).length, PROGRESS_KEY))
    .toBe(cards);
}

/** Click `click` and return the text of the file it downloads. */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/**
 * Records what must never happen on a page: uncaught errors, console errors and CSP violations
 * (recorded from before the page's own scripts run). `check()` fails the test on any.
 */
export async function watchPage(page: Page): Promise<{ check: () => Promise<void> }> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    check: async () => {
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(errors).toEqual([]);
    },
  };
}
