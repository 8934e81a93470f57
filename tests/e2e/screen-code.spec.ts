/** The screens other than home and study are loaded on demand: never by the routes that do not show them, and beside the entry by the route that does. */
import { expect, test } from '@playwright/test';

const pathOf = (url: string): string => new URL(url).pathname;

test('the stats chunk is not loaded on the study route, and is once stats is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(pathOf(request.url()));
  });
  const statsChunk = (path: string) => /\/assets\/secondary-screens-[\w-]+\.js$/.test(path);

  await page.goto('#/study');
  await expect(page.getByTestId('card-question')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('card-answer')).toBeVisible();
  await page.keyboard.press('3');
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter(statsChunk)).toEqual([]);

  await page.getByRole('link', { name: 'Статистика' }).click();
  await expect(page.getByRole('heading', { name: 'Карточки по состояниям' })).toBeVisible();
  expect(scripts.filter(statsChunk)).toHaveLength(1);
});

test('on a phone’s network, a link to browse downloads the screen’s code beside the app’s, not after it', async ({ page }) => {
  // A slow connection makes the order plain: the app's entry (~100 kB gzipped) takes about half a
  // second to arrive, the screen's code is asked for long before that.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 });
  const started = new Map<string, number>();
  const finished = new Map<string, number>();
  page.on('request', (request) => started.set(pathOf(request.url()), Date.now()));
  page.on('requestfinished', (request) => finished.set(pathOf(request.url()), Date.now()));

  await page.goto('#/browse');
  await expect(page.getByTestId('browse-row').first()).toBeVisible();
  const browseChunk = [...started.keys()].find((path) => /\/assets\/browse-screen-[\w-]+\.js$/.test(path));
  // The entry's code: the last of its files to arrive.
  const entry = [...finished.keys()].filter((path) => /\/assets\/index-[\w-]+\.js$/.test(path)).sort((a, b) => finished.get(b)! - finished.get(a)!)[0];
  expect(browseChunk, 'the browse screen’s chunk was fetched').toBeDefined();
  expect(entry, 'the entry was fetched').toBeDefined();
  expect(started.get(browseChunk!)!).toBeLessThan(finished.get(entry!)!);
});

test('the notes import’s code is not loaded by home or study, its screen only on #/import, and its parser only once notes are chosen', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('/assets/')) scripts.push(pathOf(request.url()));
  });
  const importChunk = (path: string) => /\/assets\/import-screen-[\w-]+\.js$/.test(path);
  const workerChunk = (path: string) => /\/assets\/notes-worker-(?!spawn-)[\w-]+\.js$/.test(path);

  await page.goto('#/');
  await expect(page.getByTestId('deck-row').first()).toBeVisible();
  await page.goto('#/study');
  await expect(page.getByTestId('card-question')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((p) => importChunk(p) || workerChunk(p))).toEqual([]);

  await page.getByRole('link', { name: 'Главная' }).click();
  await page.getByRole('link', { name: 'Импортировать заметки' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Импорт заметок' })).toBeVisible();
  expect(scripts.filter(importChunk)).toHaveLength(1);
  expect(scripts.filter(workerChunk)).toEqual([]);

  await page.getByLabel('Или вставьте заметки').fill('# Сети\n\n## Что такое TCP?\n\nС соединением.\n');
  await page.getByRole('button', { name: 'Разобрать' }).click();
  await expect(page.getByTestId('import-card-count')).toHaveText('1');
  expect(scripts.filter(workerChunk)).toHaveLength(1);
});

test('the rehearsal’s code (its screen, key points and stemmers) loads only on #/interview', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(pathOf(request.url()));
  });
  const interviewChunk = (path: string) => /\/assets\/interview-screen-[\w-]+\.js$/.test(path);

  await page.goto('#/');
  await expect(page.getByTestId('deck-row').first()).toBeVisible();
  await page.goto('#/study');
  await expect(page.getByTestId('card-question')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter(interviewChunk)).toEqual([]);

  await page.getByRole('link', { name: 'Главная' }).click();
  await page.getByRole('link', { name: 'Репетиция собеседования' }).click();
  await expect(page.getByTestId('interview-start')).toBeVisible();
  expect(scripts.filter(interviewChunk)).toHaveLength(1);
});
