/**
 * On #/study the first card is painted before React has loaded (src/app/first-card.ts), and React's
 * page replaces it. Here React's chunk is held back, so the two pages can be compared.
 */
import { expect, test } from '@playwright/test';
import type { Page, Route } from '@playwright/test';

const SELECTORS = ['.nav', '.study-title', '.study-counts', '[data-testid="card-question"]', '.reveal-button', '.study-footer'];

/** Holds the React app's chunk until `release` is called. */
async function holdApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/mount-*.js', async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

const boxes = (page: Page) =>
  page.evaluate((selectors) => selectors.map((s) => document.querySelector(s)?.getBoundingClientRect().toJSON() as DOMRect | undefined), SELECTORS);

/** Waits until React's page has replaced the painted one (a new question element). */
async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="card-question"]');
    return el !== null && el !== (window as unknown as { painted?: Element }).painted;
  });
}

for (const { locale, viewport, hash } of [
  { locale: 'ru-RU', viewport: { width: 1280, height: 800 }, hash: '#/study' },
  { locale: 'en-US', viewport: { width: 360, height: 640 }, hash: '#/study' },
  { locale: 'ru-RU', viewport: { width: 360, height: 640 }, hash: '#/study/django-orm-questions' },
]) {
  test.describe(`${hash}, ${locale} at ${viewport.width}×${viewport.height}`, () => {
    test.use({ locale, viewport });

    test('the first card shows before React, and nothing moves when React takes over', async ({ page }) => {
      const release = await holdApp(page);
      await page.goto(`/${hash}`);
      const question = page.getByTestId('card-question');
      await expect(question).not.toBeEmpty();
      const text = await question.textContent();
      await page.evaluate(() => {
        (window as unknown as { painted?: Element }).painted = document.querySelector('[data-testid="card-question"]')!;
      });
      const before = await boxes(page);
      expect(before.every((box) => box !== undefined && box.height > 0)).toBe(true);

      release();
      await waitForApp(page);
      await expect(question).toHaveText(text!);
      expect(await boxes(page)).toEqual(before);
    });
  });
}

test('Space pressed before React is in still shows the answer', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/#/study');
  await expect(page.getByTestId('card-question')).not.toBeEmpty();
  await page.evaluate(() => {
    (window as unknown as { painted?: Element }).painted = document.querySelector('[data-testid="card-question"]')!;
  });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('card-answer')).toHaveCount(0);

  release();
  await waitForApp(page);
  await expect(page.getByTestId('card-answer')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByTestId('card-answer')).toHaveCount(0);
});

test('if the app cannot load, the painted card says so', async ({ page }) => {
  await page.route('**/assets/mount-*.js', (route) => route.abort('internetdisconnected'));
  await page.goto('/#/study');
  await expect(page.getByRole('alert')).toContainText('Не удалось загрузить часть приложения');
  await expect(page.getByTestId('card-question')).not.toBeEmpty();
});
