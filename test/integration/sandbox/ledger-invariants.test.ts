// Property: whatever sequence of money operations runs — with injected faults — money and
// voucher value are conserved, records add up to balances, and the log lists exactly what happened
// (error faults answering in the Huawei form or bare, without an error code).
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashSpent } from '../../../electron/sandbox/handlers/bills';
import { FAULT_BODIES, type FaultKind, type RunningSandbox } from '../../../electron/sandbox/index';
import { call, DEMO_SP, DEMO_T1, OTHER_T2, start, T2 } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start({ customers: 120 });
});
afterAll(() => sb.close());

const FAULTS: (FaultKind | 'none')[] = ['none', 'none', 'none', 'drop-after-commit', 'error-before-commit', 'error-after-commit', 'reset', 'malformed-body', 'throttle'];
const AMOUNTS = ['1', '0.01', '10.5', '250.00', '99999999', '-5', '1.001', 'abc', '0'];

const step = fc.record({
  op: fc.constantFrom('grant', 'reclaim', 't2grant', 't2reclaim', 'coupon', 'couponReclaim', 'quota', 'quotaReclaim'),
  caller: fc.constantFrom('SP', 'T1'),
  viaT2: fc.boolean(),
  customerPick: fc.nat(50),
  amount: fc.constantFrom(...AMOUNTS),
  asNumber: fc.boolean(),
  fault: fc.constantFrom(...FAULTS),
  /** Error faults may answer a bare 400 (empty body or gateway HTML) instead of CBC.0999. */
  errorBody: fc.constantFrom(...FAULT_BODIES),
});

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function customers(owner: string): string[] {
  return (sb.control.sandbox.world.store.customersByOwner.get(owner) ?? []).map((c) => c.id);
}

async function run(s: Step): Promise<void> {
  const who = s.caller === 'SP' ? DEMO_SP : DEMO_T1;
  const scope = s.caller === 'SP' ? DEMO_SP.domainId : s.viaT2 ? T2 : OTHER_T2;
  const ids = customers(scope);
  const customer = ids[s.customerPick % Math.max(ids.length, 1)] ?? 'nobody';
  const amount = s.asNumber && /^[\d.]+$/.test(s.amount) ? Number(s.amount) : s.amount;
  const ip = s.caller === 'T1' ? { indirect_partner_id: scope } : {};
  const store = sb.control.sandbox.world.store;
  const coupon = [...store.coupons.values()].find((c) => c.issuerId === scope && c.status === 2)?.id ?? 'none';
  const quota = [...store.quotas.values()].find((q) => q.ownerId === scope && q.status === 0 && q.type === 0)?.id ?? 'none';
  const child = [...store.quotas.values()].find((q) => q.parentId !== undefined && q.status === 0)?.id ?? 'none';
  const requests: Record<Step['op'], [string, object]> = {
    grant: ['/v2/accounts/partner-accounts/adjust-amount', { customer_id: customer, amount, ...ip }],
    reclaim: ['/v2/accounts/partner-accounts/reclaim', { customer_id: customer, amount, ...ip }],
    t2grant: ['/v2/accounts/partner-accounts/indirect-partner-adjust', { indirect_partner_id: T2, amount }],
    t2reclaim: ['/v2/accounts/partner-accounts/indirect-partner-reclaim', { indirect_partner_id: T2, amount }],
    coupon: ['/v2/promotions/benefits/partner-coupons', { quota_id: quota, customer_ids: [customer, customer], face_value: amount, ...ip }],
    couponReclaim: ['/v2/promotions/benefits/partner-coupons/reclaim', { coupon_id: coupon, ...ip }],
    quota: ['/v2/partners/coupon-quotas/indirect-partner-adjust', { quota_id: 'QT1A00000000000000000001', indirect_partner_ids: [T2, 'bogus'], quota_amount: amount }],
    quotaReclaim: ['/v2/partners/coupon-quotas/indirect-partner-reclaim', { quota_ids: [child, 'bogus'] }],
  };
  const [path, body] = requests[s.op];
  const bare = s.errorBody !== 'huawei' ? { status: 400, body: s.errorBody } : {};
  if (s.fault !== 'none') sb.control.addFault({ operation: '*', kind: s.fault, times: 1, ...bare });
  try {
    const r = await call(sb, who, 'POST', path, { body });
    if (s.fault === 'none') expect(r.status).toBeLessThan(500);
  } catch {
    // A dropped or reset connection: the outcome is unknown to the client, the ledger knows.
  }
  sb.control.clearFaults();
}

function checkRecordsMatchBalances(): void {
  const store = sb.control.sandbox.world.store;
  for (const p of store.partners.values()) {
    for (const [type, balance] of [['BALANCE_TYPE_DEBIT', p.cash], ['BALANCE_TYPE_CREDIT', p.credit]] as const) {
      const recs = store.changeRecords.filter((r) => r.partnerId === p.id && r.balanceType === type);
      const sum = recs.reduce((s, r) => s.plus(r.change), new Decimal(0));
      expect(sum.toFixed(2), `${p.accountName} ${type}`).toBe(balance.toFixed(2));
      const last = recs.at(-1);
      if (last) expect(last.balanceAfter.toFixed(2)).toBe(balance.toFixed(2));
    }
  }
}

/**
 * Bills, coupons and records tell the same story: a funded customer's balance is its grants minus
 * its reclaims minus the net cash of its bills (refunds and write-offs count back), and the
 * voucher-paid part of its bills is what its coupons lost beyond what was reclaimed.
 */
function checkBillsCouponsRecordsAgree(): void {
  const world = sb.control.sandbox.world;
  const store = world.store;
  const net = new Map<string, Decimal>();
  for (const r of store.adjustRecords) {
    const sign = r.operationType === 'SOURCE_OPERATION_BEADJUST' ? 1 : -1;
    net.set(r.customerId, (net.get(r.customerId) ?? new Decimal(0)).plus(r.amount.mul(sign)));
  }
  const couponUse = new Map<string, Decimal>();
  for (const c of store.coupons.values()) couponUse.set(c.customerId, (couponUse.get(c.customerId) ?? new Decimal(0)).plus(c.faceValue.minus(c.balance)));
  for (const r of store.couponRecords) if (r.operationType === '2') couponUse.set(r.customerId, (couponUse.get(r.customerId) ?? new Decimal(0)).minus(r.amount));
  for (const c of store.customers) {
    if (c.balance !== undefined) {
      expect(c.balance.toFixed(2), `balance of ${c.id}`).toBe((net.get(c.id) ?? new Decimal(0)).minus(cashSpent({ world }, c)).toFixed(2));
    }
    const billed = world.bills.cycles().reduce((s, cycle) => s + world.bills.lines(c, cycle).reduce((t, l) => t + l.couponCents, 0), 0);
    expect((couponUse.get(c.id) ?? new Decimal(0)).toFixed(2), `vouchers of ${c.id}`).toBe(new Decimal(billed).div(100).toFixed(2));
  }
}

describe('ledger invariants', () => {
  it('conserves money and voucher value and keeps records equal to balances under any operations and faults', async () => {
    let applied = 0;
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
      sb.control.reset();
      const before = sb.control.ledger();
      const balancesBefore = new Map(sb.control.sandbox.world.store.customers.map((c) => [c.id, c.balance?.toFixed(2) ?? '0.00']));
      const adjustBefore = sb.control.sandbox.world.store.adjustRecords.length;
      for (const s of steps) await run(s);
      const after = sb.control.ledger();
      expect(after.moneyTotal).toBe(before.moneyTotal);
      expect(after.voucherTotal).toBe(before.voucherTotal);
      checkRecordsMatchBalances();
      checkBillsCouponsRecordsAgree();

      // Customer balances moved exactly by the new grant/reclaim records.
      const store = sb.control.sandbox.world.store;
      const delta = new Map<string, Decimal>();
      for (const r of store.adjustRecords.slice(adjustBefore)) {
        const sign = r.operationType === 'SOURCE_OPERATION_BEADJUST' ? 1 : -1;
        delta.set(r.customerId, (delta.get(r.customerId) ?? new Decimal(0)).plus(r.amount.mul(sign)));
      }
      for (const c of store.customers) {
        const moved = new Decimal(c.balance?.toFixed(2) ?? '0').minus(balancesBefore.get(c.id) ?? '0');
        expect(moved.toFixed(2)).toBe((delta.get(c.id) ?? new Decimal(0)).toFixed(2));
      }
      // Every money grant/reclaim the ledger applied is in the log, with its record's id.
      const moneyLog = sb.control.log().filter((e) => e.transId !== undefined);
      expect(moneyLog.map((e) => e.transId)).toEqual(store.adjustRecords.slice(adjustBefore).map((r) => r.transId));
      applied += sb.control.log().length;
    }), { numRuns: 25 });
    expect(applied).toBeGreaterThan(10);
  });

  it('commits an operation whose response was dropped, exactly once', async () => {
    sb.control.reset();
    const customer = customers(DEMO_SP.domainId).find((id) => sb.control.sandbox.world.store.customerById.get(id)?.associationType === '2') as string;
    sb.control.addFault({ operation: 'UpdateCustomerAccountAmount', kind: 'drop-after-commit', times: 1 });
    await expect(call(sb, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/adjust-amount', { body: { customer_id: customer, amount: '5' } })).rejects.toThrow();
    const log = sb.control.log();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ operation: 'UpdateCustomerAccountAmount', customerId: customer, amount: '5.00' });
    const found = await call(sb, DEMO_SP, 'GET', '/v3/accounts/partner-accounts/adjust-records', { query: { trans_id: log[0]?.transId as string } });
    expect(found.json.total_count).toBe(1);
  });

  it('applies nothing when the fault strikes before the commit', async () => {
    sb.control.reset();
    const customer = customers(DEMO_SP.domainId)[0] as string;
    for (const kind of ['error-before-commit', 'reset', 'throttle', 'clock-skew'] as const) {
      sb.control.addFault({ operation: 'UpdateCustomerAccountAmount', kind, times: 1 });
      const r = await call(sb, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/adjust-amount', { body: { customer_id: customer, amount: '5' } }).catch(() => undefined);
      if (r) expect([500, 429, 401]).toContain(r.status);
    }
    expect(sb.control.log()).toHaveLength(0);
  });
});
