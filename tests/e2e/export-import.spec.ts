/** Export, reset and import through the settings screen, and a malicious file refused. */
import { expect, test } from '@playwright/test';
import { downloadText, grade, question, savedCards } from './helpers.ts';

test('export, reset, import: progress comes back', async ({ page }, testInfo) => {
  await page.goto('/#/study');
  for (let i = 0; i < 3; i += 1) await grade(page, '4');
  const next = await question(page);
  await savedCards(page, 3);

  await page.goto('/#/settings');
  const exported = await downloadText(page, () => page.getByRole('button', { name: 'Скачать прогресс (JSON)' }).click());
  expect(JSON.parse(exported.text)).toMatchObject({ format: 'interview-flashcards/progress', schemaVersion: 2 });
  const path = testInfo.outputPath(exported.name);
  await (await import('node:fs/promises')).writeFile(path, exported.text);

  await page.getByRole('button', { name: 'Сбросить прогресс…' }).click();
  await page.getByRole('button', { name: 'Да, сбросить' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Прогресс сброшен' })).toBeVisible();
  await page.goto('/#/study');
  expect(await question(page)).not.toBe(next); // every card is new again: the first one is back

  await page.goto('/#/settings');
  await page.getByLabel('Загрузить прогресс из файла…').setInputFiles(path);
  const preview = page.getByRole('region', { name: /Импорт «flashcards-progress-/ });
  await expect(preview).toContainText('Добавится: 3, обновится: 0, без изменений: 0');
  await preview.getByRole('button', { name: 'Применить' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Импорт выполнен: добавлено 3' })).toBeVisible();

  await page.reload();
  await page.goto('/#/study');
  expect(await question(page)).toBe(next);
});

test('a malicious import is rejected with a clear message, nothing runs and nothing changes', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/#/study');
  await grade(page, '4');
  const next = await question(page);
  await savedCards(page, 1);
  const before = await page.evaluate(() => localStorage.getItem('flashcards.progress'));

  const card = { state: 'review', due: '2025-03-13T09:00:00.000Z', stability: 3, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 1, lapses: 0, lastReview: '2025-03-10T09:00:00.000Z', log: [] };
  const evil = JSON.stringify({
    format: 'interview-flashcards/progress',
    schemaVersion: 2,
    appVersion: '<img src=x onerror="alert(1)">',
    exportedAt: '2025-03-10T09:00:00.000Z',
    contentFingerprint: 'javascript:alert(1)',
    progress: { '<script>alert(2)</script>': card, ok: { ...card, onerror: 'alert(3)' } },
  });
  await page.goto('/#/settings');
  await page.getByLabel('Загрузить прогресс из файла…').setInputFiles({ name: '<img src=x onerror=alert(4)>.json', mimeType: 'application/json', buffer: Buffer.from(evil) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Файл повреждён или изменён вручную: неверное значение в progress["<script>alert(2)</script>"]');
  await expect(alert).toContainText('Файл не принят, прогресс не изменён.');
  await expect(page.locator('img, script:not([src]), [onerror]')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /Импорт/ })).toHaveCount(0);

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('flashcards.progress'))).toBe(before);
  await page.goto('/#/study');
  expect(await question(page)).toBe(next);
});
