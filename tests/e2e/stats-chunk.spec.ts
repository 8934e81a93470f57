/** Stats is loaded lazily: studying never downloads its code. */
import { expect, test } from '@playwright/test';

test('the stats chunk is not loaded on the study route, and is once stats is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const statsChunk = (path: string) => /\/assets\/secondary-screens-[\w-]+\.js$/.test(path);

  await page.goto('#/study');
  await expect(page.getByTestId('card-question')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('card-answer')).toBeVisible();
  await page.keyboard.press('3');
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter(statsChunk)).toEqual([]);

  await page.getByRole('link', { name: 'Статистика' }).click();
  await expect(page.getByRole('heading', { name: 'Карточки по состояниям' })).toBeVisible();
  expect(scripts.filter(statsChunk)).toHaveLength(1);
});
