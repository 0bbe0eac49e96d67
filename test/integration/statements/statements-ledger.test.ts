// Statements against the sandbox's own ledger: for every customer the sandbox seeds, a month's
// grants, reclaims, cash and voucher consumption and the closing balance agree to the cent with
// what the sandbox really did; a grant whose record has not reached the list yet shows as a
// difference of exactly its amount, with its reason.
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../electron/core/infra/http';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import { addMonths, beijingMonthOf, periodOf } from '../../../electron/core/statements/period';
import { computeSet, customerStatement } from '../../../electron/core/statements/statements-service';
import { syncRig, type SyncRig } from '../sync/harness';

let rig: SyncRig;
let months: string[];

const cents = (d: Decimal.Value) => new Decimal(d).toFixed(2);

beforeAll(async () => {
  rig = await syncRig('SP', { customers: 400, seed: 23 });
  const now = new Date();
  const current = beijingMonthOf(now.toISOString());
  months = Array.from({ length: 14 }, (_, i) => addMonths(current, -13 + i));
  // Records from five years back: every seeded grant (associations go back 40 months) is in the window.
  rig.service.start({ months, recordsFrom: new Date(now.getTime() - 5 * 365 * 86400_000).toISOString().slice(0, 10) });
  await rig.service.whenIdle();
}, 120_000);

afterAll(async () => {
  await rig.close();
});

/** What the sandbox did to customer `id` in Beijing month `m`, from its own records and bill book. */
function truth(id: string, m: string) {
  const world = rig.sandbox.control.sandbox.world;
  const period = periodOf({ fromMonth: m, toMonth: m });
  const inMonth = (t: number) => t >= period.from.getTime() && t < period.to.getTime();
  const after = (t: number) => t >= period.to.getTime();
  const records = world.store.adjustRecords.filter((r) => r.customerId === id);
  const sum = (xs: Decimal[]) => xs.reduce((a, b) => a.plus(b), new Decimal(0));
  const customer = world.store.customerById.get(id)!;
  const lines = world.bills.lines(customer, m);
  const later = months.filter((x) => x > m).flatMap((x) => world.bills.lines(customer, x));
  const laterCash = later.reduce((a, l) => a + l.cashCents, 0) / 100;
  const laterRecords = sum(records.filter((r) => after(r.time)).map((r) => (r.operationType === 'SOURCE_OPERATION_BEADJUST' ? r.amount : r.amount.neg())));
  return {
    granted: sum(records.filter((r) => inMonth(r.time) && r.operationType === 'SOURCE_OPERATION_BEADJUST').map((r) => r.amount)),
    reclaimed: sum(records.filter((r) => inMonth(r.time) && r.operationType !== 'SOURCE_OPERATION_BEADJUST').map((r) => r.amount)),
    cash: lines.reduce((a, l) => a + l.cashCents, 0) / 100,
    voucher: lines.reduce((a, l) => a + l.couponCents, 0) / 100,
    // The ledger's balance now, minus what moved after the month: the balance at the month's end.
    closing: (customer.balance ?? new Decimal(0)).minus(laterRecords).plus(laterCash),
  };
}

describe('statements against the sandbox ledger', () => {
  it('agree to the cent for every seeded customer, in every month of the bill window', () => {
    const world = rig.sandbox.control.sandbox.world;
    const funded = world.store.customers.filter((c) => c.ownerId === rig.sandbox.accounts.find((a) => a.role === 'SP')!.domainId && c.associationType === '2' && c.balance);
    expect(funded.length).toBeGreaterThan(50);
    for (const m of [months[1]!, months[6]!, months[12]!]) {
      const set = computeSet(rig.store.db, { period: { fromMonth: m, toMonth: m } }, false);
      const rows = new Map(set.statements.map((s) => [s.row.customerId, s.row]));
      for (const c of funded) {
        const row = rows.get(c.id);
        expect(row, `${c.id} has a statement for ${m}`).toBeDefined();
        const t = truth(c.id, m);
        expect({ id: c.id, granted: row!.granted, reclaimed: row!.reclaimed, cash: row!.cashConsumed, voucher: row!.voucherConsumed, closing: row!.closing }).toEqual({
          id: c.id, granted: cents(t.granted), reclaimed: cents(t.reclaimed), cash: cents(t.cash), voucher: cents(t.voucher), closing: cents(t.closing),
        });
        expect(row!.reason, `${c.id} in ${m}`).toBe('none');
        expect(row!.difference).toBe('0.00');
        // The identity every statement keeps: opening + grants − reclaims − cash = closing.
        expect(new Decimal(row!.opening).plus(row!.granted).minus(row!.reclaimed).minus(row!.cashConsumed).toFixed(2)).toBe(row!.closing);
      }
    }
  });

  it('a range of months chains: each month opens with the previous month closing', () => {
    const sp = rig.sandbox.accounts.find((a) => a.role === 'SP')!;
    const id = rig.sandbox.control.sandbox.world.store.customers.find((c) => c.ownerId === sp.domainId && c.associationType === '2' && c.balance?.gt(0))!.id;
    const range = customerStatement(rig.store.db, { fromMonth: months[2]!, toMonth: months[10]! }, id);
    const first = customerStatement(rig.store.db, { fromMonth: months[2]!, toMonth: months[2]! }, id);
    const last = customerStatement(rig.store.db, { fromMonth: months[10]!, toMonth: months[10]! }, id);
    expect(range.row.opening).toBe(first.row.opening);
    expect(range.row.closing).toBe(last.row.closing);
    expect(range.lines.length).toBeGreaterThan(0);
    expect(range.lines.at(-1)!.balance).toBe(range.row.closing);
  });

  it('shows a grant whose record has not reached the list yet as a difference of exactly its amount', async () => {
    const sp = rig.sandbox.accounts.find((a) => a.role === 'SP')!;
    const world = rig.sandbox.control.sandbox.world;
    const target = world.store.customers.find((c) => c.ownerId === sp.domainId && c.associationType === '2' && c.balance)!;
    rig.sandbox.control.setRecordLag({ operation: 'UpdateCustomerAccountAmount', seconds: 3600 });
    const client = createHttpClient({ endpoint: rig.sandbox.url, credentials: { ak: sp.ak, domainId: sp.domainId, getSecret: async () => sp.sk }, maxReadRetries: 0 });
    try {
      await createPartnerApi(client).funding.updateCustomerAccountAmount({ customer_id: target.id, amount: '123.45' });
    } finally {
      client.close();
    }
    rig.service.start({ lists: ['customers', 'adjustRecords'] });
    await rig.service.whenIdle();
    const current = months.at(-1)!;
    const s = customerStatement(rig.store.db, { fromMonth: current, toMonth: current }, target.id);
    expect(s.row.difference).toBe('123.45');
    expect(s.row.reason).toBe('recordsMissing');
    expect(s.row.expectedClosing).toBe(cents(target.balance!));
    // Nobody else is touched.
    const set = computeSet(rig.store.db, { period: { fromMonth: current, toMonth: current }, onlyDifferences: true }, false);
    expect(set.statements.map((x) => x.row.customerId)).toEqual([target.id]);
  }, 60_000);
});
