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

test.describe('after a save, the next visit', () => {
  // The service worker would serve the next visit's files from its cache, past the routes that hold them.
  test.use({ serviceWorkers: 'block' });

  /** Grades the first `n` cards Good and waits until the save has stored the start snapshot with them. */
  async function study(page: Page, n: number): Promise<void> {
    await page.goto('/#/study');
    await expect(page.getByTestId('card-question')).not.toBeEmpty();
    for (let i = 0; i < n; i += 1) {
      await page.keyboard.press('Space');
      await expect(page.getByTestId('card-answer')).toBeVisible();
      await page.keyboard.press('3');
      await expect(page.getByTestId('card-answer')).toHaveCount(0);
    }
    await page.waitForFunction(() => localStorage.getItem('flashcards.start') !== null && localStorage.getItem('flashcards.progress') !== null);
  }

  test('paints its first card from the start snapshot, before the cards index is in, as React then shows it', async ({ page }) => {
    await study(page, 2);
    // Hold the index as well as React: only the snapshot can paint the card now.
    let releaseIndex!: () => void;
    const indexHeld = new Promise<void>((resolve) => (releaseIndex = resolve));
    await page.route('**/assets/cards-*.txt', async (route) => {
      await indexHeld;
      await route.continue();
    });
    const release = await holdApp(page);
    await page.reload();
    const question = page.getByTestId('card-question');
    await expect(question).not.toBeEmpty();
    const text = await question.textContent();
    const counts = await page.locator('.study-counts').textContent();
    await page.evaluate(() => {
      (window as unknown as { painted?: Element }).painted = document.querySelector('[data-testid="card-question"]')!;
    });
    const before = await boxes(page);

    releaseIndex();
    release();
    await waitForApp(page);
    await expect(question).toHaveText(text!);
    await expect(page.locator('.study-counts')).toHaveText(counts!);
    expect(await boxes(page)).toEqual(before);
  });

  test('shows the store’s own card when the snapshot says otherwise: React renders the page from the store', async ({ page }) => {
    await study(page, 2);
    const stored = await page.evaluate(() => localStorage.getItem('flashcards.start')!);
    // Without the snapshot, the card is worked out from the progress: the right one.
    await page.evaluate(() => localStorage.removeItem('flashcards.start'));
    await page.reload();
    const question = page.getByTestId('card-question');
    await expect(question).not.toBeEmpty();
    const right = await question.textContent();

    // A snapshot that still matches the progress but shows another question (as a bug would).
    await page.evaluate((text) => {
      const snapshot = JSON.parse(text) as { first: { new: { question: string } } };
      snapshot.first.new.question = 'Не тот вопрос';
      localStorage.setItem('flashcards.start', JSON.stringify(snapshot));
    }, stored);
    const release = await holdApp(page);
    await page.reload();
    await expect(question).toHaveText('Не тот вопрос');
    release();
    await expect(question).toHaveText(right!);
  });
});
