// The overview as the landing screen, through the web host against the built-in sandbox (a
// tier-1 profile), in English and Chinese: an alert rule set in Alerts fires after a sync
// (and shows as a browser notification, recorded as done), the overview lists the customers
// under the threshold, "Fund these" makes a draft plan of them, and an operation whose answer
// was lost is listed first on the overview and reconciled from there. Screenshots and axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FiredAlertView } from '../../shared/contract/channels/alerts';
import type { PlanDetail, PlanSummary } from '../../shared/contract/channels/plans';
import type { MoneyPreview } from '../../shared/contract/channels/money';
import { invoke, launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';

const T2 = '2c9e2f4d73fa6c80be5f3f40'; // reseller_north

describe('Overview, alerts and a draft plan from an alert', () => {
  let app: LaunchedApp;
  let sandboxUrl = '';

  beforeAll(async () => {
    app = await launchApp();
    await app.page.context().grantPermissions(['notifications'], { origin: new URL(app.url).origin });
    for (let i = 0; i < 150 && !sandboxUrl; i++) {
      const list = await invoke<{ profiles: { active: boolean; endpoint: string }[] }>(app, 'profiles.list');
      sandboxUrl = list.profiles.find((p) => p.active)?.endpoint.replace(/\/+$/, '') ?? '';
      if (!sandboxUrl) await new Promise((r) => setTimeout(r, 200));
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lands on the overview, which says what to sync before it knows anything', async () => {
    const { page } = app;
    await page.getByTestId('overview').waitFor();
    expect(await page.getByTestId('nav-overview').getAttribute('aria-current')).toBe('page');
    await page.getByTestId('overview-balances').waitFor();
    expect(await page.getByTestId('overview-balances').textContent()).toContain('No balances yet');
  });

  it('fires a "customer below" rule after a sync, notifies once, and funds its customers from a draft plan', async () => {
    const { page } = app;
    // Reload with the notification permission granted before the page loads.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.getByTestId('nav-alerts').click();
    expect(await page.getByTestId('alert-notifications').getAttribute('data-state')).toBe('granted');
    await page.getByTestId('alert-rule-add').click();
    await page.getByTestId('alert-rule-kind').last().selectOption('customer-below');
    await page.getByTestId('alert-rule-value').last().fill('1000');
    await page.getByTestId('alert-rules-save').click();
    await page.getByTestId('alert-rules-saved').waitFor();

    await page.getByTestId('nav-overview').click();
    await page.getByTestId('overview-sync-button').click();
    await expect.poll(async () => (await invoke<FiredAlertView[]>(app, 'alerts.list')).filter((a) => a.current).length, { timeout: 60_000 }).toBe(1);
    const [fired] = (await invoke<FiredAlertView[]>(app, 'alerts.list')).filter((a) => a.current);
    expect(fired).toMatchObject({ kind: 'customer-below', amount: '1000', state: 'firing' });
    expect(fired!.subjects.length).toBeGreaterThan(0);
    // The browser showed the notification and said so: recorded once as what was done.
    await expect.poll(async () => (await invoke<FiredAlertView[]>(app, 'alerts.list'))[0]!.actions.map((a) => a.action)).toEqual(['notified']);

    await expect.poll(() => page.getByTestId('overview-attention-total').textContent(), { timeout: 30_000 }).toMatch(/customers? needs? money/);
    expect(await page.getByTestId('overview-attention').textContent()).toContain('under ¥1,000.00');
    expect(await page.getByTestId('overview-attention-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('overview-alerts').textContent()).toContain('1 alert is firing');
    await app.screenshot('overview-alert-en');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A second sync with the same customers under the threshold appends nothing and notifies no one.
    await invoke(app, 'sync.start', { lists: ['customers'] });
    await expect.poll(async () => (await invoke<{ running: boolean }>(app, 'sync.status')).running, { timeout: 60_000 }).toBe(false);
    expect((await invoke<FiredAlertView[]>(app, 'alerts.list')).length).toBe(1);

    await page.getByTestId('overview-fund-these').click();
    await page.getByTestId('plan-detail').waitFor();
    expect(await page.getByTestId('plan-status').textContent()).toBe('Draft');
    const plans = await invoke<PlanSummary[]>(app, 'plans.list');
    expect(plans).toHaveLength(1);
    const plan = await invoke<PlanDetail>(app, 'plans.get', { id: plans[0]!.id });
    expect(plan).toMatchObject({ kind: 'fund-customers', status: 'draft', rowCount: fired!.subjects.length });
    // Each customer is brought up to the rule's amount.
    const first = fired!.subjects[0]!;
    const row = plan.rows.find((r) => r.target === first.id)!;
    expect(Number(row.amount) + Number(first.value)).toBeCloseTo(1000, 2);
    await app.screenshot('overview-draft-plan-en');

    await page.getByTestId('nav-alerts').click();
    const event = page.locator(`[data-testid="alert-event"][data-seq="${fired!.seq}"]`);
    await expect.poll(() => event.textContent()).toContain('Draft plan made by');
    await app.screenshot('alerts-en');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lists an operation whose answer was lost first, and Reconcile on the overview resolves it', async () => {
    const { page } = app;
    const customers = (await (await fetch(`${sandboxUrl}/_sandbox/customers?owner=${T2}&association_type=2&limit=1`)).json()) as { customers: { id: string }[] };
    const intent = { operation: 'fundT2Customer', counterpartyId: customers.customers[0]!.id, indirectPartnerId: T2, amount: '66.60' };
    await fetch(`${sandboxUrl}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ operation: 'UpdateCustomerAccountAmount', kind: 'drop-after-commit', times: 1 }),
    });
    const preview = await invoke<MoneyPreview>(app, 'money.preview', intent);
    const entry = await invoke<{ id: string; state: string }>(app, 'money.execute', { ...intent, confirmation: preview.confirmation });
    expect(entry.state).toBe('unknown');

    await page.getByTestId('nav-overview').click();
    const row = page.locator(`[data-testid="overview-unresolved-row"][data-entry="${entry.id}"]`);
    await row.waitFor();
    // Unknown outcomes come before everything else on the screen.
    const order = await page.locator('.card h2').allTextContents();
    expect(order[0]).toBe('Operations with an unknown outcome');
    await app.screenshot('overview-unresolved-en');
    await row.getByRole('button', { name: 'Reconcile' }).click();
    await expect.poll(async () => (await invoke<{ state: string }>(app, 'activity.get', { id: entry.id })).state).toBe('reconciled-done');
    await expect.poll(() => row.count()).toBe(0);
  });

  it('shows the same overview and alerts in Chinese', async () => {
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-select').selectOption('zh-CN');
    await page.getByTestId('nav-overview').click();
    await expect.poll(() => page.getByTestId('overview-attention').textContent()).toContain('欠费或余额低于 ¥1,000.00 的客户');
    expect(await page.getByTestId('overview-alerts').textContent()).toContain('有 1 条提醒正在触发');
    expect(await page.locator('#ov-chart').textContent()).toBe('近六个月拨款与消费');
    await app.screenshot('overview-alert-zh-CN');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId('nav-alerts').click();
    await expect.poll(() => page.getByTestId('alerts-log').textContent()).toContain('客户余额低于 ¥1,000.00');
    expect(await page.getByTestId('alerts-log').textContent()).toContain('已生成草稿计划');
    await app.screenshot('alerts-zh-CN');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
