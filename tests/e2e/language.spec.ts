/** The interface language: the browser's at first, then the user's choice, kept across reloads. */
import { expect, test } from '@playwright/test';

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('gets English at first, and keeps Russian once chosen', async ({ page }) => {
    await page.goto('#/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { name: 'Настройки' })).toBeVisible();

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('navigation', { name: 'Разделы' })).toBeVisible();
  });
});

test.describe('a Russian browser', () => {
  test.use({ locale: 'ru-RU' });

  test('gets Russian at first, and keeps English once chosen', async ({ page }) => {
    await page.goto('#/settings');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('#/study');
    await expect(page.getByRole('button', { name: /^Show answer / })).toBeVisible();
    await page.goto('#/stats');
    await expect(page.getByRole('heading', { name: 'Cards by state' })).toBeVisible();
  });
});
