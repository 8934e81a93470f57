/** Faults of the browser's storage: the app stays usable and no data is lost. */
import { expect, test } from '@playwright/test';
import { PROGRESS_KEY, downloadText, grade, question, savedCards } from './helpers.ts';

test('corrupted progress on reload: an alert, the raw value kept and downloadable, studying goes on', async ({ page }) => {
  await page.goto('/#/study');
  await grade(page, '4');
  await grade(page, '4');
  await savedCards(page, 2);
  // Cut the stored value short, as a crash mid-write or a disk error would.
  const stored = await page.evaluate((key) => localStorage.getItem(key) ?? '', PROGRESS_KEY);
  const corrupted = stored.slice(0, Math.floor(stored.length / 2));
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, corrupted] as const);

  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Сохранённый прогресс не удалось прочитать');
  await expect(alert).toContainText('Исходные данные сохранены в браузере как резервная копия.');
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('flashcards.progress.backup.')));
  expect(backups).toHaveLength(1);
  expect(await page.evaluate((key) => localStorage.getItem(key), backups[0]!)).toBe(corrupted);

  const original = await downloadText(page, () => alert.getByRole('button', { name: 'Скачать исходные данные' }).click());
  expect(original.text).toBe(corrupted);

  // Dismissed, the notice is gone and the app works: a card, a grade, and that progress is saved again.
  await alert.getByRole('button', { name: 'Скрыть' }).click();
  await expect(alert).toHaveCount(0);
  await grade(page, '3');
  await savedCards(page, 1);
});

test('setItem throwing QuotaExceededError: studying goes on in memory, a lasting notice offers an export', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('flashcards.progress')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto('/#/study');
  const first = await question(page);
  await grade(page, '4');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Прогресс не сохраняется: хранилище браузера переполнено.');
  await expect(alert.getByRole('button', { name: 'Скрыть' })).toHaveCount(0);
  await grade(page, '4');
  await expect(page.getByTestId('card-question')).not.toHaveText(first);

  const file = await downloadText(page, () => alert.getByRole('button', { name: 'Скачать прогресс' }).click());
  expect(file.name).toMatch(/^flashcards-progress-.*\.json$/);
  const progress = (JSON.parse(file.text) as { progress: Record<string, { state: string }> }).progress;
  expect(Object.values(progress).map((c) => c.state)).toEqual(['review', 'review']);
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
});

test('no storage at all (disabled): the app starts, studies, and says progress is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto('/#/study');
  await expect(page.getByRole('alert')).toContainText('браузер не даёт сохранять данные');
  await grade(page, '3');
  await expect(page.getByTestId('card-question')).toBeVisible();
});

test('one damaged card in otherwise readable progress: the rest is restored, a notice says so, and studying goes on', async ({ page }) => {
  await page.goto('/#/study');
  await grade(page, '4');
  await grade(page, '4');
  await savedCards(page, 2);
  // Readable JSON with one card's schedule broken: that card is dropped, the other restored.
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key) ?? '', PROGRESS_KEY)) as { cards: Record<string, unknown[]> };
  const [id] = Object.keys(stored.cards);
  stored.cards[id!]![3] = 'not a number';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, JSON.stringify(stored)] as const);

  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Сохранённый прогресс был повреждён. Восстановлен прогресс 1 карточки, не удалось прочитать 1');
  // The study screen is on screen and its keys work.
  expect(await question(page)).not.toBe('');
  await grade(page, '3');
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('flashcards.progress.backup.')));
  expect(backups).toHaveLength(1);
});
