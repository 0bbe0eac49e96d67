// The review screens on generated data (review-fixtures.ts): 100,000 customers render fast and
// scroll, sort and search go to the store, keyboard and copy work, and axe finds no serious
// violations, in English and Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';
import { installReviewFixtures } from './review-fixtures';

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
