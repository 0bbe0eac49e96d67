// Alert rules checked against the local store: each rule appends to the log only when its
// state changes, notifies once when it starts firing or someone new joins it (never on every
// check), clears when nobody is left, and "Fund these" drafts a plan bringing each customer up
// to the rule's amount (a debt paid in full). Amounts are compared and computed as decimals.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertLog, SqliteAlertStore } from '../../../electron/core/alerts/alert-log';
import { AlertsService, type DraftPlanRequest } from '../../../electron/core/alerts/alerts-service';
import { EventBus } from '../../../electron/core/event-bus';
import { openJournalDb } from '../../../electron/core/infra/journal/database';
import type { ProfileSession } from '../../../electron/core/infra/session';
import type { AppEvent } from '../../../shared/contract';
import { ctx, customer, openTemp } from '../store/fixtures';

const session = { profile: { id: 'p1', name: 'Demo', site: 'cn', role: 'T1' } } as unknown as ProfileSession;

let temp: ReturnType<typeof openTemp>;
let journal: ReturnType<typeof openJournalDb>;
let events: AppEvent[];
let notified: { title: string; body: string }[];
let drafts: DraftPlanRequest[];
let service: AlertsService;
let now = new Date('2026-11-20T02:00:00Z');

function balances(rows: Record<string, { amount: string; debt?: string }>): void {
  const ids = Object.keys(rows);
  temp.store.customers.customers(ids.map((id) => customer(id, { customer: `Customer ${id}` })), 't2-a', ctx);
  temp.store.customers.balances(ids.map((id) => ({ customer_id: id, amount: rows[id]!.amount, debt_amount: rows[id]!.debt ?? '0' })), ctx);
}

beforeEach(() => {
  temp = openTemp();
  journal = openJournalDb(':memory:');
  events = [];
  notified = [];
  drafts = [];
  const bus = new EventBus();
  bus.subscribe((e) => events.push(e));
  service = new AlertsService({
    session: () => session,
    store: () => new SqliteAlertStore(new AlertLog(journal, session.profile.id, () => now)),
    snapshot: () => temp.store.db,
    events: bus,
    language: () => 'en',
    now: () => now,
    notifier: { notify: (n) => notified.push(n) },
    createDraftPlan: async (request) => {
      drafts.push(request);
      return { id: `plan-${drafts.length}` };
    },
  });
});

afterEach(() => {
  journal.close();
  temp.cleanup();
});

describe('a "customer below" rule', () => {
  beforeEach(async () => {
    await service.saveRules([{ kind: 'customer-below', amount: '1000', enabled: true }]);
  });

  it('fires for customers under the amount (decimal comparison at the edge) and notifies once', async () => {
    balances({ a: { amount: '999.99' }, b: { amount: '1000.00' }, c: { amount: '5000' } });
    const first = await service.check();
    expect(first.firing).toBe(1);
    expect(first.changed).toHaveLength(1);
    expect(first.changed[0]!.subjects.map((s) => s.id)).toEqual(['a']);
    expect(notified).toEqual([{ title: 'Partner Desk — A customer below ¥1,000.00', body: '1 customer: Customer a' }]);
    expect(events.filter((e) => e.name === 'alerts.changed')).toHaveLength(1);
    expect(first.changed[0]!.actions.map((a) => a.action)).toEqual(['notified']);
  });

  it('appends nothing and notifies no one while the same customers stay under it', async () => {
    balances({ a: { amount: '10' } });
    await service.check();
    now = new Date(now.getTime() + 3_600_000);
    expect((await service.check()).changed).toEqual([]);
    expect((await service.check()).changed).toEqual([]);
    expect(notified).toHaveLength(1);
    expect(await service.list()).toHaveLength(1);
  });

  it('notifies again when someone new falls under it, not when someone leaves', async () => {
    balances({ a: { amount: '10' }, b: { amount: '2000' } });
    await service.check();
    balances({ a: { amount: '10' }, b: { amount: '20' } });
    expect((await service.check()).changed[0]!.subjects.map((s) => s.id)).toEqual(['a', 'b']);
    expect(notified).toHaveLength(2);
    balances({ a: { amount: '10' }, b: { amount: '3000' } });
    expect((await service.check()).changed).toHaveLength(1);
    expect(notified).toHaveLength(2);
  });

  it('clears once nobody is under it, and fires anew later', async () => {
    balances({ a: { amount: '10' } });
    await service.check();
    balances({ a: { amount: '1500' } });
    const cleared = await service.check();
    expect(cleared.firing).toBe(0);
    expect(cleared.changed[0]).toMatchObject({ state: 'cleared', subjects: [] });
    expect((await service.check()).changed).toEqual([]);
    balances({ a: { amount: '1' } });
    expect((await service.check()).changed[0]!.state).toBe('firing');
    expect(notified).toHaveLength(2);
    expect((await service.list()).map((a) => a.state)).toEqual(['firing', 'cleared', 'firing']);
    expect((await service.list()).map((a) => a.current)).toEqual([true, false, false]);
  });

  it('"Fund these" drafts a plan topping each customer up to the amount, and records it as done', async () => {
    balances({ a: { amount: '999.99' }, b: { amount: '0.5' } });
    const [fired] = (await service.check()).changed;
    const made = await service.fundThese(fired!.seq, 'alice');
    expect(made).toEqual({ planId: 'plan-1', rows: 2 });
    expect(drafts[0]).toMatchObject({ kind: 'fund-customers' });
    expect(drafts[0]!.rows).toEqual([
      { target: 'b', amount: '999.50', memo: `alert #${fired!.seq}` },
      { target: 'a', amount: '0.01', memo: `alert #${fired!.seq}` },
    ]);
    expect((await service.list())[0]!.actions).toMatchObject([{ action: 'notified' }, { action: 'draft-plan', operator: 'alice', planId: 'plan-1' }]);
  });

  it('refuses "Fund these" for a cleared alert and for an unknown one', async () => {
    balances({ a: { amount: '10' } });
    await service.check();
    balances({ a: { amount: '5000' } });
    const [cleared] = (await service.check()).changed;
    await expect(service.fundThese(cleared!.seq, 'alice')).rejects.toMatchObject({ code: 'ALERT_NOTHING_TO_FUND' });
    await expect(service.fundThese(999, 'alice')).rejects.toMatchObject({ code: 'ALERT_NOT_FOUND' });
  });
});

describe('other rules', () => {
  it('"in debt" funds the debt in full; an expiry rule is not fundable', async () => {
    await service.saveRules([
      { kind: 'customer-in-debt', enabled: true },
      { kind: 'vouchers-expiring', days: 30, enabled: true },
    ]);
    balances({ a: { amount: '0', debt: '123.45' }, b: { amount: '50' } });
    const changed = (await service.check()).changed;
    expect(changed).toHaveLength(1);
    await service.fundThese(changed[0]!.seq, 'bob');
    expect(drafts[0]!.rows).toEqual([{ target: 'a', amount: '123.45', memo: `alert #${changed[0]!.seq}` }]);
  });

  it('a disabled rule is not checked; rules belong to the profile and keep their order', async () => {
    const saved = await service.saveRules([
      { kind: 't2-below', amount: '100', enabled: false },
      { kind: 'partner-allocatable-below', amount: '5000', enabled: true },
    ]);
    expect(saved.map((r) => [r.kind, r.enabled])).toEqual([['t2-below', false], ['partner-allocatable-below', true]]);
    temp.store.customers.accountBalances('', [{ account_id: 'acc', account_type: 8, amount: '4999.99' }], ctx);
    temp.store.customers.accountBalances('t2-a', [{ account_id: 'acc2', account_type: 8, amount: '1' }], ctx);
    const changed = (await service.check()).changed;
    expect(changed.map((c) => c.kind)).toEqual(['partner-allocatable-below']);
    expect(notified[0]!.body).toBe('your account');
  });
});
