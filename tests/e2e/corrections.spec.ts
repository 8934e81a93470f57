/**
 * The corrections beside the author's notes (content/django-orm.corrections.md), in the built app:
 * the review's ten key corrections show under their answers, set apart and labelled, with their
 * sources as links that the keyboard reaches.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The review's ten corrections a junior must not miss: the card, and words the correction must hold. */
const KEY_CORRECTIONS: readonly [question: string, mustSay: RegExp][] = [
  ['Что такое Middleware, для чего, как реализуется', /get_response/],
  ['Что такое сигналы? Зачем нужны? Назовите основные', /pre_delete/],
  ['Опишите алгоритм работы CSRF middleware', /csrfmiddlewaretoken/],
  ['Опишите алгоритм работы CSRF middleware', /csrf_exempt/],
  ['Как реализуется связь m2m на уровне базы данных', /through/],
  ['Какие инструменты используются для работы с миграциями в Django и Flask?', /makemigrations|migrate/],
  ['Что такое сессии и как они работают в Django и Flask?', /cookie|куки/i],
  ['Какие инструменты используются для работы с асинхронным кодом в Django и Flask?', /ASGI/],
  ['Что такое Meta в классах Django и для чего нужен', /metaclass=/],
  ['select_related и prefetch_related', /Prefetch/],
];

/** Opens the card's view in browse and returns it. */
async function openInBrowse(page: Page, question: string) {
  await page.goto('/#/browse');
  await page.getByRole('searchbox').fill(question);
  const row = page.getByTestId('browse-row').filter({ hasText: question }).first();
  await row.getByRole('button').first().click();
  return row;
}

for (const [question, mustSay] of KEY_CORRECTIONS) {
  test(`«${question}» shows a correction saying ${mustSay} under its answer`, async ({ page }) => {
    const row = await openInBrowse(page, question);
    const notes = row.getByTestId('correction');
    await expect(notes.first()).toBeVisible();
    await expect(notes.filter({ hasText: mustSay }).first()).toBeVisible();
    const note = notes.filter({ hasText: mustSay }).first();
    await expect(note).toHaveAttribute('role', 'note');
    await expect(note.getByText('Поправка', { exact: true })).toBeVisible();
    await expect(note.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
  });
}

test('in study, the keyboard goes from the answer to the correction’s links, and a screen reader hears it named', async ({ page }) => {
  await page.goto('/#/study/django-orm');
  await expect(page.getByTestId('card-question')).toHaveText('Возможности Django');
  await page.keyboard.press('Space');
  const note = page.getByRole('note', { name: 'Поправка' }).first();
  await expect(note).toBeVisible();
  const link = note.getByRole('link').first();
  let reached = false;
  for (let i = 0; i < 20 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await link.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.screenshot({ path: test.info().outputPath('study-correction.png'), fullPage: true });
});
