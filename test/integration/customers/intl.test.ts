// The international demo partner through the router: freeze and unfreeze (documented types and
// reasons) and budgets, sent once through the write engine; a lost answer is decided from the
// customer's state as Huawei reads it. The China-only operations are refused there before sending.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import type { CustomerBudgetView } from '../../../shared/contract/channels/customers';
import { DEMO_INTL, DEMO_SP, startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { clockFor } from '../money/harness';
import type { WorldClock } from '../../support/world-clock';
import { customersRig } from './harness';

let sb: RunningSandbox;
let clock: WorldClock;
let rig: ReturnType<typeof customersRig>;

beforeAll(async () => {
  sb = await startSandbox({ customers: 50, seed: 8, rateLimits: false });
  clock = clockFor(sb);
  rig = customersRig(sb, mkdtempSync(join(tmpdir(), 'pd-intl-')), DEMO_INTL, clock, 'intl');
});
afterEach(() => sb.control.clearFaults());
afterAll(async () => {
  rig?.close();
  await sb?.close();
});

const intlCustomers = () => sb.control.sandbox.world.store.customersByOwner.get(DEMO_INTL.domainId)!.filter((c) => c.associationType === '2');
const frozenOf = (id: string) => sb.control.sandbox.world.store.customerById.get(id)!.isFrozen;

describe('freeze and unfreeze (international site)', () => {
  it('freezes two customers in one call, account and resources, and unfreezes them with the same type', async () => {
    const [a, b] = intlCustomers().filter((c) => c.isFrozen === 0);
    const input = { customerIds: [a!.id, b!.id], reason: 'Overdue invoices', type: 'ACCOUNT_AND_RESOURCE' };
    const frozen = await rig.confirmed<{ entries: JournalEntryView[] }>('customers.previewFreeze', 'customers.freeze', input);
    expect(frozen.entries.map((e) => e.state)).toEqual(['done', 'done']);
    expect(frozen.entries[0]!.details).toMatchObject({ freezeType: 'ACCOUNT_AND_RESOURCE', remark: 'Overdue invoices' });
    expect([frozenOf(a!.id), frozenOf(b!.id)]).toEqual([2, 2]);
    const un = await rig.confirmed<{ entries: JournalEntryView[] }>('customers.previewUnfreeze', 'customers.unfreeze', { ...input, reason: 'Paid' });
    expect(un.entries.map((e) => e.state)).toEqual(['done', 'done']);
    expect([frozenOf(a!.id), frozenOf(b!.id)]).toEqual([0, 0]);
  });

  it('fault matrix: a freeze whose answer is lost after commit is reconciled as applied from is_frozen, not sent again', async () => {
    const c = intlCustomers().find((x) => x.isFrozen === 0)!;
    sb.control.addFault({ operation: 'FreezeSubCustomers', kind: 'drop-after-commit', times: 1 });
    const r = await rig.confirmed<{ entries: JournalEntryView[] }>('customers.previewFreeze', 'customers.freeze', { customerIds: [c.id], reason: 'Risk review', type: 'ACCOUNT' });
    expect(r.entries[0]!.state).toBe('unknown');
    expect(frozenOf(c.id)).toBe(1);
    clock.advance(65_000);
    const done = await rig.call<JournalEntryView>('activity.reconcile', { id: r.entries[0]!.id });
    expect(done.state).toBe('reconciled-done');
  });

  it('fault matrix: an unfreeze lost before commit is not applied once the settle time passed', async () => {
    const c = intlCustomers().find((x) => x.isFrozen === 1)!;
    sb.control.addFault({ operation: 'UnfreezeSubCustomers', kind: 'error-before-commit', status: 503, times: 1 });
    const r = await rig.confirmed<{ entries: JournalEntryView[] }>('customers.previewUnfreeze', 'customers.unfreeze', { customerIds: [c.id], reason: 'Cleared', type: 'ACCOUNT' });
    expect(r.entries[0]!.state).toBe('unknown');
    clock.advance(65_000);
    expect((await rig.call<JournalEntryView>('activity.reconcile', { id: r.entries[0]!.id })).state).toBe('unknown');
    clock.advance(4 * 60_000);
    expect((await rig.call<JournalEntryView>('activity.reconcile', { id: r.entries[0]!.id })).state).toBe('reconciled-not-applied');
    expect(frozenOf(c.id)).toBe(1);
  });
});

describe('budgets (international site)', () => {
  it('shows a budget with its records, and sets a new one', async () => {
    const c = intlCustomers()[3]!;
    const set = await rig.confirmed<JournalEntryView>('customers.previewBudget', 'customers.setBudget', { customerId: c.id, amount: '750.50', budgetType: 'MONTHLY', autoFreeze: true });
    expect(set.state).toBe('done');
    const view = await rig.call<CustomerBudgetView>('customers.budget', { customerId: c.id });
    expect(view).toMatchObject({ amount: '750.50', budgetType: 'MONTHLY', currency: 'USD' });
    expect(view.records[0]).toMatchObject({ amount: '750.50' });
  });

  it('fault matrix: a budget whose answer is lost after commit is reconciled from ShowSubCustomerBudget', async () => {
    const c = intlCustomers()[4]!;
    sb.control.addFault({ operation: 'UpdateSubCustomerBudget', kind: 'drop-after-commit', times: 1 });
    const set = await rig.confirmed<JournalEntryView>('customers.previewBudget', 'customers.setBudget', { customerId: c.id, amount: '1200', budgetType: 'PACKAGE' });
    expect(set.state).toBe('unknown');
    clock.advance(65_000);
    expect((await rig.call<JournalEntryView>('activity.reconcile', { id: set.id })).state).toBe('reconciled-done');
    expect(sb.control.sandbox.world.store.budgetRecords.filter((r) => r.customerId === c.id && r.amount.eq(1200))).toHaveLength(1);
  });

  it('refuses a negative or malformed budget, nothing sent', async () => {
    const c = intlCustomers()[5]!;
    await expect(rig.call('customers.previewBudget', { customerId: c.id, amount: '-5' })).rejects.toMatchObject({ code: 'MONEY_AMOUNT_NOT_POSITIVE' });
    await expect(rig.call('customers.previewBudget', { customerId: c.id, amount: 'ten' })).rejects.toMatchObject({ code: 'MONEY_AMOUNT_FORMAT' });
  });
});

describe('operations a site lacks', () => {
  it('freeze and budgets are refused on a China-site profile with the reason, before anything is sent', async () => {
    const cn = customersRig(sb, mkdtempSync(join(tmpdir(), 'pd-cn-')), DEMO_SP, clock);
    try {
      const c = sb.control.sandbox.world.store.customersByOwner.get(DEMO_SP.domainId)![0]!.id;
      await expect(cn.call('customers.previewFreeze', { customerIds: [c], reason: 'x' })).rejects.toMatchObject({
        code: 'CUSTOMER_NOT_ON_SITE', messages: { en: expect.stringContaining('international site only') },
      });
      await expect(cn.call('customers.budget', { customerId: c })).rejects.toMatchObject({ code: 'CUSTOMER_NOT_ON_SITE' });
    } finally {
      cn.close();
    }
  });
});
