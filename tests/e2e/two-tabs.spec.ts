/** Two pages of one browser context studying at once: no review is lost to the other page. */
import { expect, test } from '@playwright/test';
import { downloadText, question } from './helpers.ts';

test('two pages studying at once keep both reviews, and a card reviewed in one leaves the other\'s queue', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/#/study');
  await b.goto('/#/study');
  const q1 = await question(a);
  expect(await question(b)).toBe(q1);

  // Both show the answer of the first card, then grade it at about the same time: A Easy, B Good.
  await a.keyboard.press('Space');
  await b.keyboard.press('Space');
  await expect(b.getByTestId('card-answer')).toBeVisible();
  await a.keyboard.press('4');
  await b.keyboard.press('3');
  await expect(a.getByTestId('card-question')).not.toHaveText(q1);
  const q2 = await question(a);
  await expect(b.getByTestId('card-question')).toHaveText(q2);

  // A grades the second card; B has not revealed it, so it leaves B's screen for the next one.
  await a.keyboard.press('Space');
  await a.keyboard.press('4');
  await expect(a.getByTestId('card-question')).not.toHaveText(q2);
  const q3 = await question(a);
  await expect(b.getByTestId('card-question')).toHaveText(q3, { timeout: 10_000 });

  // Every review is in what either page exports.
  await b.goto('/#/settings');
  const file = await downloadText(b, () => b.getByRole('button', { name: 'Скачать прогресс (JSON)' }).click());
  const progress = (JSON.parse(file.text) as { progress: Record<string, { log: { grade: string }[] }> }).progress;
  const logs = Object.values(progress)
    .map((card) => card.log.map((e) => e.grade).sort())
    .sort((x, y) => y.length - x.length);
  expect(logs).toEqual([['easy', 'good'], ['easy']]);
});
