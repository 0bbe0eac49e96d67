// Voucher writes through the router, its gates and the write engine, against the sandbox over
// real HTTP, on a world clock that moves with real time and jumps past the production settle
// time. Each item is its own journal entry; a batch answer is split per item; a lost answer
// is reconciled per item from Huawei's records and never causes a second coupon.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import type { VoucherPreview, VoucherResult } from '../../../shared/contract/channels/vouchers';
import { EventBus } from '../../../electron/core/event-bus';
import { OperationsStore } from '../../../electron/core/infra/journal/operations-store';
import { createMoneyRuntime, type MoneyRuntime } from '../../../electron/core/money/runtime';
import { effectiveSettleMs } from '../../../electron/core/infra/writes/reconcile';
import { DEMO_SP, DEMO_T1, DEMO_T2S, startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import type { WorldClock } from '../../support/world-clock';
import { SESSION_TIMEOUT_MS, clockFor, sessionFor } from '../money/harness';
import { resaleCustomers, seedQuota, vouchersRouter } from './harness';

const SETTLE_MS = effectiveSettleMs({ clientTimeoutMs: SESSION_TIMEOUT_MS });

let sb: RunningSandbox;
let clock: WorldClock;
const opened: Array<() => void> = [];

interface Desk { runtime: MoneyRuntime; call: ReturnType<typeof vouchersRouter>['call'] }
let sp: Desk;
let t1: Desk;

function desk(who: typeof DEMO_SP, limit: string | null = null): Desk {
  const s = sessionFor(sb, mkdtempSync(join(tmpdir(), `pd-vouchers-${who.role}-`)), who, clock);
  const operations = new OperationsStore(s.sessions);
  const runtime = createMoneyRuntime({ sessions: s.sessions, events: new EventBus(), operations, reconcile: { now: clock.now, clientTimeoutMs: SESSION_TIMEOUT_MS } });
  opened.push(() => { runtime.dispose(); operations.dispose(); s.close(); });
  return { runtime, call: vouchersRouter(sb, runtime, clock.now, limit).call };
}

beforeAll(async () => {
  sb = await startSandbox({ customers: 600, seed: 12, rateLimits: false });
  clock = clockFor(sb);
  sp = desk(DEMO_SP);
  t1 = desk(DEMO_T1);
  await sp.runtime.require().startup;
  await t1.runtime.require().startup;
});
afterEach(() => {
  sb.control.clearFaults();
  sb.control.clearRecordLags();
});
afterAll(async () => {
  for (const close of opened) close();
  await sb?.close();
});

const couponsOf = (quotaId: string, customerId?: string) =>
  [...sb.control.sandbox.world.store.coupons.values()].filter((c) => c.quotaId === quotaId && (customerId === undefined || c.customerId === customerId));

async function issue(d: Desk, input: Record<string, unknown>): Promise<{ preview: VoucherPreview; result: VoucherResult }> {
  const preview = await d.call<VoucherPreview>('vouchers.previewIssue', input);
  const result = await d.call<VoucherResult>('vouchers.issue', { ...input, confirmation: preview.confirmation });
  return { preview, result };
}

const entries = (r: VoucherResult) => r.items.flatMap((i) => (i.status === 'sent' ? [i.entry] : []));

describe('issuing vouchers', () => {
  it('sends 150 customers in two calls, one journal entry each, and explains the one Huawei refused', async () => {
    const quotaId = seedQuota(sb, DEMO_SP.domainId, '100000');
    const customers = resaleCustomers(sb, DEMO_SP.domainId, 150);
    // A financially custodied enterprise sub-account: the preview cannot know, Huawei refuses it per customer.
    sb.control.sandbox.world.store.customerById.get(customers[120]!)!.custodied = true;

    const { preview, result } = await issue(sp, { quotaId, customerIds: customers, faceValue: '50' });
    expect(preview).toMatchObject({ sendCount: 150, calls: 2, total: '7500.00', quotaBalanceAfter: '92500.00' });
    expect(result).toMatchObject({ calls: 2, done: 149, failed: 1, unknown: 0, skipped: 0 });
    const refused = result.items[120]!;
    expect(refused).toMatchObject({ status: 'sent', entry: { state: 'failed', code: 'CBC.50000034' } });
    expect(refused.status === 'sent' && refused.reason?.en).toBeTruthy();
    const journaled = entries(result);
    expect(new Set(journaled.map((e) => e.batchId)).size).toBe(2);
    for (const e of journaled.filter((x) => x.state === 'done')) {
      expect(couponsOf(quotaId, e.counterpartyId).map((c) => c.id)).toEqual([e.transId]);
    }
    expect(couponsOf(quotaId)).toHaveLength(149);
  });

  it('names each problem per customer and sends only the others', async () => {
    const quotaId = seedQuota(sb, DEMO_SP.domainId, '1000');
    const [a, b] = resaleCustomers(sb, DEMO_SP.domainId, 2);
    const referral = sb.control.sandbox.world.store.customersByOwner.get(DEMO_SP.domainId)!.find((c) => c.associationType === '1')!.id;
    const { preview, result } = await issue(sp, { quotaId, customerIds: [a, referral, 'no-such-customer', b, a], faceValue: '10' });
    expect(preview.items.map((i) => i.problems.map((p) => p.code))).toEqual([
      [], ['VOUCHER_CUSTOMER_NOT_RESALE'], ['VOUCHER_CUSTOMER_UNKNOWN'], [], ['VOUCHER_DUPLICATE_ITEM'],
    ]);
    expect(preview.items[1]!.problems[0]!.message['zh-CN']).toContain('代售');
    expect(result).toMatchObject({ done: 2, skipped: 3 });
    expect(couponsOf(quotaId)).toHaveLength(2);
  });

  it('refuses the whole issue above the quota balance, and a face value outside the quota’s range', async () => {
    const quotaId = seedQuota(sb, DEMO_SP.domainId, '100');
    const customers = resaleCustomers(sb, DEMO_SP.domainId, 3);
    await expect(sp.call('vouchers.previewIssue', { quotaId, customerIds: customers, faceValue: '40' })).rejects.toMatchObject({ code: 'VOUCHER_OVER_QUOTA' });
    sb.control.sandbox.world.store.quotas.get(quotaId)!.rules = { minFaceValue: new (await import('decimal.js')).default(5), maxFaceValue: new (await import('decimal.js')).default(20) };
    await expect(sp.call('vouchers.previewIssue', { quotaId, customerIds: customers, faceValue: '25' })).rejects.toMatchObject({ code: 'VOUCHER_FACE_VALUE_OUT_OF_RANGE' });
    await expect(sp.call('vouchers.previewIssue', { quotaId, customerIds: customers, faceValue: '1.234' })).rejects.toMatchObject({ code: 'MONEY_AMOUNT_DECIMALS' });
    expect(couponsOf(quotaId)).toHaveLength(0);
  });

  it('a lost answer leaves every customer unknown; reconciliation finds each coupon, and a second issue is blocked meanwhile', async () => {
    const quotaId = seedQuota(sb, DEMO_SP.domainId, '1000');
    const customers = resaleCustomers(sb, DEMO_SP.domainId, 200).slice(150, 153);
    sb.control.addFault({ operation: 'CreatePartnerCoupons', kind: 'drop-after-commit', times: 1 });
    const { result } = await issue(sp, { quotaId, customerIds: customers, faceValue: '30' });
    expect(result).toMatchObject({ unknown: 3, done: 0 });
    expect(couponsOf(quotaId)).toHaveLength(3);

    // While unresolved, the same intent is not sent again.
    const again = await sp.call<VoucherPreview>('vouchers.previewIssue', { quotaId, customerIds: customers, faceValue: '30' });
    expect(again.items.every((i) => i.problems[0]?.code === 'VOUCHER_UNRESOLVED')).toBe(true);
    await expect(sp.call('vouchers.issue', { quotaId, customerIds: customers, faceValue: '30', confirmation: again.confirmation })).rejects.toMatchObject({ code: 'VOUCHER_NOTHING_TO_SEND' });

    const resolved = [];
    for (const e of entries(result)) resolved.push(await sp.call<JournalEntryView>('activity.reconcile', { id: e.id }));
    for (const e of resolved) {
      expect(e.state).toBe('reconciled-done');
      expect(couponsOf(quotaId, e.counterpartyId).map((c) => c.id)).toEqual([e.transId]);
    }
    expect(couponsOf(quotaId)).toHaveLength(3);
  });

  it('a 500 that hides nothing is still unknown until the settle time has passed without a record, then may be sent again on its own', async () => {
    const quotaId = seedQuota(sb, DEMO_SP.domainId, '1000');
    const [c] = resaleCustomers(sb, DEMO_SP.domainId, 200).slice(160, 161);
    sb.control.addFault({ operation: 'CreatePartnerCoupons', kind: 'error-before-commit', status: 500, times: 1 });
    const { result } = await issue(sp, { quotaId, customerIds: [c], faceValue: '12' });
    const [entry] = entries(result);
    expect(entry!.state).toBe('unknown');
    const early = await sp.call<JournalEntryView>('activity.reconcile', { id: entry!.id });
    expect(early.state).toBe('unknown');
    clock.advance(SETTLE_MS + 1000);
    const late = await sp.call<JournalEntryView>('activity.reconcile', { id: entry!.id });
    expect(late.state).toBe('reconciled-not-applied');
    expect(couponsOf(quotaId)).toHaveLength(0);
    // Sent again on its own, linked to the proven entry.
    const { result: resent } = await issue(sp, { quotaId, customerIds: [c], faceValue: '12', retryOf: entry!.id });
    expect(entries(resent)[0]).toMatchObject({ state: 'done', retryOf: entry!.id });
    expect(couponsOf(quotaId)).toHaveLength(1);
  });

  it('a bare HTTP 400 after commit is unknown, not a refusal: reconciliation finds the coupon', async () => {
    const quotaId = seedQuota(sb, DEMO_SP.domainId, '1000');
    const [c] = resaleCustomers(sb, DEMO_SP.domainId, 200).slice(165, 166);
    sb.control.addFault({ operation: 'CreatePartnerCoupons', kind: 'error-after-commit', status: 400, body: 'none', times: 1 });
    const { result } = await issue(sp, { quotaId, customerIds: [c], faceValue: '13' });
    const [entry] = entries(result);
    expect(entry!.state).toBe('unknown');
    const resolved = await sp.call<JournalEntryView>('activity.reconcile', { id: entry!.id });
    expect(resolved).toMatchObject({ state: 'reconciled-done', transId: couponsOf(quotaId, c)[0]!.id });
  });

  it('a confirmation covers exactly the previewed customers, once', async () => {
    const quotaId = seedQuota(sb, DEMO_SP.domainId, '1000');
    const [a, b] = resaleCustomers(sb, DEMO_SP.domainId, 200).slice(170, 172);
    const preview = await sp.call<VoucherPreview>('vouchers.previewIssue', { quotaId, customerIds: [a], faceValue: '5' });
    await expect(sp.call('vouchers.issue', { quotaId, customerIds: [a, b], faceValue: '5', confirmation: preview.confirmation })).rejects.toMatchObject({ code: 'MONEY_CONFIRMATION_MISMATCH' });
    await sp.call('vouchers.issue', { quotaId, customerIds: [a], faceValue: '5', confirmation: preview.confirmation });
    await expect(sp.call('vouchers.issue', { quotaId, customerIds: [a], faceValue: '5', confirmation: preview.confirmation })).rejects.toMatchObject({ code: 'MONEY_CONFIRMATION_USED' });
    expect(couponsOf(quotaId)).toHaveLength(1);
  });

  it('needs a second person above the profile’s single-operation limit (face value × customers)', async () => {
    const limited = desk(DEMO_SP, '100');
    const quotaId = seedQuota(sb, DEMO_SP.domainId, '1000');
    const customers = resaleCustomers(sb, DEMO_SP.domainId, 200).slice(180, 183);
    const preview = await limited.call<VoucherPreview>('vouchers.previewIssue', { quotaId, customerIds: customers, faceValue: '40' });
    await expect(limited.call('vouchers.issue', { quotaId, customerIds: customers, faceValue: '40', confirmation: preview.confirmation })).rejects.toMatchObject({ code: 'MONEY_APPROVAL_REQUIRED' });
    expect(couponsOf(quotaId)).toHaveLength(0);
  });
});

describe('reclaiming vouchers', () => {
  it('reclaims every reclaimable coupon of a leaving customer and shows what the records say was taken', async () => {
    const quotaId = seedQuota(sb, DEMO_SP.domainId, '1000');
    const [c] = resaleCustomers(sb, DEMO_SP.domainId, 200).slice(190, 191);
    await issue(sp, { quotaId, customerIds: [c], faceValue: '20' });
    await issue(sp, { quotaId, customerIds: [c], faceValue: '35' });
    // A partly used coupon returns only its remainder.
    const used = couponsOf(quotaId, c).find((x) => x.faceValue.eq(35))!;
    used.balance = used.balance.minus(10);

    const preview = await sp.call<VoucherPreview>('vouchers.previewReclaim', { customerId: c });
    expect(preview.items.map((i) => i.amount).sort()).toEqual(['20.00', '25.00']);
    const result = await sp.call<VoucherResult>('vouchers.reclaim', { customerId: c, confirmation: preview.confirmation });
    expect(result).toMatchObject({ done: 2, failed: 0 });
    const amounts = result.items.map((i) => (i.status === 'sent' ? i.recordedAmount : null)).sort();
    expect(amounts).toEqual(['20.00', '25.00']);
    expect(couponsOf(quotaId, c).every((x) => x.status === 5)).toBe(true);
    expect(sb.control.sandbox.world.store.quotas.get(quotaId)!.balance.toFixed(2)).toBe('990.00');
  });

  it('names an already reclaimed coupon as such instead of sending it', async () => {
    const quotaId = seedQuota(sb, DEMO_SP.domainId, '1000');
    const [c] = resaleCustomers(sb, DEMO_SP.domainId, 200).slice(191, 192);
    const { result } = await issue(sp, { quotaId, customerIds: [c], faceValue: '8' });
    const couponId = entries(result)[0]!.transId!;
    const first = await sp.call<VoucherPreview>('vouchers.previewReclaim', { couponIds: [couponId] });
    await sp.call('vouchers.reclaim', { couponIds: [couponId], confirmation: first.confirmation });
    const second = await sp.call<VoucherPreview>('vouchers.previewReclaim', { couponIds: [couponId] });
    expect(second.items[0]!.problems[0]).toMatchObject({ code: 'VOUCHER_COUPON_GONE' });
    expect(second.items[0]!.problems[0]!.message.en).toContain('already reclaimed');
  });

  it('a lost reclaim answer is reconciled from the coupon record', async () => {
    const quotaId = seedQuota(sb, DEMO_SP.domainId, '1000');
    const [c] = resaleCustomers(sb, DEMO_SP.domainId, 200).slice(192, 193);
    const { result } = await issue(sp, { quotaId, customerIds: [c], faceValue: '9' });
    const couponId = entries(result)[0]!.transId!;
    sb.control.addFault({ operation: 'ReclaimPartnerCoupons', kind: 'error-after-commit', status: 502, times: 1 });
    const preview = await sp.call<VoucherPreview>('vouchers.previewReclaim', { couponIds: [couponId] });
    const r = await sp.call<VoucherResult>('vouchers.reclaim', { couponIds: [couponId], confirmation: preview.confirmation });
    const [entry] = entries(r);
    expect(entry!.state).toBe('unknown');
    const resolved = await sp.call<JournalEntryView>('activity.reconcile', { id: entry!.id });
    expect(resolved).toMatchObject({ state: 'reconciled-done', transId: `reclaim:${couponId}` });
    expect(resolved.evidence?.record?.amount).toBe('9');
  });
});

describe('T2 voucher quota (T1)', () => {
  const [north, south] = DEMO_T2S;

  it('grants two T2s in one call and reclaims their child quotas in one call', async () => {
    const parent = seedQuota(sb, DEMO_T1.domainId, '5000');
    const preview = await t1.call<VoucherPreview>('vouchers.previewQuotaGrant', { parentQuotaId: parent, t2Ids: [north!.domainId, south!.domainId], amount: '300' });
    expect(preview).toMatchObject({ sendCount: 2, calls: 1, total: '600.00', quotaBalanceAfter: '4400.00' });
    const granted = await t1.call<VoucherResult>('vouchers.grantQuota', { parentQuotaId: parent, t2Ids: [north!.domainId, south!.domainId], amount: '300', confirmation: preview.confirmation });
    expect(granted).toMatchObject({ done: 2, calls: 1 });
    const children = entries(granted).map((e) => e.transId!);
    expect(children.map((id) => sb.control.sandbox.world.store.quotas.get(id)?.parentId)).toEqual([parent, parent]);

    const rp = await t1.call<VoucherPreview>('vouchers.previewQuotaReclaim', { quotaIds: children, remark: 'end of campaign' });
    expect(rp.items.map((i) => i.counterpartyId)).toEqual([north!.domainId, south!.domainId]);
    const reclaimed = await t1.call<VoucherResult>('vouchers.reclaimQuota', { quotaIds: children, remark: 'end of campaign', confirmation: rp.confirmation });
    expect(reclaimed).toMatchObject({ done: 2, calls: 1 });
    expect(sb.control.sandbox.world.store.quotas.get(parent)!.balance.toFixed(2)).toBe('5000.00');
  });

  it('a lost grant answer is reconciled per T2 from the quota records: no T2 gets a second child quota', async () => {
    const parent = seedQuota(sb, DEMO_T1.domainId, '5000');
    sb.control.addFault({ operation: 'UpdateCouponQuotas', kind: 'drop-after-commit', times: 1 });
    const input = { parentQuotaId: parent, t2Ids: [north!.domainId, south!.domainId], amount: '120' };
    const preview = await t1.call<VoucherPreview>('vouchers.previewQuotaGrant', input);
    const r = await t1.call<VoucherResult>('vouchers.grantQuota', { ...input, confirmation: preview.confirmation });
    expect(r.unknown).toBe(2);
    const childrenOf = () => [...sb.control.sandbox.world.store.quotas.values()].filter((q) => q.parentId === parent);
    for (const e of entries(r)) {
      const resolved = await t1.call<JournalEntryView>('activity.reconcile', { id: e.id });
      expect(resolved.state).toBe('reconciled-done');
      expect(childrenOf().find((q) => q.id === resolved.transId)?.ownerId).toBe(e.counterpartyId);
    }
    expect(childrenOf()).toHaveLength(2);
  });

  it('an SP cannot grant quota', async () => {
    const parent = seedQuota(sb, DEMO_SP.domainId, '100');
    await expect(sp.call('vouchers.previewQuotaGrant', { parentQuotaId: parent, t2Ids: [north!.domainId], amount: '1' })).rejects.toMatchObject({ code: 'MONEY_T1_ONLY' });
  });
});
