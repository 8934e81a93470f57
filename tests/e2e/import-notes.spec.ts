/**
 * Importing notes in the browser (`#/import`), as a new user does: a notes file the app has never
 * seen, its preview, studying the new deck, a reload, an edited copy imported again, pasted notes, a
 * PNG named `.md` dropped on the page, deleting the deck; and an import with no network. Under the
 * built app's CSP (the parser runs in a worker started through a Trusted Types policy).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { PROGRESS_KEY, downloadText, grade, savedCards, watchPage } from './helpers.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import');
const NOTES = readFileSync(resolve(FIXTURES, 'python-basics.md'));
const EDITED = readFileSync(resolve(FIXTURES, 'python-basics.edited.md'));
const DECK = 'python-basics';
const LIST_VS_TUPLE = 'c19okdo943cz';

const picker = (page: Page) => page.getByLabel('Выбрать файлы…');
const preview = (page: Page) => page.getByRole('region', { name: 'Что получится' });
/** The import screen's own announcements (the app frame has a status line of its own). */
const status = (page: Page) => page.getByRole('main').getByRole('status');

test('import a new notes file, study it, reload, import an edited copy, delete it', async ({ page }, testInfo) => {
  const watch = await watchPage(page);
  await page.goto('/#/');
  await page.getByRole('link', { name: 'Импортировать заметки' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Импорт заметок' })).toBeVisible();

  await picker(page).setInputFiles({ name: 'python-basics.md', mimeType: 'text/markdown', buffer: NOTES });
  await expect(page.getByTestId('import-card-count')).toHaveText('3');
  await expect(preview(page)).toContainText('карточки в 1 колоде');
  await expect(preview(page)).toContainText('Новых: 3 карточки.');
  // The skipped sections, with their lines.
  await preview(page).getByText('Не стало карточками: 2').click();
  await expect(preview(page)).toContainText('python-basics.md, строка 25: contents or links, not a question');
  // The first cards, rendered: the answer's code is highlighted Python, its list a list.
  await expect(preview(page).locator('pre[data-language="python"] code').first()).toContainText('point = (1, 2)');
  await expect(preview(page).getByRole('listitem').getByText('экономит память;', { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('preview.png'), fullPage: true });
  // Nothing is kept before the learner confirms.
  await page.goto('/#/');
  await expect(page.locator(`[data-testid="deck-row"][data-deck-id="${DECK}"]`)).toHaveCount(0);

  await page.goto('/#/import');
  await picker(page).setInputFiles({ name: 'python-basics.md', mimeType: 'text/markdown', buffer: NOTES });
  await page.getByTestId('import-confirm').click();
  await expect(status(page)).toHaveText('Импортировано: 3 карточки. Колоды — на главной.');

  await page.goto('/#/');
  const row = page.locator(`[data-testid="deck-row"][data-deck-id="${DECK}"]`);
  await expect(row).toContainText('Python: основы к собеседованию');
  await expect(row).toContainText('импорт из «python-basics.md»');
  await row.getByRole('link', { name: 'Учить «Python: основы к собеседованию»' }).click();
  await expect(page.getByTestId('card-question')).toHaveText('Чем список отличается от кортежа?');
  await grade(page, '3');
  await savedCards(page, 1);

  await page.reload();
  await page.goto('/#/');
  await expect(row).toBeVisible();
  await page.goto('/#/browse');
  await expect(page.locator(`[data-testid="browse-row"][data-card-id="${LIST_VS_TUPLE}"]`)).toHaveAttribute('data-state', 'learning');

  // The same file, edited: one answer changed, one question removed, one added.
  await page.goto('/#/import');
  await picker(page).setInputFiles({ name: 'python-basics.md', mimeType: 'text/markdown', buffer: EDITED });
  await expect(preview(page).getByLabel('Куда')).toHaveValue('python-basics.md');
  await expect(preview(page)).toContainText('Добавится: 1, изменится: 1, уйдёт: 1, без изменений: 1.');
  await preview(page).getByText('Изменённые и ушедшие вопросы').click();
  await expect(preview(page)).toContainText('Что такое декоратор? — добавится');
  await expect(preview(page)).toContainText('Чем список отличается от кортежа? — изменится');
  await expect(preview(page)).toContainText('Что делает GIL? — уйдёт');
  await page.getByTestId('import-confirm').click();
  await expect(status(page)).toHaveText('Импортировано: 3 карточки. Колоды — на главной.');
  // The studied card keeps its progress; the deck is still one deck, with the new question.
  await page.goto('/#/browse');
  await expect(page.locator(`[data-testid="browse-row"][data-card-id="${LIST_VS_TUPLE}"]`)).toHaveAttribute('data-state', 'learning');
  await expect(page.getByTestId('browse-row').filter({ hasText: 'Что такое декоратор?' })).toHaveCount(1);
  await page.goto('/#/');
  await expect(page.locator('[data-testid="deck-row"]')).toHaveCount(3);

  // Delete: it asks first, and the progress stays unless asked for.
  await page.goto('/#/import');
  await page.getByRole('button', { name: 'Удалить «python-basics.md»…' }).click();
  await expect(page.getByRole('group', { name: 'Удалить «python-basics.md»…' })).toContainText('Удалить «python-basics.md» (3 карточки)?');
  await page.getByRole('button', { name: 'Да, удалить' }).click();
  await expect(status(page)).toHaveText('Заметки «python-basics.md» удалены.');
  await page.goto('/#/');
  await expect(row).toHaveCount(0);
  const kept = await page.evaluate((key) => Object.keys((JSON.parse(localStorage.getItem(key) ?? '{"cards":{}}') as { cards: object }).cards), PROGRESS_KEY);
  expect(kept).toContain(LIST_VS_TUPLE);
  await page.reload();
  await expect(page.locator('[data-testid="deck-row"]')).toHaveCount(2);
  await watch.check();
});

test('pasted notes are imported under the name given', async ({ page }) => {
  const watch = await watchPage(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/#/import');
  await page.getByLabel('Или вставьте заметки').fill('# Сети\n\n## Что такое TCP?\n\nПротокол с установкой соединения и гарантией доставки.\n\n## Что такое UDP?\n\nБез соединения и без гарантий.\n');
  await page.getByLabel('Название').fill('networks');
  await page.getByRole('button', { name: 'Разобрать' }).click();
  await expect(page.getByTestId('import-card-count')).toHaveText('2');
  await page.getByTestId('import-confirm').click();
  await expect(status(page)).toHaveText('Импортировано: 2 карточки. Колоды — на главной.');
  await page.goto('/#/study/networks');
  await expect(page.getByTestId('card-question')).toHaveText('Что такое TCP?');
  // Nothing at phone width is wider than the screen.
  await page.goto('/#/import');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await watch.check();
});

test('a PNG named .md, dropped on the page, is refused with an alert and changes nothing', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/#/');
  await expect(page.getByTestId('deck-row').first()).toBeVisible();
  const png = readFileSync(resolve(import.meta.dirname, '../../public/icon-192.png'));
  // A real drop: a DataTransfer holding the file, dropped on home; the import screen opens for it.
  const transfer = await page.evaluateHandle((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'notes.md', { type: 'text/markdown' }));
    return dt;
  }, [...png]);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page).toHaveURL(/#\/import$/);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('«notes.md» — не текст (похоже на картинку, архив или PDF).');
  await expect(alert).toContainText('Ничего не импортировано и ничего не изменено.');
  // Below the controls on a phone: brought into view.
  await expect(alert).toBeInViewport();
  await expect(page.getByTestId('import-confirm')).toHaveCount(0);
  await page.goto('/#/');
  await expect(page.getByTestId('deck-row')).toHaveCount(2);
});

test('notes import with no network after the first visit', async ({ page, context }) => {
  await page.goto('/#/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await context.setOffline(true);
  await page.goto('/#/import');
  await picker(page).setInputFiles({ name: 'python-basics.md', mimeType: 'text/markdown', buffer: NOTES });
  await expect(page.getByTestId('import-card-count')).toHaveText('3');
  await page.getByTestId('import-confirm').click();
  await expect(status(page)).toHaveText('Импортировано: 3 карточки. Колоды — на главной.');
  await page.goto('/#/');
  await expect(page.locator(`[data-testid="deck-row"][data-deck-id="${DECK}"]`)).toBeVisible();
  await context.setOffline(false);
});

test('a progress backup carries the imported notes, and importing it restores them', async ({ page }, testInfo) => {
  await page.goto('/#/import');
  await picker(page).setInputFiles({ name: 'python-basics.md', mimeType: 'text/markdown', buffer: NOTES });
  await page.getByTestId('import-confirm').click();
  await expect(status(page)).toHaveText('Импортировано: 3 карточки. Колоды — на главной.');

  await page.goto('/#/settings');
  const exported = await downloadText(page, () => page.getByRole('button', { name: 'Скачать прогресс (JSON)' }).click());
  expect(JSON.parse(exported.text)).toMatchObject({ notes: [{ name: 'python-basics.md', text: NOTES.toString('utf8') }] });
  const path = testInfo.outputPath(exported.name);
  await (await import('node:fs/promises')).writeFile(path, exported.text);

  await page.goto('/#/import');
  await page.getByRole('button', { name: 'Удалить «python-basics.md»…' }).click();
  await page.getByRole('button', { name: 'Да, удалить' }).click();
  await expect(status(page)).toHaveText('Заметки «python-basics.md» удалены.');

  await page.goto('/#/settings');
  await page.getByLabel('Загрузить прогресс из файла…').setInputFiles(path);
  const preview = page.getByRole('region', { name: /Импорт «flashcards-progress-/ });
  await expect(preview).toContainText('В файле есть импортированные заметки (1): python-basics.md.');
  await preview.getByRole('button', { name: 'Применить' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Импортированные заметки восстановлены: 3 карточки.' })).toBeVisible();
  await page.reload();
  await page.goto('/#/');
  await expect(page.locator(`[data-testid="deck-row"][data-deck-id="${DECK}"]`)).toBeVisible();
});
