import { expect, test } from '@playwright/test';

test('search finds "select_related", ignoring case', async ({ page }) => {
  await page.goto('/#/browse');
  const search = page.getByRole('searchbox', { name: 'Искать в вопросах и ответах' });
  await expect(search).toHaveAttribute('type', 'search');
  await expect(page.getByTestId('browse-row')).toHaveCount(64);

  await search.fill('SELECT_RELATED');
  const rows = page.getByTestId('browse-row');
  await expect(rows.first()).toContainText('select_related');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(64);
  for (const row of await rows.all()) await expect(row).toHaveAttribute('data-state', 'new');

  // The card's detail: its source, file and line.
  await rows.first().getByRole('button').click();
  await expect(rows.first().locator('.browse-facts')).toContainText(/content\/django-orm\.md:\d+/);
});

test('a flag with a note survives a reload, and is listed in browse', async ({ page }) => {
  await page.goto('/#/browse');
  await page.getByRole('searchbox').fill('select_related');
  const row = page.getByTestId('browse-row').first();
  const cardId = await row.getAttribute('data-card-id');
  await row.getByRole('button').first().click();
  await row.getByRole('button', { name: 'Ошибка в карточке' }).click();
  await page.keyboard.type('пример с publisher устарел');
  await page.keyboard.press('Control+Enter');
  await expect(row.getByText('Помечена как ошибочная: пример с publisher устарел').first()).toBeVisible();

  await page.reload();
  await page.getByRole('checkbox', { name: 'Только с флажком' }).check();
  const flagged = page.getByTestId('browse-row');
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toHaveAttribute('data-card-id', cardId!);
  await expect(flagged).toContainText('Помечена как ошибочная: пример с publisher устарел');

  // And it downloads as a checklist line.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать флажки и избранное (.md)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^flashcards-flags-\d{4}-\d{2}-\d{2}\.md$/);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(path, 'utf8')).toMatch(/- \[ \] .*select_related.* — пример с publisher устарел \(content\/django-orm\.md:\d+\)/);
});

test('at phone width (360px) the new screens never scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  for (const hash of ['#/quiz/django-orm-questions', '#/weak', '#/browse']) {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    if (hash === '#/browse') {
      await page.getByTestId('browse-row').first().getByRole('button').first().click();
      await expect(page.locator('.browse-detail')).toBeVisible();
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, hash).toBe(0);
  }
  // A quiz question with its grade bar, answer shown.
  await page.goto('/#/quiz/django-orm-questions');
  await page.getByRole('button', { name: 'Начать тест' }).click();
  await expect(page.getByTestId('card-question')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: 'Как вы ответили?' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
});
