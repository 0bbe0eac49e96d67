// Funding through the UI against the built-in sandbox (a tier-1 profile): a confirmed
// operation with balances and 大写, a fault that leaves one operation unknown, and
// reconciliation from Activity resolving it. Screenshots in both languages; axe on both screens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke, launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';

const T2 = '2c9e2f4d73fa6c80be5f3f40'; // reseller_north, a T2 of the sandbox's demo T1

describe('Funding and Activity through the web host', () => {
  let app: LaunchedApp;
  let sandboxUrl: string;
  let customerId: string;

  beforeAll(async () => {
    app = await launchApp();
    // The built-in sandbox profile is active on a fresh data folder; wait for it to be running.
    for (let i = 0; i < 150 && !sandboxUrl; i++) {
      const list = await invoke<{ profiles: { active: boolean; endpoint: string }[] }>(app, 'profiles.list');
      sandboxUrl = list.profiles.find((p) => p.active)?.endpoint ?? '';
      if (!sandboxUrl) await new Promise((r) => setTimeout(r, 200));
    }
    sandboxUrl = sandboxUrl.replace(/\/+$/, '');
    const customers = (await (await fetch(`${sandboxUrl}/_sandbox/customers?owner=${T2}&association_type=2&limit=5`)).json()) as { customers?: { id: string }[] } | { id: string }[];
    const rows = Array.isArray(customers) ? customers : (customers.customers ?? []);
    customerId = rows[0]!.id;
  });

  afterAll(async () => {
    await app?.close();
  });

  async function fill(amount: string) {
    const { page } = app;
    await page.getByTestId('nav-funding').click();
    await page.getByTestId('funding-operation').selectOption('fundT2Customer');
    // Typed in full without a sync: the picker uses the typed id.
    await page.getByTestId('funding-t2').fill(T2);
    await page.getByTestId('funding-customer').fill(customerId);
    await page.getByTestId('funding-amount').fill(amount);
    await page.getByTestId('funding-review').click();
    await page.getByTestId('funding-confirm').waitFor();
  }

  it("funds a T2's customer after an explicit confirmation showing counterparty, amount and balances", async () => {
    const { page } = app;
    await fill('1234.56');
    expect(await page.getByTestId('confirm-amount').textContent()).toBe('¥1,234.56');
    expect(await page.getByTestId('confirm-counterparty').textContent()).toContain(customerId);
    await app.screenshot('funding-confirm-en');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => page.getByTestId('funding-result').getAttribute('data-state')).toBe('done');
  });

  it('shows the amount in Chinese capitals (大写) in the Chinese UI', async () => {
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('zh-CN');
    await fill('1234.56');
    expect(await page.getByTestId('confirm-capital').textContent()).toBe('壹仟贰佰叁拾肆元伍角陆分');
    await app.screenshot('funding-confirm-zh-CN');
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('en');
  });

  it('leaves an operation whose answer was lost as unknown, and Reconcile in Activity resolves it', async () => {
    const { page } = app;
    const added = await fetch(`${sandboxUrl}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ operation: 'UpdateCustomerAccountAmount', kind: 'drop-after-commit', times: 1 }),
    });
    expect(added.ok).toBe(true);
    await fill('88.80');
    await page.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => page.getByTestId('funding-result').getAttribute('data-state')).toBe('unknown');

    await page.getByTestId('nav-activity').click();
    const unknownRow = page.locator('[data-testid="activity-row"][data-state="unknown"]');
    await unknownRow.first().waitFor();
    // Unknown entries are listed first.
    expect(await page.getByTestId('activity-row').first().getAttribute('data-state')).toBe('unknown');
    await app.screenshot('activity-unknown-en');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const id = await unknownRow.first().getAttribute('data-entry');
    await unknownRow.first().getByTestId('activity-reconcile').click();
    await expect.poll(() => page.locator(`[data-entry="${id}"]`).getAttribute('data-state')).toBe('reconciled-done');
    expect(await page.locator(`[data-entry="${id}"] .outcome`).textContent()).toMatch(/AD/);
    await app.screenshot('activity-reconciled-en');

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('zh-CN');
    await page.getByTestId('nav-activity').click();
    await page.locator(`[data-entry="${id}"]`).waitFor();
    await app.screenshot('activity-reconciled-zh-CN');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
