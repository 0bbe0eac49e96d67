// Offboarding a leaving customer through the router, its gates and the write engine, against the
// sandbox over real HTTP on a world clock that jumps past the production settle time: the balance
// and every reclaimable coupon reclaimed, one journal entry each in one group, per-item outcomes,
// a lost answer reconciled, a refusal explained, twins refused, a T2's customer offboarded by its T1.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JournalExport } from '../../../shared/contract/channels/activity';
import type { OffboardPreview, OffboardSummary } from '../../../shared/contract/channels/offboarding';
import type { VoucherPreview, VoucherResult } from '../../../shared/contract/channels/vouchers';
import { effectiveSettleMs } from '../../../electron/core/infra/writes/reconcile';
import { DEMO_SP, DEMO_T1, DEMO_T2S, startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import type { WorldClock } from '../../support/world-clock';
import { clockFor, SESSION_TIMEOUT_MS } from '../money/harness';
import { seedQuota } from '../vouchers/harness';
import { leavingCustomer, offboard, offboardingDesk, seedCoupon, type Desk } from './harness';

const SETTLE_MS = effectiveSettleMs({ clientTimeoutMs: SESSION_TIMEOUT_MS });

let sb: RunningSandbox;
let clock: WorldClock;
let sp: Desk;
let t1: Desk;
const taken = new Set<string>();

beforeAll(async () => {
  sb = await startSandbox({ customers: 400, seed: 21, rateLimits: false });
  clock = clockFor(sb);
  sp = offboardingDesk(sb, DEMO_SP, clock);
  t1 = offboardingDesk(sb, DEMO_T1, clock);
  await sp.runtime.require().startup;
  await t1.runtime.require().startup;
});
afterEach(() => sb.control.clearFaults());
afterAll(async () => {
  sp?.close();
  t1?.close();
  await sb?.close();
});

const store = () => sb.control.sandbox.world.store;
const balanceOf = (id: string) => store().customerById.get(id)!.balance?.toFixed(2);
const coupon = (id: string) => store().coupons.get(id)!;
const reclaimRecords = (couponId: string) => store().couponRecords.filter((r) => r.operationType === '2' && r.couponId === couponId);

/** Two coupons issued through vouchers.issue (20 and 30), as the operator would have. */
async function issueTwo(customerId: string): Promise<[string, string]> {
  const quotaId = seedQuota(sb, DEMO_SP.domainId, '1000');
  const ids: string[] = [];
  for (const faceValue of ['20', '30']) {
    const input = { quotaId, customerIds: [customerId], faceValue };
    const p = await sp.call<VoucherPreview>('vouchers.previewIssue', input);
    const r = await sp.call<VoucherResult>('vouchers.issue', { ...input, confirmation: p.confirmation });
    const item = r.items[0]!;
    if (item.status !== 'sent' || !item.entry.transId) throw new Error('coupon not issued');
    ids.push(item.entry.transId);
  }
  return ids as [string, string];
}

describe('offboarding a leaving customer', () => {
  it('reclaims the balance and both vouchers, names what cannot be reclaimed, journals one group, and exports the summary', async () => {
    const customer = leavingCustomer(sb, DEMO_SP.domainId, taken, '250.40');
    const [a, b] = await issueTwo(customer);
    const expired = seedCoupon(sb, DEMO_SP.domainId, customer, '15', { expireTime: sb.control.sandbox.now() - 86_400_000 });
    const usedUp = seedCoupon(sb, DEMO_SP.domainId, customer, '10', { status: 3, balance: new (await import('decimal.js')).default(0) });

    const { preview, result } = await offboard(sp, { customerId: customer });
    expect(preview.balance).toMatchObject({ available: '250.40', amount: '250.40', problems: [] });
    const byId = new Map(preview.coupons.map((c) => [c.couponId, c]));
    expect(byId.get(a)).toMatchObject({ balance: '20.00', problems: [] });
    expect(byId.get(b)).toMatchObject({ balance: '30.00', problems: [] });
    expect(byId.get(expired)!.problems.map((p) => p.code)).toEqual(['VOUCHER_COUPON_GONE']);
    expect(byId.get(expired)!.problems[0]!.message.en).toContain('expired');
    expect(byId.get(usedUp)!.problems[0]!.message['zh-CN']).toContain('已用完');
    expect(preview.totals).toEqual({ balance: '250.40', coupons: '50.00', total: '300.40', couponCount: 2, notReclaimable: 2 });
    expect(preview.sendCount).toBe(3);

    expect(result.items.map((i) => [i.kind, i.status, i.status === 'sent' ? i.entry.state : null])).toEqual([
      ['balance', 'sent', 'done'], ['coupon', 'sent', 'done'], ['coupon', 'sent', 'done'],
    ]);
    const entries = result.items.flatMap((i) => (i.status === 'sent' ? [i.entry] : []));
    expect(new Set(entries.map((e) => e.batchId))).toEqual(new Set([result.summary.id]));
    expect(result.summary).toMatchObject({ customerId: customer, reclaimed: '300.40', applied: 3, failed: 0, unresolved: 0, operator: 'alice' });
    expect(balanceOf(customer)).toBe('0.00');
    expect([coupon(a).status, coupon(b).status]).toEqual([5, 5]);

    // Activity reads the same group back from the journal.
    const summary = await sp.call<OffboardSummary>('customers.offboardSummary', { id: result.summary.id });
    expect(summary).toEqual(result.summary);
    const csv = await sp.call<JournalExport>('customers.exportOffboard', { id: summary.id, format: 'csv', language: 'zh-CN' });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text).toContain('回收合计');
    expect(text).toContain('300.40');
    expect(text).toContain(a);
    const xlsx = await sp.call<JournalExport>('customers.exportOffboard', { id: summary.id, format: 'xlsx', language: 'en' });
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(xlsx).toMatchObject({ rows: 3 });

    // Nothing is left: a second offboarding has nothing to send.
    const again = await sp.call<OffboardPreview>('customers.previewOffboard', { customerId: customer });
    expect(again.sendCount).toBe(0);
    await expect(sp.call('customers.offboard', { ...again.execute, confirmation: again.confirmation })).rejects.toMatchObject({ code: 'OFFBOARD_NOTHING' });
  });

  it('a lost answer on one coupon leaves it unknown; reconciliation finds it applied, and it was reclaimed once', async () => {
    const customer = leavingCustomer(sb, DEMO_SP.domainId, taken, '80.00');
    const [a, b] = await issueTwo(customer);
    sb.control.addFault({ operation: 'ReclaimPartnerCoupons', kind: 'drop-after-commit', times: 1 });
    const { result } = await offboard(sp, { customerId: customer });
    const states = result.items.map((i) => (i.status === 'sent' ? i.entry.state : i.status));
    expect(states).toEqual(['done', 'unknown', 'done']);
    // The coupons come newest first: the lost answer was the 30.00 one.
    expect(result.items[1]!.key).toBe(b);
    expect(result.summary).toMatchObject({ applied: 2, unresolved: 1, reclaimed: '100.00' });

    // Meanwhile the same coupon is not reclaimed again.
    const meanwhile = await sp.call<OffboardPreview>('customers.previewOffboard', { customerId: customer });
    expect(meanwhile.sendCount).toBe(0);

    clock.advance(SETTLE_MS + 5_000);
    const lost = result.items[1]!;
    if (lost.status !== 'sent') throw new Error('expected the coupon sent');
    const reconciled = await sp.call<{ state: string }>('activity.reconcile', { id: lost.entry.id });
    expect(reconciled.state).toBe('reconciled-done');
    const summary = await sp.call<OffboardSummary>('customers.offboardSummary', { id: result.summary.id });
    expect(summary).toMatchObject({ applied: 3, unresolved: 0, reclaimed: '130.00' });
    expect(reclaimRecords(a)).toHaveLength(1);
    expect(reclaimRecords(b)).toHaveLength(1);
  });

  it('the balance reclaim is refused with its code when the customer spent since the review; the coupons still go back', async () => {
    const customer = leavingCustomer(sb, DEMO_SP.domainId, taken, '90.00');
    await issueTwo(customer);
    const preview = await sp.call<OffboardPreview>('customers.previewOffboard', { customerId: customer });
    // The customer pays an order after the review: what was confirmed is no longer held.
    store().customerById.get(customer)!.balance = new (await import('decimal.js')).default('40.00');
    const result = await sp.call<{ items: Array<{ status: string; entry?: { state: string; code: string | null }; reason?: { en: string } | null }>; summary: OffboardSummary }>(
      'customers.offboard', { ...preview.execute, confirmation: preview.confirmation },
    );
    expect(result.items[0]).toMatchObject({ status: 'sent', entry: { state: 'failed', code: 'CBC.99005003' } });
    expect(result.items[0]!.reason?.en).toBeTruthy();
    expect(result.summary).toMatchObject({ applied: 2, failed: 1, reclaimed: '50.00' });
    expect(balanceOf(customer)).toBe('40.00');
  });

  it('refuses twins: an unresolved balance or coupon reclaim is not sent again until reconciled', async () => {
    const customer = leavingCustomer(sb, DEMO_SP.domainId, taken, '60.00');
    const [a, b] = await issueTwo(customer);
    // The connection dies before Huawei applies anything: both outcomes are unknown.
    sb.control.addFault({ operation: 'ReclaimToPartnerAccount', kind: 'reset', times: 1 });
    sb.control.addFault({ operation: 'ReclaimPartnerCoupons', kind: 'reset', times: 1 });
    const first = await offboard(sp, { customerId: customer });
    expect(first.result.items.map((i) => (i.status === 'sent' ? i.entry.state : i.status))).toEqual(['unknown', 'unknown', 'done']);

    const again = await sp.call<OffboardPreview>('customers.previewOffboard', { customerId: customer });
    expect(again.balance.problems.map((p) => p.code)).toEqual(['OFFBOARD_BALANCE_UNRESOLVED']);
    const byId = new Map(again.coupons.map((c) => [c.couponId, c.problems.map((p) => p.code)]));
    // The coupons come newest first: b's connection died, a went back.
    expect(byId.get(b)).toEqual(['VOUCHER_UNRESOLVED']);
    expect(byId.get(a)).toEqual(['VOUCHER_COUPON_GONE']);
    await expect(sp.call('customers.offboard', { ...again.execute, confirmation: again.confirmation })).rejects.toMatchObject({ code: 'OFFBOARD_NOTHING' });

    // A replay of the first review is refused (its confirmation is used up) and sends nothing.
    await expect(sp.call('customers.offboard', { ...first.preview.execute, confirmation: first.preview.confirmation })).rejects.toMatchObject({ code: 'MONEY_CONFIRMATION_USED' });
    expect(balanceOf(customer)).toBe('60.00');
    expect(reclaimRecords(b)).toHaveLength(0);
  });

  it('needs a second person when the reclaimed total crosses the approval limit', async () => {
    const limited = offboardingDesk(sb, DEMO_SP, clock, '100.00');
    try {
      const customer = leavingCustomer(sb, DEMO_SP.domainId, taken, '120.00');
      const p = await limited.call<OffboardPreview>('customers.previewOffboard', { customerId: customer });
      await expect(limited.call('customers.offboard', { ...p.execute, confirmation: p.confirmation })).rejects.toMatchObject({ code: 'MONEY_APPROVAL_REQUIRED' });
      // An amount changed after the review does not match the confirmation.
      await expect(limited.call('customers.offboard', { ...p.execute, balance: '99.00', confirmation: p.confirmation })).rejects.toMatchObject({ code: 'MONEY_CONFIRMATION_MISMATCH' });
      expect(balanceOf(customer)).toBe('120.00');
    } finally {
      limited.close();
    }
  });
});

describe("a T1 offboards a T2's customer", () => {
  const t2 = DEMO_T2S[0]!.domainId;

  it('reclaims with indirect_partner_id: the balance and the vouchers go back to the T2', async () => {
    const customer = leavingCustomer(sb, t2, taken, '75.25');
    const c1 = seedCoupon(sb, t2, customer, '12.50');
    const c2 = seedCoupon(sb, t2, customer, '7.50');
    const t2Cash = store().partners.get(t2)!.cash;
    const { preview, result } = await offboard(t1, { customerId: customer, indirectPartnerId: t2 });
    expect(preview).toMatchObject({ indirectPartnerId: t2, totals: { total: '95.25', couponCount: 2 } });
    expect(result.summary).toMatchObject({ indirectPartnerId: t2, applied: 3, reclaimed: '95.25' });
    for (const i of result.items) expect(i).toMatchObject({ status: 'sent', entry: { state: 'done', indirectPartnerId: t2 } });
    expect(balanceOf(customer)).toBe('0.00');
    expect([coupon(c1).status, coupon(c2).status]).toEqual([5, 5]);
    expect(store().partners.get(t2)!.cash.minus(t2Cash).toFixed(2)).toBe('75.25');

    // Without the T2 the customer is not the T1's own, and an SP has no T2s.
    await expect(t1.call('customers.previewOffboard', { customerId: customer })).rejects.toMatchObject({ code: 'MONEY_CUSTOMER_UNKNOWN' });
    await expect(sp.call('customers.previewOffboard', { customerId: customer, indirectPartnerId: t2 })).rejects.toMatchObject({ code: 'MONEY_T1_ONLY' });
  });
});
