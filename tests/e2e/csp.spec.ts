/** The built app sets a strict Content-Security-Policy and works under it. */
import { expect, test } from '@playwright/test';
import { downloadText, grade, watchPage } from './helpers.ts';

test('the built index.html carries a strict CSP, and studying, export and import raise no violation', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("require-trusted-types-for 'script'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');

  const watch = await watchPage(page);

  await page.goto('/#/study');
  await expect(page.getByTestId('card-question')).toBeVisible();
  await page.keyboard.press('Space');
  // The answer's markdown renderer and highlighter arrive as a lazy chunk.
  await expect(page.getByTestId('card-answer').locator('.markdown:not(.markdown--plain)').first()).toBeVisible();
  await page.keyboard.press('4');
  await grade(page, '3');
  await page.goto('/#/settings');
  const file = await downloadText(page, () => page.getByRole('button', { name: 'Скачать прогресс (JSON)' }).click());
  await page.getByLabel('Загрузить прогресс из файла…').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await page.getByRole('region', { name: 'Импорт «p.json»' }).getByRole('button', { name: 'Применить' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'В файле нет ничего нового' })).toBeVisible();

  await watch.check();
});

test('under the CSP an HTML string cannot reach the DOM, and only the app\'s own two policies can be made', async ({ page }) => {
  // The notes parser's worker is started through the second policy: parse something first.
  await page.goto('/#/import');
  await page.getByLabel('Или вставьте заметки').fill('# Сети\n\n## Что такое TCP?\n\nС соединением.\n');
  await page.getByRole('button', { name: 'Разобрать' }).click();
  await expect(page.getByTestId('import-card-count')).toHaveText('1');
  // The app registers its worker through the one allowed Trusted Types policy: it must succeed.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toMatch(/^http:\/\/localhost:\d+\/$/);
  const outcome = await page.evaluate(() => {
    const attempt = (f: () => unknown): string => {
      try {
        f();
        return 'allowed';
      } catch (e) {
        return e instanceof Error ? e.name : String(e);
      }
    };
    const tt = (window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
    return {
      innerHTML: attempt(() => (document.body.appendChild(document.createElement('div')).innerHTML = '<img src=x onerror=alert(1)>')),
      otherPolicy: attempt(() => tt.createPolicy('anything', { createHTML: (s: string) => s })),
      // Already made by the app for its worker, and names cannot be taken twice.
      swPolicyAgain: attempt(() => tt.createPolicy('flashcards-sw', { createScriptURL: (s: string) => s })),
      workerPolicyAgain: attempt(() => tt.createPolicy('flashcards-notes-worker', { createScriptURL: (s: string) => s })),
    };
  });
  expect(outcome).toEqual({ innerHTML: 'TypeError', otherPolicy: 'TypeError', swPolicyAgain: 'TypeError', workerPolicyAgain: 'TypeError' });
  await expect(page.locator('img')).toHaveCount(0);
});
