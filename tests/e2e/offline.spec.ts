/**
 * Offline: after the first visit the service worker has the app and the cards, so a reload with no
 * network (the server stopped, and the browser offline) still studies, reveals and shows stats.
 * A deploy with new cards is offered as a reload, and the progress made before it is kept.
 *
 * These tests run their own static server (tests/e2e/static-server.ts) over a copy of dist/, so
 * they can stop it or swap in a second build.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { buildAppFrom } from './build-app.ts';
import { serveStatic } from './static-server.ts';
import type { StaticServer } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

test.use({ serviceWorkers: 'allow' });

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'flashcards-e2e-'));
});
test.afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Wait until the service worker is active, i.e. has precached everything. */
async function swReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active service worker');
  });
}

/** Reveal the card on screen and grade it Good; returns its question. */
async function studyOne(page: Page): Promise<string> {
  const question = (await page.getByTestId('card-question').textContent()) ?? '';
  await page.keyboard.press('Space');
  await expect(page.getByTestId('card-answer')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByTestId('card-question')).not.toHaveText(question);
  return question;
}

/** Card ids with stored progress, once the debounced save has happened. */
async function storedCardIds(page: Page): Promise<string[]> {
  await expect.poll(() => page.evaluate(() => localStorage.getItem('flashcards.progress') !== null)).toBe(true);
  return page.evaluate(() => Object.keys((JSON.parse(localStorage.getItem('flashcards.progress')!) as { cards: object }).cards));
}

test('after the first visit the app works with no network', async ({ page, context }) => {
  cpSync(DIST, join(work, 'offline'), { recursive: true });
  const server: StaticServer = await serveStatic(join(work, 'offline'));
  try {
    await page.goto(`${server.url}#/study`);
    await swReady(page);
    await studyOne(page);
    expect(await storedCardIds(page)).toHaveLength(1);
  } finally {
    await server.close();
  }
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByTestId('card-question')).toBeVisible();
  // The answer renderer is a lazy chunk: it must come from the cache as well.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('card-answer').locator('.markdown')).toBeVisible();
  await expect(page.getByTestId('card-answer').locator('.markdown--plain')).toHaveCount(0);

  await page.getByRole('link', { name: 'Статистика' }).click();
  await expect(page.getByRole('heading', { name: 'Карточки по состояниям' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Карточки по состояниям' })).toContainText('Изучаются: 1');
});

test('a deploy with new cards is offered as a reload, and progress is kept', async ({ page }) => {
  test.slow(); // builds the second version
  const v1 = join(work, 'v1');
  const v2 = join(work, 'v2');
  const content = join(work, 'content');
  cpSync(DIST, v1, { recursive: true });
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(
    join(content, 'new-deck.md'),
    '# Новая колода\n\n## Что такое idempotency key?\n\nКлюч, по которому повтор запроса не выполняет действие второй раз.\n\n## Зачем нужен ETag?\n\nДля условных запросов и кэширования.\n',
  );
  buildAppFrom(content, v2);
  expect(readdirSync(v2)).toContain('sw.js');

  const server = await serveStatic(v1);
  try {
    await page.goto(`${server.url}#/study`);
    await swReady(page);
    const studied = await studyOne(page);
    const before = await storedCardIds(page);
    expect(before.length).toBe(1);

    server.setRoot(v2);
    // Opening the app again makes the browser look for a new service worker.
    await page.goto(`${server.url}#/`);
    await page.reload();
    // The new version downloads in the background, then waits for the user's go-ahead.
    await expect(page.getByText('Вышла новая версия с обновлёнными карточками. Прогресс сохранится.')).toBeVisible({ timeout: 15_000 });
    // Until the user agrees, the old version keeps running.
    await expect(page.getByText('Новая колода')).toHaveCount(0);

    await page.getByRole('button', { name: 'Обновить' }).click();
    await expect(page.getByRole('link', { name: 'Учить «Новая колода»' })).toBeVisible();
    expect(await storedCardIds(page)).toEqual(before);
    await page.goto(`${server.url}#/stats`);
    await expect(page.getByRole('region', { name: 'Карточки по состояниям' })).toContainText('Изучаются: 1');
    expect(studied).not.toBe('');
  } finally {
    await server.close();
  }
});
