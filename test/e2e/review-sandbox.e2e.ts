// The review screens on real data: sync from the built-in sandbox through the screens' own
// sync buttons, then read, search, open details and export from the local store.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_INVOKE_PATH } from '../../shared/contract/transport';
import { launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';

/** One sync runs at a time: wait for the previous screen's to end before starting the next. */
async function syncIdle(app: LaunchedApp): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const res = await fetch(`${app.url.replace(/\/+$/, '')}${WEB_INVOKE_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
      body: JSON.stringify({ channel: 'sync.status' }),
    });
    const envelope = (await res.json()) as { ok: boolean; value?: { running: boolean } };
    if (envelope.ok && !envelope.value!.running) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('sync still running after 60 s');
}

describe('review screens against the sandbox', () => {
  let app: LaunchedApp;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('customers: syncs, shows every stored customer with its as-of time, searches', async () => {
    const { page } = app;
    await page.getByTestId('nav-customers').click();
    expect(await page.getByTestId('customers-as-of').textContent()).toMatch(/Not fetched yet/);
    await page.getByTestId('customers-sync').click();
    await expect.poll(() => page.getByTestId('customers-count').textContent(), { timeout: 60_000 }).toMatch(/^[1-9][\d,]* rows$/);
    expect(await page.getByTestId('customers-as-of').textContent()).toMatch(/As of \d{4}-\d{2}-\d{2}/);
    const firstAccount = await page.locator('[data-testid="customers-grid"] [role="row"][aria-rowindex="2"] [aria-colindex="2"]').textContent();
    await page.getByTestId('customers-search').fill(firstAccount!);
    await expect.poll(() => page.getByTestId('customers-count').textContent()).toMatch(/^[1-9]\d* rows? match$/);
    await page.locator('[data-testid="customers-grid"] [role="row"][aria-rowindex="2"]').click();
    await page.getByTestId('customer-detail').waitFor();
    expect(await page.getByTestId('customer-detail-balance').textContent()).toMatch(/^(¥[\d,]+\.\d{2}|—)$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId('customers-search').fill('');
  });

  it('customers: exports the view as CSV with a BOM, the as-of time and the visible columns', async () => {
    const { page } = app;
    const download = page.waitForEvent('download');
    await page.getByTestId('customers-export').getByRole('button', { name: 'Export CSV' }).click();
    const file = readFileSync((await (await download).path())!, 'utf8');
    expect(file.charCodeAt(0)).toBe(0xfeff);
    expect(file).toMatch(/As of|as of/i);
    expect(file).toContain('Customer ID');
  });

  it('resellers: syncs T2s and balances; a T2 shows its own customers', async () => {
    const { page } = app;
    await page.getByTestId('nav-resellers').click();
    await syncIdle(app);
    await page.getByTestId('resellers-sync').click();
    await expect.poll(() => page.getByTestId('resellers-count').textContent(), { timeout: 60_000 }).toMatch(/^[1-9]\d* rows$/);
    await page.getByTestId('resellers-own-balances').waitFor();
    await page.locator('[data-testid="resellers-grid"] [role="row"][aria-rowindex="2"]').click();
    await page.getByTestId('reseller-detail').waitFor();
    await expect.poll(() => page.getByTestId('reseller-customers-count').textContent()).toMatch(/rows? match$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('records and vouchers: sync and show their lists', async () => {
    const { page } = app;
    await page.getByTestId('nav-records').click();
    await syncIdle(app);
    await page.getByTestId('records-sync').click();
    await expect.poll(() => page.getByTestId('adjust-records-count').textContent(), { timeout: 60_000 }).toMatch(/^[1-9][\d,]* rows$/);
    await page.getByTestId('nav-vouchers').click();
    await syncIdle(app);
    await page.getByTestId('vouchers-sync').click();
    await expect.poll(() => page.getByTestId('quotas-count').textContent(), { timeout: 60_000 }).toMatch(/^[1-9]\d* rows$/);
    await page.getByTestId('tab-issued').click();
    await expect.poll(() => page.getByTestId('issued-coupons-count').textContent()).toMatch(/^[1-9][\d,]* rows$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('bills: syncs monthly sums, charts them and sums by customer', async () => {
    const { page } = app;
    await page.getByTestId('nav-bills').click();
    await syncIdle(app);
    await page.getByTestId('bills-sync').click();
    await expect.poll(() => page.getByTestId('bill-sums-count').textContent(), { timeout: 60_000 }).toMatch(/^[1-9][\d,]* rows/);
    await page.locator('[data-testid="bills-chart"] svg[role="img"]').waitFor();
    expect(await page.locator('[data-testid="bills-chart"] rect.bar').count()).toBeGreaterThan(0);
    await page.getByTestId('bills-group-by').selectOption('service');
    await expect.poll(() => page.getByTestId('bill-sums-count').textContent()).toMatch(/^[1-9][\d,]* rows/);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
