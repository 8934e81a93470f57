/** The phone on the way to an interview: 360×640, touch. */
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

test('reveal by tap, grade with tap-sized buttons, and code scrolls inside its block', async ({ page }) => {
  await page.goto('#/study');
  const question = page.getByTestId('card-question');
  for (let i = 0; i < 6; i += 1) {
    const text = await question.textContent();
    await question.tap();
    await expect(page.getByTestId('card-answer')).toBeVisible();
    // Nothing wider than the screen, whatever the answer holds (long code lines included).
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    const good = page.getByRole('button', { name: /^Хорошо / });
    for (const name of ['Снова', 'Трудно', 'Хорошо', 'Легко']) {
      const box = await page.getByRole('button', { name }).boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    // The buttons stay on screen under a long answer, where the thumb is.
    await expect(good).toBeInViewport();
    await good.tap();
    await expect(question).not.toHaveText(text ?? '');
  }
});

test('a code block wider than the screen scrolls itself, not the page', async ({ page }) => {
  await page.goto('#/study');
  // Reveal cards until one shows code.
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Space');
    const code = page.getByTestId('card-answer').locator('pre').first();
    if ((await code.count()) > 0) {
      const { scroll, client } = await code.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(client).toBeLessThanOrEqual(360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      if (scroll > client) {
        expect(await code.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
        return;
      }
    }
    await page.keyboard.press('3');
  }
  throw new Error('No card among the first 30 has a code block wider than 360px; pick another check.');
});
