// Offboarding through the UI against the built-in sandbox (the demo tier-1, whose customers
// belong to its resellers): a leaving customer of reseller_north with a balance and two
// vouchers is offboarded from its row (English) and another from its detail (Chinese). The
// review lists the balance and both vouchers with the totals; each reclaim is sent once; the
// summary is exported (CSV and XLSX downloads) and shown in Activity. Screenshots and an axe
// check on each step.
import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VoucherPreview, VoucherResult } from '../../shared/contract/channels/vouchers';
import { invoke, launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';

const NORTH = '2c9e2f4d73fa6c80be5f3f40'; // reseller_north
const NORTH_QUOTA = 'QT25033118000000000a4b'; // the seeded quota the T1 gave reseller_north

interface CustomerPage {
  rows: { customerId: string; accountName: string; customerName: string | null; balance: string | null }[];
}

async function syncAll(app: LaunchedApp, lists: string[]): Promise<void> {
  await invoke(app, 'sync.start', { lists });
  for (let i = 0; i < 600; i++) {
    const status = await invoke<{ running: boolean }>(app, 'sync.status');
    if (!status.running) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('sync still running after 120 s');
}

async function language(app: LaunchedApp, lng: 'en' | 'zh-CN'): Promise<void> {
  await app.page.getByTestId('nav-settings').click();
  const label = lng === 'en' ? 'Settings' : '设置';
  await expect
    .poll(async () => {
      await app.page.getByTestId('language-select').selectOption(lng);
      return app.page.getByTestId('nav-settings').textContent();
    }, { interval: 500, timeout: 30_000 })
    .toBe(label);
}

/** Two vouchers (20 and 30) issued to the customer through the app, as an operator would have. */
async function twoVouchers(app: LaunchedApp, customerId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const faceValue of ['20', '30']) {
    const input = { quotaId: NORTH_QUOTA, customerIds: [customerId], indirectPartnerId: NORTH, faceValue };
    const p = await invoke<VoucherPreview>(app, 'vouchers.previewIssue', input);
    const r = await invoke<VoucherResult>(app, 'vouchers.issue', { ...input, confirmation: p.confirmation });
    const item = r.items[0]!;
    expect(item).toMatchObject({ status: 'sent', entry: { state: 'done' } });
    ids.push(item.status === 'sent' ? item.entry.transId! : '');
  }
  return ids;
}

describe('Offboarding through the web host', () => {
  let app: LaunchedApp;
  let leavers: CustomerPage['rows'];
  /** The two vouchers issued to each leaver. */
  const issued = new Map<string, string[]>();
  const downloads: Download[] = [];

  beforeAll(async () => {
    app = await launchApp();
    app.page.on('download', (d) => downloads.push(d));
    await syncAll(app, ['customers', 'resellers', 'quotas', 'childQuotas']);
    leavers = (await invoke<CustomerPage>(app, 'review.customers', {
      limit: 2,
      sort: { column: 'balance', direction: 'desc' },
      filters: { indirectPartnerId: NORTH, associationType: '2', balanceMin: '1' },
    })).rows;
    expect(leavers).toHaveLength(2);
    for (const c of leavers) issued.set(c.customerId, await twoVouchers(app, c.customerId));
  });

  afterAll(async () => {
    await app?.close();
  });

  async function findCustomer(accountName: string, count: RegExp): Promise<void> {
    const { page } = app;
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-search').fill(accountName);
    await expect.poll(() => page.getByTestId('customers-count').textContent()).toMatch(count);
  }

  async function exported(start: number): Promise<Download> {
    await expect.poll(() => downloads.length - start, { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
    return downloads[start]!;
  }

  it('offboards a customer with a balance and two vouchers from its row, exports the summary and shows it in Activity (English)', async () => {
    const { page } = app;
    const c = leavers[0]!;
    await findCustomer(c.accountName, /^1 rows? match/);
    await page.getByTestId(`offboard-${c.customerId}`).click();
    const dialog = page.getByTestId('offboard-dialog');
    await dialog.getByTestId('offboard-review').waitFor({ timeout: 60_000 });
    expect(await dialog.getByTestId('offboard-balance').getAttribute('data-reclaim')).toBe('yes');
    for (const id of issued.get(c.customerId)!) expect(await dialog.locator(`[data-coupon="${id}"]`).getAttribute('data-reclaim')).toBe('yes');
    expect(await dialog.locator('[data-testid="offboard-coupon"][data-reclaim="yes"]').count()).toBe(2);
    const balance = await invoke<{ balance: { amount: string }; totals: { total: string } }>(app, 'customers.previewOffboard', { customerId: c.customerId, indirectPartnerId: NORTH });
    const total = balance.totals.total;
    expect(total).toBe((Number(balance.balance.amount) + 50).toFixed(2));
    expect((await dialog.getByTestId('offboard-total').textContent())!.replace(/[^\d.]/g, '')).toBe(total);
    await app.screenshot('offboarding-review-en');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Reclaim 3 item(s)' }).click();
    await dialog.getByTestId('offboard-results').waitFor({ timeout: 60_000 });
    expect(await dialog.locator('[data-testid="offboard-result"][data-status="done"]').count()).toBe(3);
    expect(await dialog.getByTestId('offboard-summary-line').textContent()).toMatch(/^Reclaimed ¥[\d,]+\.\d{2} · 3 applied, 0 refused or not applied, 0 unresolved$/);
    await app.screenshot('offboarding-results-en');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const start = downloads.length;
    await dialog.getByTestId('offboard-export-csv').click();
    const csv = readFileSync((await (await exported(start)).path())!, 'utf8');
    expect(csv).toContain('Total reclaimed');
    expect(csv).toContain(total);
    expect(csv.split('\r\n').filter((l) => l.startsWith(c.customerId))).toHaveLength(3);
    await expect.poll(() => dialog.getByTestId('offboard-exported').textContent()).toMatch(/^Saved 3 item\(s\) to .*offboarding-.*\.csv$/);

    await dialog.getByTestId('offboard-show-activity').click();
    const panel = page.getByTestId('offboard-panel');
    await panel.waitFor();
    expect(await panel.locator('[data-testid="offboard-summary-item"][data-state="done"]').count()).toBe(3);
    expect(await page.getByTestId('activity-offboard-summary').count()).toBeGreaterThanOrEqual(3);
    await app.screenshot('offboarding-activity-en');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Nothing is left to reclaim: the review says so and cannot be confirmed.
    await findCustomer(c.accountName, /^1 rows? match/);
    await page.getByTestId(`offboard-${c.customerId}`).click();
    await dialog.getByTestId('offboard-review').waitFor({ timeout: 60_000 });
    expect(await dialog.getByTestId('offboard-balance').getAttribute('data-reclaim')).toBe('no');
    expect(await dialog.getByTestId('offboard-confirm').isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('offboards another customer from its detail with the total in capitals and exports XLSX (Chinese)', async () => {
    const { page } = app;
    const c = leavers[1]!;
    await language(app, 'zh-CN');
    await findCustomer(c.accountName, /^1 行符合条件$/);
    // The row of this customer (the count may change before the rows do).
    await page.locator('[data-testid="customers-grid"] [role="gridcell"]', { hasText: c.accountName }).first().click();
    const detail = page.getByTestId('customer-detail');
    await expect.poll(() => detail.textContent()).toContain(c.customerId);
    await detail.getByTestId(`offboard-${c.customerId}`).click();
    const dialog = page.getByTestId('offboard-dialog');
    await dialog.getByTestId('offboard-review').waitFor({ timeout: 60_000 });
    expect(await dialog.locator('h2').textContent()).toMatch(/^为 .+ 办理退出$/);
    // The two vouchers issued above, and any the seed gave this customer.
    for (const id of issued.get(c.customerId)!) expect(await dialog.locator(`[data-coupon="${id}"]`).getAttribute('data-reclaim')).toBe('yes');
    const items = 1 + (await dialog.locator('[data-testid="offboard-coupon"][data-reclaim="yes"]').count());
    expect(await dialog.getByTestId('offboard-capital').textContent()).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
    await app.screenshot('offboarding-review-zh-CN');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: `回收 ${items} 项` }).click();
    await dialog.getByTestId('offboard-results').waitFor({ timeout: 60_000 });
    expect(await dialog.locator('[data-testid="offboard-result"][data-status="done"]').count()).toBe(items);
    expect(await dialog.getByTestId('offboard-summary-line').textContent()).toMatch(new RegExp(`^已回收 ¥[\\d,]+\\.\\d{2} · ${items} 项成功`));

    const start = downloads.length;
    await dialog.getByTestId('offboard-export-xlsx').click();
    const xlsx = readFileSync((await (await exported(start)).path())!);
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    await expect.poll(() => dialog.getByTestId('offboard-exported').textContent()).toMatch(new RegExp(`^已将 ${items} 项保存到 .*\\.xlsx$`));
    await app.screenshot('offboarding-results-zh-CN');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await language(app, 'en');
  });
});
