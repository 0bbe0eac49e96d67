// Funding a customer found by typing part of its name among 20,000: the built-in sandbox
// seeded with 20,000 customers, Customers synced, then the Funding form's picker searches the
// local store (not a page of the API) and the picked T2 customer is funded from its T2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke, launchApp, type LaunchedApp } from './fixture';

const T2 = '2c9e2f4d73fa6c80be5f3f40';

describe('counterparty picker over 20,000 customers', () => {
  let app: LaunchedApp;
  let sandboxUrl = '';
  beforeAll(async () => {
    app = await launchApp({ extraArgs: ['--sandbox-customers', '20000'] });
    for (let i = 0; i < 150 && !sandboxUrl; i++) {
      const list = await invoke<{ profiles: { active: boolean; endpoint: string }[] }>(app, 'profiles.list');
      sandboxUrl = list.profiles.find((p) => p.active)?.endpoint ?? '';
      if (!sandboxUrl) await new Promise((r) => setTimeout(r, 200));
    }
    sandboxUrl = sandboxUrl.replace(/\/+$/, '');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('finds the customer by part of its account name and funds it', async () => {
    const { page } = app;
    const seeded = (await (await fetch(`${sandboxUrl}/_sandbox`)).json()) as { spec: { customers: number } };
    expect(seeded.spec.customers).toBe(20_000);
    const target = ((await (await fetch(`${sandboxUrl}/_sandbox/customers?owner=${T2}&association_type=2&funded=true&limit=300`)).json()) as { customers: { id: string; accountName: string }[] }).customers.at(-1)!;
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-sync').click();
    await expect.poll(() => page.getByTestId('customers-count').textContent(), { timeout: 240_000, interval: 1000 }).toMatch(/^1\d,\d{3} rows$/);
    await page.getByTestId('nav-funding').click();
    // Part of the name: its unique tail, typed as an operator would.
    const part = target.accountName.slice(-7);
    await page.getByTestId('funding-customer').pressSequentially(part, { delay: 30 });
    const option = page.getByTestId('funding-customer-options').getByRole('option').filter({ hasText: target.id });
    await option.click();
    expect(await page.getByTestId('funding-customer-picked').getAttribute('data-id')).toBe(target.id);
    // A T2's customer: the form switched to "fund a cloud reseller's customer" (the T2 pays).
    expect(await page.getByTestId('funding-operation').inputValue()).toBe('fundT2Customer');
    await page.getByTestId('funding-amount').fill('12.34');
    await page.getByTestId('funding-review').click();
    await page.getByTestId('funding-confirm').waitFor();
    expect(await page.getByTestId('confirm-counterparty').textContent()).toContain(target.id);
    await app.screenshot('counterparty-picked-en');
    await page.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => page.getByTestId('funding-result').getAttribute('data-state')).toBe('done');
  });
});
