import { expect, test } from '@playwright/test';

test('the built app opens on the deck list, in Russian', async ({ page }) => {
  await page.goto('/#/');

  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // The deck's title from content/django-orm.md; it may appear more than once (a heading and a link).
  await expect(page.getByText('Django и ORM').first()).toBeVisible();
});

test('the cards are data beside the code: if they cannot be downloaded, a clear message and a reload', async ({ page }) => {
  await page.route('**/assets/cards-*.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/#/study');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Не удалось загрузить карточки. Прогресс в браузере цел');
  await expect(alert.getByRole('button', { name: 'Перезагрузить страницу' })).toBeVisible();

  // Back online, the reload brings the cards.
  await page.unroute('**/assets/cards-*.json');
  await alert.getByRole('button', { name: 'Перезагрузить страницу' }).click();
  await expect(page.getByTestId('card-question')).not.toBeEmpty();
});

test('if only the answers cannot be downloaded, the questions stay usable and the answer says why', async ({ page }) => {
  await page.route('**/assets/answers-*.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/#/study');
  await expect(page.getByTestId('card-question')).not.toBeEmpty();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('card-answer')).toContainText('Не удалось загрузить ответы');
  await page.keyboard.press('3');
  await expect(page.getByTestId('card-answer')).toHaveCount(0);
  await expect(page.getByTestId('card-question')).not.toBeEmpty();
});
