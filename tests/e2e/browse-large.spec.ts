/**
 * Browse over a large collection, in a real browser: the list mounts only a window of its rows
 * (src/screens/browse-list.tsx), and scrolling, opening a row, the keyboard and a phone's width
 * must all work as if every row were there. The app is built here from 1,000 generated cards.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { generateNotes } from '../../scripts/bench/generate-notes.ts';
import { buildAppFrom } from './build-app.ts';
import { serveStatic } from './static-server.ts';
import type { StaticServer } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CARDS = 1000;

let work: string;
let server: StaticServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = mkdtempSync(join(tmpdir(), 'flashcards-e2e-large-'));
  mkdirSync(join(work, 'content'));
  writeFileSync(join(work, 'content', 'generated.md'), generateNotes(CARDS, join(ROOT, 'content/django-orm.md')));
  buildAppFrom(join(work, 'content'), join(work, 'site'));
  server = await serveStatic(join(work, 'site'));
});
test.afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The browse rows under a few points across the screen below the list's top; null where none is. */
async function rowsOnScreen(page: Page): Promise<(string | null)[]> {
  return page.evaluate(() => {
    const listTop = Math.max(0, document.querySelector('.browse-list')!.getBoundingClientRect().top);
    const points = [0.05, 0.25, 0.5, 0.75, 0.95].map((f) => listTop + 1 + (innerHeight - listTop - 2) * f);
    return points.map((y) => {
      const row = document.elementFromPoint(innerWidth / 2, y)?.closest<HTMLElement>('[data-testid="browse-row"]');
      return row?.getAttribute('aria-posinset') ?? null;
    });
  });
}

/** The position in the list (aria-posinset) of the last row that shows on screen, 0 if none does. */
async function lastRowOnScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('[data-testid="browse-row"]')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    return Math.max(0, ...shown.map((row) => Number(row.getAttribute('aria-posinset'))));
  });
}

const rows = (page: Page) => page.getByTestId('browse-row');

test('a large list mounts a window of rows that follows scrolling, an opened row and the keyboard', async ({ page }) => {
  await page.goto(`${server.url}#/browse`);
  await expect(page.getByText(`Найдено: ${CARDS.toLocaleString('ru')} карточек`)).toBeVisible();
  const mounted = await rows(page).count();
  expect(mounted).toBeGreaterThan(5);
  expect(mounted).toBeLessThan(60);
  await expect(rows(page).first()).toHaveAttribute('aria-posinset', '1');
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(CARDS));

  // Halfway down the page the rows on screen are from the middle of the list, with no gap.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect.poll(() => rowsOnScreen(page)).not.toContain(null);
  const middle = Number((await rowsOnScreen(page))[2]);
  expect(middle).toBeGreaterThan(CARDS / 4);
  expect(middle).toBeLessThan((CARDS * 3) / 4);

  // A row opened there opens in place, and the rows around it stay on screen.
  const row = page.locator(`[data-testid="browse-row"][aria-posinset="${middle}"]`);
  const toggle = row.getByRole('button').first();
  const before = (await toggle.boundingBox())!.y;
  await toggle.click();
  await expect(row.locator('.browse-detail')).toBeVisible();
  await expect(row.locator('.browse-facts')).toContainText(/generated\.md:\d+/);
  expect(Math.abs((await toggle.boundingBox())!.y - before)).toBeLessThan(2);
  await expect.poll(() => rowsOnScreen(page)).not.toContain(null);

  // Scrolled away it leaves the DOM; scrolled back it is still open.
  const id = await row.getAttribute('data-card-id');
  await page.mouse.move(640, 400);
  for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, 1000);
  await expect(page.locator(`[data-card-id="${id}"]`)).toHaveCount(0);
  await expect.poll(() => rowsOnScreen(page)).not.toContain(null);
  for (let i = 0; i < 10; i += 1) await page.mouse.wheel(0, -1000);
  await expect(page.locator(`[data-card-id="${id}"] .browse-toggle`)).toHaveAttribute('aria-expanded', 'true');

  // End brings the end of the list on screen. Rows are placed at an estimated height until they
  // are measured, so the very last one may still sit a few rows below the fold after one press.
  await page.keyboard.press('End');
  await expect(rows(page).last()).toHaveAttribute('aria-posinset', String(CARDS));
  await expect.poll(() => lastRowOnScreen(page)).toBeGreaterThan(CARDS - 10);

  // Tab from the search field walks row after row, past the rows first mounted.
  await page.getByRole('searchbox').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < mounted + 15; i += 1) await page.keyboard.press('Tab');
  const focused = page.locator('[data-testid="browse-row"]:has(:focus)');
  await expect(focused).toBeInViewport();
  expect(Number(await focused.getAttribute('aria-posinset'))).toBeGreaterThan(mounted);
});

test('a search over a large list counts every match and lists them from the first', async ({ page }) => {
  await page.goto(`${server.url}#/browse`);
  const search = page.getByRole('searchbox', { name: 'Искать в вопросах и ответах' });
  await search.fill('SELECT_RELATED');
  const status = page.getByRole('status').filter({ hasText: 'Найдено' });
  await expect(status).not.toHaveText(`Найдено: ${CARDS.toLocaleString('ru')} карточек`);
  const found = Number((await status.textContent())!.replace(/\D/g, ''));
  expect(found).toBeGreaterThan(0);
  await expect(rows(page).first()).toHaveAttribute('aria-posinset', '1');
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(found));
  await expect(rows(page).first()).toContainText(/select_related/i);
});

test('at phone width (360px) the large list never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`${server.url}#/browse`);
  await rows(page).first().getByRole('button').first().click();
  await expect(page.locator('.browse-detail')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 3));
  await expect.poll(() => rowsOnScreen(page)).not.toContain(null);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
});
