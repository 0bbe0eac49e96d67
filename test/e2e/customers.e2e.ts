// Creating customers through the UI against the built-in sandbox (tier-1 profile, so the
// customer goes to a T2): a customer created with an SMS code and followed until associated,
// and a taken login name refused with its reason — in English and Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke, launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';

const T2 = '2c9e2f4d73fa6c80be5f3f40'; // reseller_north

describe('New customer through the web host', () => {
  let app: LaunchedApp;
  let sandboxUrl = '';

  beforeAll(async () => {
    app = await launchApp();
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

  async function fillBase(name: string) {
    const { page } = app;
    await page.getByTestId('nav-new-customer').click();
    await page.getByTestId('nc-t2').fill(T2);
    await page.getByTestId('nc-name').fill(name);
    await page.getByTestId('nc-name').blur();
  }

  it('creates a customer with an SMS code and follows it until associated', async () => {
    const { page } = app;
    const name = `e2e-new-${Date.now().toString(36)}`;
    await fillBase(name);
    await expect.poll(() => page.getByTestId('nc-name-live').getAttribute('data-result')).toBe('available');
    await page.getByTestId('nc-mobile').fill('13912340077');
    await page.getByTestId('nc-send-code').click();
    await page.getByTestId('nc-code-sent').waitFor();
    // The documented wait before another code: the button counts down.
    expect(await page.getByTestId('nc-send-code').textContent()).toMatch(/Send again in \d+ s/);
    await page.getByTestId('nc-code').fill('123456');
    await page.getByTestId('nc-review').click();
    await page.getByTestId('nc-confirm').waitFor();
    expect(await page.getByTestId('nc-confirm').textContent()).toContain(name);
    await page.getByRole('button', { name: 'Create now' }).click();
    const row = page.getByTestId(`nc-creation-${name}`);
    await expect.poll(() => row.getAttribute('data-state')).toBe('pending');
    await app.screenshot('customer-created-pending-en');
    // The sandbox associates after 20 s: move its clock past that instead of waiting.
    await fetch(`${sandboxUrl}/_sandbox/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ offsetSeconds: 30 }) });
    await page.getByTestId(`nc-check-${name}`).click();
    await expect.poll(() => row.getAttribute('data-state'), { timeout: 20_000 }).toBe('associated');
    expect(await row.textContent()).toContain('Associated');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('zh-CN');
    await page.getByTestId('nav-new-customer').click();
    await expect.poll(() => row.textContent()).toContain('已关联');
    await app.screenshot('customer-associated-zh-CN');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('en');
  });

  it('refuses a taken login name with its reason, in both languages', async () => {
    const { page } = app;
    const listed = (await (await fetch(`${sandboxUrl}/_sandbox/customers?owner=${T2}&limit=1`)).json()) as { customers: { accountName: string }[] };
    const taken = listed.customers[0]!.accountName;
    await fillBase(taken);
    await expect.poll(() => page.getByTestId('nc-name-live').getAttribute('data-result')).toBe('taken');
    expect(await page.getByTestId('nc-name-live').textContent()).toContain('already taken');
    await page.getByTestId('nc-review').click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'CheckUserIdentity' }).count()).toBeGreaterThan(0);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('zh-CN');
    await page.getByTestId('nav-new-customer').click();
    await fillBase(taken);
    await expect.poll(() => page.getByTestId('nc-name-live').textContent()).toContain('已被使用');
    await app.screenshot('customer-name-taken-zh-CN');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('en');
  });
});
