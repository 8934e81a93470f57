/**
 * axe-core on every route, in both themes, at desktop and phone sizes: no serious or critical
 * violation. At phone size also: nothing scrolls sideways. The interview date is set and a few
 * cards are studied first, so the stats charts, the plan and the countdown are on screen too.
 */
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/** A notes file the app has not seen, for the import screen's preview. */
const NOTES_FILE = resolve(import.meta.dirname, '../fixtures/import/python-basics.md');
const ROUTES = ['#/', '#/study', '#/study/django-orm', '#/quiz/django-orm', '#/weak', '#/browse', '#/stats', '#/settings', '#/import', '#/interview'];
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 640 } } as const;

/** A date `days` from today, as the date input wants it. */
function isoInDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Serious and critical violations, as "rule: where" lines (empty when there are none). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Study three cards, so that progress, the forecast and the heatmap have something to show. */
async function studyAFewCards(page: Page): Promise<void> {
  await page.goto('#/study');
  for (const key of ['3', '1', '4']) {
    await expect(page.getByTestId('card-question')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('card-answer')).toBeVisible();
    await page.keyboard.press(key);
  }
}

/** The screen for the route has rendered (lazy screens included). */
async function screenReady(page: Page): Promise<void> {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.getByText('Загрузка…')).toHaveCount(0);
}

for (const [sizeName, viewport] of Object.entries(SIZES)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${sizeName}, ${colorScheme} theme from the system`, () => {
      test.use({ viewport, colorScheme });

      test('axe finds no serious or critical violation on any route', async ({ page }) => {
        // Ten routes and three revealed screens, each analysed in full: ~25 s on an idle 2-core machine.
        test.setTimeout(120_000);
        const date = isoInDays(10);
        await page.addInitScript((d) => {
          if (localStorage.getItem('flashcards.settings') === null) localStorage.setItem('flashcards.settings', JSON.stringify({ v: 1, interviewDate: d }));
        }, date);
        await studyAFewCards(page);

        const problems: string[] = [];
        for (const route of ROUTES) {
          await page.goto(route);
          await screenReady(page);
          problems.push(...(await seriousViolations(page)).map((p) => `${route}: ${p}`));
          if (sizeName === 'phone') {
            const overflow = await sidewaysOverflow(page);
            if (overflow > 0) problems.push(`${route}: scrolls sideways by ${overflow}px`);
          }
        }
        // The revealed answer too: code colours, tables, the grade buttons.
        await page.goto('#/study');
        await expect(page.getByTestId('card-question')).toBeVisible();
        await page.keyboard.press('Space');
        await expect(page.getByTestId('card-answer')).toBeVisible();
        problems.push(...(await seriousViolations(page)).map((p) => `#/study (answer shown): ${p}`));
        if (sizeName === 'phone' && (await sidewaysOverflow(page)) > 0) problems.push('#/study (answer shown): scrolls sideways');
        // The notes import's preview, with its lists, rendered cards and buttons.
        await page.goto('#/import');
        await page.getByLabel('Выбрать файлы…').setInputFiles(NOTES_FILE);
        await expect(page.getByTestId('import-confirm')).toBeVisible();
        problems.push(...(await seriousViolations(page)).map((p) => `#/import (preview): ${p}`));
        if (sizeName === 'phone' && (await sidewaysOverflow(page)) > 0) problems.push('#/import (preview): scrolls sideways');

        // A rehearsal's revealed answer: the key points, the coverage, the suggested grade.
        await page.goto('#/interview');
        await page.getByTestId('interview-start').click();
        await page.getByRole('textbox', { name: 'Ваш ответ' }).fill('ORM, миграции, `makemigrations`');
        await page.keyboard.press('Control+Enter');
        await expect(page.getByTestId('coverage')).toBeVisible();
        problems.push(...(await seriousViolations(page)).map((p) => `#/interview (answer shown): ${p}`));
        if (sizeName === 'phone' && (await sidewaysOverflow(page)) > 0) problems.push('#/interview (answer shown): scrolls sideways');

        expect(problems).toEqual([]);
      });
    });
  }
}

test.describe('a theme chosen in settings overrides the system', () => {
  for (const [chosen, system] of [
    ['dark', 'light'],
    ['light', 'dark'],
  ] as const) {
    test(`${chosen} chosen while the system is ${system}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: system });
      await page.goto('#/settings');
      await page.getByRole('combobox', { name: 'Оформление' }).selectOption({ label: chosen === 'dark' ? 'Тёмное' : 'Светлое' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', chosen);

      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', chosen);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(chosen === 'dark' ? 'rgb(21, 21, 23)' : 'rgb(247, 247, 245)');
      for (const route of ['#/study', '#/stats']) {
        await page.goto(route);
        await screenReady(page);
        expect(await seriousViolations(page)).toEqual([]);
      }
    });
  }
});
