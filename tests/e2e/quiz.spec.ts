import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const HEADLINE = 'django-orm-questions';

/** Reveal and grade the question on screen by keyboard; returns its text. */
async function answer(page: Page, n: number, total: number, key: string): Promise<string> {
  await expect(page.getByTestId('progress')).toHaveText(`${n} / ${total}`);
  const question = (await page.getByTestId('card-question').textContent()) ?? '';
  await page.keyboard.press('Space');
  await expect(page.getByTestId('card-answer')).toBeVisible();
  await page.keyboard.press(key);
  return question;
}

test('the whole 50-question quiz by keyboard, with the results screen', async ({ page }) => {
  await page.goto('/#/');
  // The navigation's quiz link opens the 50 junior questions.
  await page.getByRole('navigation').getByRole('link', { name: 'Тест' }).click();
  await expect(page).toHaveURL(new RegExp(`#/quiz/${HEADLINE}$`));
  await expect(page.getByText('50 вопросов', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Начать тест' })).toBeFocused();
  await page.keyboard.press('Enter');

  const missed: string[] = [];
  let known = 0;
  let shaky = 0;
  for (let n = 1; n <= 50; n += 1) {
    // 1 missed every tenth, 2 shaky every seventh, else 3 or 4 known.
    const key = n % 10 === 0 ? '1' : n % 7 === 0 ? '2' : n % 2 === 0 ? '3' : '4';
    const question = await answer(page, n, 50, key);
    if (key === '1') missed.push(question);
    else if (key === '2') shaky += 1;
    else known += 1;
  }

  await expect(page.getByRole('heading', { name: 'Результаты теста' })).toBeFocused();
  await expect(page.getByTestId('quiz-score')).toHaveText(new RegExp(`^Знаю: ${known} из 50 \\(${Math.round((known / 50) * 100)}\\s?%\\)$`));
  await expect(page.getByText(`Сомневался: ${shaky}`)).toBeVisible();
  await expect(page.getByText(`Не знал: ${missed.length}`)).toBeVisible();
  await expect(page.getByText(/^Время: /)).toBeVisible();
  const missedList = page.getByRole('list', { name: 'Пропущенные вопросы' });
  await expect(missedList.getByRole('listitem')).toHaveText(missed);

  // A missed question opens to show its answer.
  await missedList.getByText(missed[0]!).click();
  await expect(missedList.getByRole('listitem').first().locator('.details-body')).toBeVisible();

  // Quiz the missed again, still by keyboard: Tab to the button, Enter.
  await page.getByRole('button', { name: 'Пройти пропущенные ещё раз' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('progress')).toHaveText(`1 / ${missed.length}`);
  await expect(page.getByTestId('card-question')).toHaveText(missed[0]!);

  // The grades went into the schedule: home counts the cards as learning.
  await page.getByRole('navigation').getByRole('link', { name: 'Главная' }).click();
  const row = page.getByRole('row', { name: /50 вопросов/ });
  await expect(row.locator('.count-learning')).not.toHaveText('0');
});

test('an interrupted quiz resumes where it stopped after a reload', async ({ page }) => {
  await page.goto(`/#/quiz/${HEADLINE}`);
  await page.getByRole('radio', { name: 'Вперемешку' }).check();
  await page.getByRole('button', { name: 'Начать тест' }).click();
  for (let n = 1; n <= 7; n += 1) await answer(page, n, 50, n === 3 ? '1' : '3');
  await expect(page.getByTestId('progress')).toHaveText('8 / 50');
  const eighth = await page.getByTestId('card-question').textContent();

  await page.reload();
  await expect(page.getByTestId('progress')).toHaveText('8 / 50');
  await expect(page.getByTestId('card-question')).toHaveText(eighth!);
  // And goes on to the end from there.
  for (let n = 8; n <= 50; n += 1) await answer(page, n, 50, '4');
  await expect(page.getByTestId('quiz-score')).toHaveText(/^Знаю: 49 из 50/);
});

test('typed answers: the answer typed is shown beside the model answer', async ({ page }) => {
  await page.goto(`/#/quiz/${HEADLINE}`);
  await page.getByRole('checkbox', { name: 'Сначала записывать свой ответ' }).check();
  await page.getByRole('button', { name: 'Начать тест' }).click();
  const field = page.getByRole('textbox', { name: 'Ваш ответ' });
  await expect(field).toBeFocused();
  await page.keyboard.type('Каркас для веб-приложений 1 2 3');
  await expect(page.getByTestId('card-answer')).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('card-answer')).toBeVisible();
  await expect(page.locator('.quiz-typed')).toContainText('Каркас для веб-приложений 1 2 3');
  await page.keyboard.press('3');
  await expect(page.getByTestId('progress')).toHaveText('2 / 50');
  await expect(field).toBeFocused();
});
