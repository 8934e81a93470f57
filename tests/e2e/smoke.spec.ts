import { expect, test } from '@playwright/test';

test('the built app opens on the deck list, in Russian', async ({ page }) => {
  await page.goto('/#/');

  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  // The deck's title from content/django-orm.md; it may appear more than once (a heading and a link).
  await expect(page.getByText('Django и ORM').first()).toBeVisible();
});
