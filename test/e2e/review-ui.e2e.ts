// The review screens on generated data (review-fixtures.ts): 100,000 customers render fast and
// scroll, sort and search go to the store, keyboard and copy work, and axe finds no serious
// violations, in English and Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';
import { goOffline, installReviewFixtures } from './review-fixtures';

describe('review screens on 100,000 generated customers', () => {
  let app: LaunchedApp;
  const calls: { channel: string; input: unknown }[] = [];
  beforeAll(async () => {
    app = await launchApp();
    await installReviewFixtures(app.page, { customers: 100_000, calls });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the first rows, the total and the as-of time quickly', async () => {
    const { page } = app;
    const started = Date.now();
    await page.getByTestId('nav-customers').click();
    await page.getByText('acct_000000').waitFor();
    const elapsed = Date.now() - started;
    expect(await page.getByTestId('customers-count').textContent()).toContain('100,000');
    expect(await page.getByTestId('customers-as-of').textContent()).toMatch(/As of \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    // Only the visible window is in the DOM.
    expect(await page.locator('[data-testid="customers-grid"] [role="row"]').count()).toBeLessThan(80);
    expect(elapsed).toBeLessThan(3000);
    await app.screenshot('customers-en');
  });

  it('moves with the keyboard and fetches only the window it shows after End', async () => {
    const { page } = app;
    const grid = page.getByTestId('customers-grid');
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.getByText('acct_099999').waitFor();
    const windows = calls.filter((c) => c.channel === 'review.customers').map((c) => (c.input as { offset: number }).offset);
    expect(Math.max(...windows)).toBeGreaterThanOrEqual(99_800);
    expect(windows.length).toBeLessThan(10);
    await page.keyboard.press('Home');
    await page.getByText('acct_000000').waitFor();
  });

  it('asks only for the rows it comes to rest on while the scrollbar is dragged across 100,000 rows', async () => {
    const { page } = app;
    const before = calls.length;
    await page.evaluate(async () => {
      const grid = document.querySelector('[data-testid="customers-grid"]')!;
      for (let i = 1; i <= 30; i++) {
        grid.scrollTop = (grid.scrollHeight * i) / 60;
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    await page.getByText('acct_050000', { exact: true }).waitFor();
    const windows = calls.slice(before).filter((c) => c.channel === 'review.customers');
    expect(windows.length).toBeLessThanOrEqual(3);
    await page.getByTestId('customers-grid').focus();
    await page.keyboard.press('Control+Home');
    await page.getByText('acct_000000', { exact: true }).waitFor();
  });

  it('copies the active cell with Ctrl+C and the whole row with Ctrl+Shift+C', async () => {
    const { page } = app;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('customers-grid').focus();
    await page.keyboard.press('Control+Home');
    // The first column holds the tick boxes; the account name is two to the right.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('acct_000000');
    await page.keyboard.press('Control+Shift+C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^c00000000\tacct_000000\t王氏科技有限公司0\t1\t2\t-20000\.00\t/);
  });

  it('sorts on the server when a header is clicked', async () => {
    const { page } = app;
    await page.getByTestId('customers-sort-accountName').click();
    await page.getByText('acct_099999').waitFor();
    const last = calls.filter((c) => c.channel === 'review.customers').at(-1)!.input as { sort: unknown };
    expect(last.sort).toEqual({ column: 'accountName', direction: 'desc' });
    expect(await page.locator('[role="columnheader"][aria-sort="descending"]').count()).toBe(1);
    await page.getByTestId('customers-sort-accountName').click();
  });

  it('searches as the operator types', async () => {
    const { page } = app;
    await page.getByTestId('customers-search').fill('acct_01234');
    await expect.poll(() => page.getByTestId('customers-count').textContent()).toContain('10 rows match');
    await page.getByTestId('customers-search').fill('');
    await expect.poll(() => page.getByTestId('customers-count').textContent()).toContain('100,000 rows');
  });

  it('opens the detail panel with balance, vouchers, history and a bill chart', async () => {
    const { page } = app;
    await page.getByText('acct_000001', { exact: true }).click();
    await page.getByTestId('customer-detail').waitFor();
    expect(await page.getByTestId('customer-detail-balance').textContent()).toBe('¥79.19');
    expect(await page.locator('[data-testid="customer-detail"] svg[role="img"]').count()).toBe(1);
  });

  it('has no serious or critical accessibility violations (English)', async () => {
    expect(await seriousA11yViolations(app.page)).toEqual([]);
  });

  it('reads in Chinese with the same data, and stays accessible', async () => {
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('zh-CN');
    await page.getByTestId('nav-customers').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('客户');
    await page.getByText('acct_000000').waitFor();
    expect(await page.getByTestId('customers-count').textContent()).toContain('100,000');
    await app.screenshot('customers-zh-CN');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('en');
  });
});

describe('the other review screens, and offline', () => {
  let app: LaunchedApp;
  beforeAll(async () => {
    app = await launchApp();
    await installReviewFixtures(app.page, { customers: 1000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  const screens: [string, string, string][] = [
    ['resellers', 'resellers-grid', '云经销商0号'],
    ['records', 'adjust-records-grid', 'T0000000000'],
    ['vouchers', 'quotas-grid', 'q-0'],
    ['bills', 'bill-sums-grid', '王氏科技有限公司0'],
  ];
  for (const [nav, grid, text] of screens) {
    it(`${nav}: shows its table and as-of time, with no serious accessibility violations`, async () => {
      const { page } = app;
      await page.getByTestId(`nav-${nav}`).click();
      await page.getByTestId(grid).getByText(text, { exact: true }).waitFor();
      expect(await page.getByTestId(`${nav}-as-of`).textContent()).toMatch(/As of/);
      await app.screenshot(`${nav}-en`);
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }

  it('every review screen reads in Chinese and stays accessible', async () => {
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('zh-CN');
    for (const [nav, grid, text] of screens) {
      await page.getByTestId(`nav-${nav}`).click();
      await page.getByTestId(grid).getByText(text, { exact: true }).waitFor();
      expect(await page.getByTestId(`${nav}-as-of`).textContent()).toMatch(/数据时间/);
      await app.screenshot(`${nav}-zh-CN`);
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('en');
  });

  it('bills: draws the monthly chart as an accessible image', async () => {
    const { page } = app;
    await page.getByTestId('nav-bills').click();
    const chart = page.locator('[data-testid="bills-chart"] svg[role="img"]');
    await chart.waitFor();
    expect(await chart.locator('rect.bar').count()).toBe(3);
    expect(await chart.locator('desc').textContent()).toContain('2026-10: ¥250,010.77');
  });

  it('bills: a sum row opens its resource lines in the details tab', async () => {
    const { page } = app;
    await page.getByTestId('nav-bills').click();
    await page.getByTestId('bill-sums-grid').getByText('李氏科技有限公司1', { exact: true }).click();
    await page.getByTestId('bill-details-grid').getByText('ecs-web-0', { exact: true }).waitFor();
    expect(await page.getByTestId('bill-details-grid').locator('[title="12.34567891"]').first().textContent()).toBe('¥12.35');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('records and vouchers: the other tabs load', async () => {
    const { page } = app;
    await page.getByTestId('nav-records').click();
    await page.getByTestId('tab-changes').click();
    await page.getByTestId('account-changes-grid').getByText('acct_000001', { exact: true }).waitFor();
    await page.getByTestId('nav-vouchers').click();
    await page.getByTestId('tab-issued').click();
    await page.getByTestId('issued-coupons-grid').getByText('v-000001', { exact: true }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('offline: the banner says since when, sync is disabled with the reason, data stays readable', async () => {
    const { page } = app;
    await goOffline(page, '2026-11-25T01:00:00Z');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('offline-banner').waitFor();
    expect(await page.getByTestId('offline-banner').textContent()).toMatch(/unreachable since \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(await page.getByTestId('customers-sync').isDisabled()).toBe(true);
    await page.getByText('acct_000000', { exact: true }).waitFor();
    await app.screenshot('customers-offline-en');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
