// The built-in "Sandbox (international)" profile: the intl demo partner's customers synced,
// funding hidden with the reason, a customer frozen and unfreezed from its detail, our postpaid
// bill fetched per month — English and Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke, launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';

describe('international sandbox profile', () => {
  let app: LaunchedApp;
  beforeAll(async () => {
    app = await launchApp();
    await invoke(app, 'profiles.activate', { id: 'sandbox-intl' });
    await app.page.reload();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('freezes and unfreezes a customer with the documented type and a reason', async () => {
    const { page } = app;
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-sync').click();
    await expect.poll(() => page.getByTestId('customers-count').textContent(), { timeout: 60_000 }).toMatch(/^1[\d,]* rows$/);
    await page.locator('[data-testid="customers-grid"] [role="row"][aria-rowindex="2"]').click();
    await expect.poll(() => page.getByTestId('funding-not-offered').count(), { timeout: 60_000 }).toBe(1);
    expect(await page.getByTestId('funding-not-offered').textContent()).toContain('international site');
    await page.getByTestId('freeze-type').selectOption('ACCOUNT_AND_RESOURCE');
    await page.getByTestId('freeze-reason').fill('Overdue invoices');
    await page.getByTestId('freeze').click();
    await expect.poll(async () => (await page.getByTestId('customer-intl-confirm').count()) || (await page.getByTestId('customer-intl').getByRole('alert').allTextContents()).join(' ')).toBe(1);
    expect(await page.getByTestId('customer-intl-confirm').textContent()).toContain('Freeze the account and its resources');
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByTestId('customer-intl-done').waitFor();
    const frozen = await invoke<{ entries: { operation: string; state: string }[] }>(app, 'activity.list', { filters: { operations: ['freezeCustomer'] } });
    expect(frozen.entries[0]).toMatchObject({ operation: 'freezeCustomer', state: 'done' });
    await app.screenshot('intl-frozen-en');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('zh-CN');
    await page.getByTestId('nav-customers').click();
    await page.locator('[data-testid="customers-grid"] [role="row"][aria-rowindex="2"]').click();
    await page.getByTestId('customer-intl').waitFor();
    await page.getByTestId('freeze-type').selectOption('ACCOUNT_AND_RESOURCE');
    await page.getByTestId('freeze-reason').fill('已付款');
    await page.getByTestId('unfreeze').click();
    await page.getByTestId('customer-intl-confirm').waitFor();
    expect(await page.getByTestId('customer-intl-confirm').textContent()).toContain('解冻');
    await page.getByRole('button', { name: '立即发送' }).click();
    await page.getByTestId('customer-intl-done').waitFor();
    const un = await invoke<{ entries: { state: string }[] }>(app, 'activity.list', { filters: { operations: ['unfreezeCustomer'] } });
    expect(un.entries[0]).toMatchObject({ state: 'done' });
    await app.screenshot('intl-unfrozen-zh-CN');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('en');
  });

  it('fetches our postpaid bill for chosen months and shows it, in English and Chinese', async () => {
    const { page } = app;
    await page.getByTestId('nav-bills').click();
    expect(await page.getByTestId('postpaid-cn-note').count()).toBe(0);
    await page.getByRole('tab', { name: 'Our postpaid bill' }).click();
    await page.getByTestId('postpaid-months').waitFor();
    expect(await page.getByTestId('postpaid-as-of').textContent()).toContain('Not fetched yet');
    await page.getByRole('button', { name: 'Fetch from Huawei' }).click();
    await expect.poll(() => page.locator('[data-testid="postpaid-table"] tbody tr').count(), { timeout: 30_000 }).toBe(3);
    const first = await page.locator('[data-testid="postpaid-table"] tbody tr').first().textContent();
    expect(first).toMatch(/\d{4}-\d{2}.*\$[\d,]+\.\d{2}/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await app.screenshot('intl-postpaid-en');

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('zh-CN');
    await page.getByTestId('nav-bills').click();
    await page.getByRole('tab', { name: '我方后付费账单' }).click();
    // Offline from the kept snapshot: the same three months, the headings in Chinese.
    await expect.poll(() => page.locator('[data-testid="postpaid-table"] tbody tr').count()).toBe(3);
    expect(await page.getByTestId('postpaid-table').textContent()).toContain('应付金额（含税）');
    await app.screenshot('intl-postpaid-zh-CN');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('en');
  });

  it('on the China-site sandbox profile the postpaid tab is hidden, with the reason', async () => {
    const { page } = app;
    await invoke(app, 'profiles.activate', { id: 'sandbox' });
    await page.reload();
    await page.getByTestId('nav-bills').click();
    expect(await page.getByTestId('postpaid-cn-note').textContent()).toContain('international site only');
    expect(await page.getByRole('tab', { name: 'Our postpaid bill' }).count()).toBe(0);
  });
});
