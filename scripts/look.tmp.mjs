import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const w = Number(process.argv[2] ?? 360);
const ctx = await browser.newContext({ locale: 'ru-RU', viewport: { width: w, height: 800 } });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
await page.goto('http://localhost:4311/#/');
await page.screenshot({ path: `/tmp/shots/home-${w}.png`, fullPage: true });
await page.getByRole('link', { name: 'Репетиция собеседования' }).first().click();
await page.waitForSelector('[data-testid="interview-start"]');
await page.screenshot({ path: `/tmp/shots/intro-${w}.png`, fullPage: true });
await page.getByLabel('Сколько вопросов').selectOption('4');
await page.getByTestId('interview-start').click();
await page.waitForSelector('[data-testid="card-question"]');
const q = await page.getByTestId('card-question').textContent();
console.log('Q', q, await page.getByTestId('timer').textContent());
await page.screenshot({ path: `/tmp/shots/question-${w}.png`, fullPage: true });
await page.keyboard.type('Маршрутизация определяет, какой код выполнить по URL: в Django это urls.py и path, во Flask декоратор route');
await page.keyboard.press('Control+Enter');
await page.waitForSelector('[data-testid="coverage"]');
console.log('coverage', await page.getByTestId('coverage').textContent());
await page.waitForLoadState('networkidle'); await page.waitForTimeout(300); await page.screenshot({ path: `/tmp/shots/revealed-${w}.png`, fullPage: true });
for (let i = 0; i < 4; i++) {
  if (i > 0) { await page.keyboard.type('не знаю'); await page.keyboard.press('Control+Enter'); await page.waitForSelector('[data-testid="coverage"]'); console.log('cov', await page.getByTestId('coverage').textContent()); }
  await page.keyboard.press('3');
}
await page.waitForSelector('[data-testid="interview-report"]');
await page.screenshot({ path: `/tmp/shots/report-${w}.png`, fullPage: true });
await page.goto('http://localhost:4311/#/stats');
await page.waitForSelector('#stats-rehearsals');
await page.locator('section:has(> #stats-rehearsals)').screenshot({ path: `/tmp/shots/stats-${w}.png` });
console.log('sideways', await page.evaluate(() => document.documentElement.scrollWidth > innerWidth));
await browser.close();
