/**
 * The interview rehearsal as a new user meets it: from home, four questions against the clock, one
 * answered with the notes' own words and one with "не знаю", a reload in the middle, the report,
 * and the grades in the schedule. Also on a phone's screen.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { loadCollection } from '../../scripts/vite-plugin-cards.ts';
import { watchPage } from './helpers.ts';

const { collection } = loadCollection('content');
const byQuestion = new Map(collection.cards.map((c) => [c.question, c]));

/** The card on screen, from the notes as the build reads them. */
async function cardOnScreen(page: Page) {
  const question = (await page.getByTestId('card-question').textContent()) ?? '';
  const card = byQuestion.get(question);
  expect(card, `the question on screen is in the notes: ${question}`).toBeDefined();
  return card!;
}

/** What a learner who knows the answer shown types: its words, its corrections, no markdown. */
const typedBack = (card: NonNullable<ReturnType<typeof byQuestion.get>>): string =>
  [card.answer, ...(card.corrections ?? []).map((c) => c.text)].join('\n').replace(/[`*]/g, '');

const percent = async (page: Page): Promise<number> => Number(/^(\d+)\s?%$/.exec((await page.getByTestId('coverage').textContent()) ?? '')?.[1] ?? NaN);

async function answerWith(page: Page, text: string, key: string): Promise<number> {
  const field = page.getByRole('textbox', { name: 'Ваш ответ' });
  await expect(field).toBeFocused();
  await field.fill(text);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('card-answer')).toBeVisible();
  const coverage = await percent(page);
  await page.keyboard.press(key);
  return coverage;
}

test('four questions: coverage tells the notes’ answer from "не знаю", a reload resumes, the report, the schedule', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('#/');
  await page.getByRole('link', { name: 'Репетиция собеседования' }).click();
  await expect(page).toHaveURL(/#\/interview$/);
  await expect(page.getByRole('checkbox', { name: /^Ниже приведены 50 вопросов/ })).toBeChecked();
  await page.getByLabel('Сколько вопросов').selectOption('4');
  await page.getByTestId('interview-start').click();

  await expect(page.getByText('Вопрос 1 из 4')).toBeVisible();
  await expect(page.getByTestId('timer')).toHaveText(/^[12]:\d\d$/);
  const asked = [await cardOnScreen(page)];
  const known = await answerWith(page, typedBack(asked[0]!), '3');

  await expect(page.getByText('Вопрос 2 из 4')).toBeVisible();
  asked.push(await cardOnScreen(page));
  const unknown = await answerWith(page, 'не знаю', '1');
  expect(known).toBeGreaterThanOrEqual(80);
  expect(unknown).toBe(0);

  // A reload in the middle of the third question: the same question, what was typed, the clock going on.
  await expect(page.getByText('Вопрос 3 из 4')).toBeVisible();
  asked.push(await cardOnScreen(page));
  await page.getByRole('textbox', { name: 'Ваш ответ' }).fill('начало ответа');
  await page.getByRole('textbox', { name: 'Ваш ответ' }).blur();
  await page.reload();
  await expect(page.getByText('Вопрос 3 из 4')).toBeVisible();
  await expect(page.getByTestId('card-question')).toHaveText(asked[2]!.question);
  await expect(page.getByRole('textbox', { name: 'Ваш ответ' })).toHaveValue('начало ответа');
  await page.getByRole('textbox', { name: 'Ваш ответ' }).focus();
  await answerWith(page, 'начало ответа', '2');

  asked.push(await cardOnScreen(page));
  await answerWith(page, 'не знаю', '1');

  const report = page.getByTestId('interview-report');
  await expect(report.getByRole('heading', { name: 'Итоги репетиции' })).toBeFocused();
  await expect(report).toContainText('4 вопроса');
  const rows = report.locator('.interview-answer');
  await expect(rows).toHaveCount(4);
  for (const [i, card] of asked.entries()) await expect(rows.nth(i)).toContainText(card.question);
  await expect(rows.nth(0)).toContainText(`Покрытие${known}`);
  await expect(rows.nth(1)).toContainText(/Покрытие0\s?%ОценкаСнова/);
  await expect(report.getByRole('button', { name: 'Повторить пропущенные сейчас' })).toBeVisible();

  // The grades went into the schedule: browse lists the four as no longer new.
  await page.goto('#/browse');
  for (const card of asked) await expect(page.locator(`[data-testid="browse-row"][data-card-id="${card.id}"]`)).not.toHaveAttribute('data-state', 'new');
  // And stats shows the rehearsal.
  await page.goto('#/stats');
  await expect(page.getByRole('region', { name: 'Репетиции' }).getByRole('row')).toHaveCount(2);
  await watch.check();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a rehearsal fits the screen, and the key points are in reach of the grade buttons', async ({ page }) => {
    await page.goto('#/interview');
    await page.getByTestId('interview-start').click();
    const card = await cardOnScreen(page);
    await page.getByRole('textbox', { name: 'Ваш ответ' }).fill(typedBack(card));
    await page.getByRole('button', { name: /Показать ответ/ }).click();
    await expect(page.getByTestId('coverage')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('region', { name: 'Ключевые моменты' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('region', { name: 'Ключевые моменты' })).toBeInViewport();
    await page.getByRole('group', { name: 'Оценка ответа' }).getByRole('button', { name: /^Хорошо/ }).click();
    await expect(page.getByText('Вопрос 2 из 10')).toBeVisible();
  });
});
