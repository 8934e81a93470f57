/**
 * Notes in the GitHub `<details>` shape (docs/notes-format.md, "Shapes"), in a real browser: the app
 * is built here from tests/fixtures/notes/shapes-details.md alone, and its answers must show as
 * rendered markdown, with none of the notes' HTML on the page, under the app's CSP.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildAppFrom } from './build-app.ts';
import { watchPage } from './helpers.ts';
import { serveStatic } from './static-server.ts';
import type { StaticServer } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');

let work: string;
let server: StaticServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = mkdtempSync(join(tmpdir(), 'flashcards-e2e-shapes-'));
  mkdirSync(join(work, 'content'));
  copyFileSync(join(ROOT, 'tests/fixtures/notes/shapes-details.md'), join(work, 'content', 'django-intro.md'));
  buildAppFrom(join(work, 'content'), join(work, 'site'));
  server = await serveStatic(join(work, 'site'));
});
test.afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

test('a <details> card shows its summary as the question and its inside as rendered markdown, with no HTML of the notes', async ({ page }) => {
  const watch = await watchPage(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${server.url}#/study`);

  const question = page.getByTestId('card-question');
  await expect(question).toHaveText('What is Django?');
  await page.keyboard.press('Space');
  const answer = page.getByTestId('card-answer');
  // The list inside the block is a list, its bold is bold: markdown, rendered.
  await expect(answer.getByRole('listitem')).toHaveText(['fast to build with;', 'secure by default.']);
  await expect(answer).toContainText('Django is a high-level Python web framework:');
  await expect(answer.locator('details, summary')).toHaveCount(0);

  await page.keyboard.press('3');
  await expect(question).toHaveText('What is a QuerySet?');
  await page.keyboard.press('Space');
  // The code inside the block is highlighted Python.
  const code = answer.locator('pre[data-language="python"] code');
  await expect(code).toHaveText("Book.objects.filter(title__startswith='D')");
  await expect(code.locator('.token.string')).toHaveText("'D'");

  await page.keyboard.press('3');
  await expect(question).toHaveText('Which command creates migrations?');
  await page.keyboard.press('Space');
  await expect(answer.locator('code').first()).toHaveText('python manage.py makemigrations');

  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/<\/?(?:details|summary|b)\b/);
  await watch.check();
});
