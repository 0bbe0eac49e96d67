// Voucher plans are checked offline against the store's quotas, child quotas and issued
// coupons: every problem the API would refuse is named on its row (or the plan) before anything is sent.
import { describe, expect, it } from 'vitest';
import { errorCatalog } from '../../../shared/contract';
import { referenceData, type CouponRef, type CustomerRef, type QuotaRef } from '../../../electron/core/plans/reference';
import { validatePlan } from '../../../electron/core/plans/validate';
import { checkUtc, faceValueRange } from '../../../electron/core/plans/validate-vouchers';
import { rowsFromTable } from '../../../electron/core/plans/sheet';
import { contentHash } from '../../../electron/core/plans/canonical';

const AT = '2026-01-05T08:00:00.000Z';
const cust = (id: string, over: Partial<CustomerRef> = {}): CustomerRef => ({
  customerId: id, accountName: `login-${id}`, name: `Name ${id}`, associationType: '2', indirectPartnerId: null, balance: null, balanceFetchedAt: null, ...over,
});
const quota = (id: string, over: Partial<QuotaRef> = {}): QuotaRef => ({
  id, status: 0, balance: '1000.00', effectiveTime: '2025-12-01T00:00:00Z', expireTime: '2026-12-01T00:00:00Z', limits: null, fetchedAt: AT,
  t2Id: null, parentQuotaId: null, ...over,
});
const coupon = (id: string, over: Partial<CouponRef> = {}): CouponRef => ({
  id, customerId: 'A', status: 2, faceValue: '100.00', balance: '60.00', indirectPartnerId: null, fetchedAt: AT, ...over,
});
const ref = referenceData({
  now: '2026-01-10T00:00:00.000Z',
  customers: [cust('A'), cust('B'), cust('R', { associationType: '1' }), cust('T', { indirectPartnerId: 'T2X' })],
  t2s: [{ id: 'T2X', name: 'Reseller X', balance: null, balanceFetchedAt: null }, { id: 'T2Y', name: 'Reseller Y', balance: null, balanceFetchedAt: null }],
  quotas: [
    quota('Q1', { limits: 'faceValueRange=10.00/500.00; serviceType=hws.service.type.ebs' }),
    quota('QFROZEN', { status: 5 }),
    quota('QOLD', { expireTime: '2026-01-01T00:00:00Z' }),
  ],
  childQuotas: [
    quota('CQX', { t2Id: 'T2X', parentQuotaId: 'Q1', balance: '300.00' }),
    quota('CQGONE', { t2Id: 'T2X', status: 6, balance: '0.00' }),
    quota('CQEMPTY', { t2Id: 'T2Y', balance: '0.00' }),
  ],
  coupons: [coupon('CP1'), coupon('CP2', { status: 5 }), coupon('CP3', { status: 4 }), coupon('CP4', { balance: '0.00', status: 3 }), coupon('CP5', { customerId: 'T', indirectPartnerId: 'T2X' })],
});
const row = (target: string, amount = '', extra: { validTime?: string; expireTime?: string; memo?: string } = {}) => ({ target, amount, memo: extra.memo ?? '', sourceLine: null, ...extra });
const codes = (v: ReturnType<typeof validatePlan>, i: number) => v.rows[i]!.problems.map((p) => p.code);

describe('issue-coupons plans', () => {
  it('resolve customers by id or login, carry the quota and the canonical validity, and sum the face values', () => {
    const v = validatePlan('issue-coupons', [row('A', '50', { validTime: '2026-02-01T00:00:00Z', expireTime: '2026-03-01T00:00:00.000Z' }), row('login-B', '20.5')], ref, { quotaId: 'Q1' });
    expect(v.problemCount).toBe(0);
    expect(v.total).toBe('70.50');
    expect(v.rows[0]!.resolution?.details).toEqual({ quotaId: 'Q1', validTime: '2026-02-01T00:00:00Z', expireTime: '2026-03-01T00:00:00Z' });
    expect(v.rows[1]!.resolution?.counterpartyId).toBe('B');
  });

  it('name each row’s problem: referral customer, face value outside the quota’s limits, validity malformed, reversed or outside the quota', () => {
    const v = validatePlan('issue-coupons', [
      row('R', '50'),
      row('A', '5'),
      row('B', '50', { validTime: 'tomorrow' }),
      row('login-A', '50', { validTime: '2026-03-01T00:00:00Z', expireTime: '2026-02-01T00:00:00Z' }),
      row('nobody', '50'),
    ], ref, { quotaId: 'Q1' });
    expect(codes(v, 0)).toEqual(['PLAN_ROW_REFERRAL_CUSTOMER']);
    expect(codes(v, 1)).toEqual(['PLAN_ROW_FACE_OUT_OF_LIMITS']);
    expect(v.rows[1]!.problems[0]!.details).toMatchObject({ min: '10.00', max: '500.00' });
    expect(codes(v, 2)).toEqual(['PLAN_ROW_VALIDITY_FORMAT']);
    expect(codes(v, 3)).toEqual(['PLAN_ROW_VALIDITY_ORDER', 'PLAN_ROW_DUPLICATE']);
    expect(codes(v, 4)).toEqual(['PLAN_ROW_UNKNOWN_CUSTOMER']);
    const outside = validatePlan('issue-coupons', [row('A', '50', { expireTime: '2027-06-01T00:00:00Z' })], ref, { quotaId: 'Q1' });
    expect(codes(outside, 0)).toEqual(['PLAN_ROW_VALIDITY_OUTSIDE_QUOTA']);
  });

  it('check the plan’s quota: missing, unknown, not usable, out of time, total over the remaining balance', () => {
    expect(validatePlan('issue-coupons', [row('A', '50')], ref, {}).planProblems.map((p) => p.code)).toEqual(['PLAN_QUOTA_MISSING']);
    expect(validatePlan('issue-coupons', [row('A', '50')], ref, { quotaId: 'QX' }).planProblems.map((p) => p.code)).toEqual(['PLAN_QUOTA_UNKNOWN']);
    expect(validatePlan('issue-coupons', [row('A', '50')], ref, { quotaId: 'QFROZEN' }).planProblems.map((p) => p.code)).toEqual(['PLAN_QUOTA_NOT_USABLE']);
    expect(validatePlan('issue-coupons', [row('A', '50')], ref, { quotaId: 'QOLD' }).planProblems.map((p) => p.code)).toEqual(['PLAN_QUOTA_OUT_OF_TIME']);
    const over = validatePlan('issue-coupons', [row('A', '500'), row('B', '500.01')], ref, { quotaId: 'Q1' });
    expect(over.planProblems.map((p) => p.code)).toEqual(['PLAN_TOTAL_OVER_QUOTA']);
    expect(codes(over, 1)).toEqual(['PLAN_ROW_FACE_OUT_OF_LIMITS']);
  });

  it('a T1 issues to a T2’s customers only from the quota it granted that T2, and only to that T2’s customers', () => {
    const ok = validatePlan('issue-coupons', [row('T', '50')], ref, { quotaId: 'CQX', indirectPartnerId: 'T2X' });
    expect(ok.problemCount).toBe(0);
    expect(ok.rows[0]!.resolution?.indirectPartnerId).toBe('T2X');
    const wrong = validatePlan('issue-coupons', [row('A', '50'), row('T', '50')], ref, { quotaId: 'CQX', indirectPartnerId: 'T2X' });
    expect(codes(wrong, 0)).toEqual(['PLAN_ROW_CUSTOMER_NOT_OF_T2']);
    expect(validatePlan('issue-coupons', [row('T', '50')], ref, { quotaId: 'Q1' }).rows[0]!.problems.map((p) => p.code)).toEqual(['PLAN_ROW_CUSTOMER_OF_T2']);
    expect(validatePlan('issue-coupons', [row('T', '50')], ref, { quotaId: 'Q1', indirectPartnerId: 'T2X' }).planProblems.map((p) => p.code)).toEqual(['PLAN_T2_QUOTA_UNKNOWN']);
    expect(validatePlan('issue-coupons', [row('T', '50')], ref, { quotaId: 'CQX', indirectPartnerId: 'NOPE' }).planProblems.map((p) => p.code)).toEqual(['PLAN_T2_UNKNOWN', 'PLAN_T2_QUOTA_UNKNOWN']);
  });
});

describe('reclaim-coupons plans', () => {
  it('resolve a coupon to its customer and what is left on it; already reclaimed, expired or used up is said as such', () => {
    const v = validatePlan('reclaim-coupons', [row('CP1'), row('CP2'), row('CP3'), row('CP4'), row('CPX'), row(''), row('CP1'), row('CP5')], ref);
    expect(v.rows[0]!.amount).toBe('60.00');
    expect(v.rows[0]!.resolution).toMatchObject({ counterpartyId: 'A', counterpartyName: 'Name A', details: { couponId: 'CP1' } });
    expect([1, 2, 3, 4, 5, 6].map((i) => codes(v, i))).toEqual([
      ['PLAN_ROW_COUPON_RECLAIMED'], ['PLAN_ROW_COUPON_EXPIRED'], ['PLAN_ROW_COUPON_USED'], ['PLAN_ROW_UNKNOWN_COUPON'], ['PLAN_ROW_COUPON_EMPTY'], ['PLAN_ROW_DUPLICATE'],
    ]);
    // A T2's customer's coupon is reclaimed naming that T2.
    expect(v.rows[7]!.resolution?.indirectPartnerId).toBe('T2X');
  });
});

describe('grant-quotas and reclaim-quotas plans', () => {
  it('grant from the plan’s parent quota to T2s, total within its remaining balance', () => {
    const v = validatePlan('grant-quotas', [row('T2X', '600'), row('T2Y', '500'), row('T2Z', '1')], ref, { quotaId: 'Q1' });
    expect(codes(v, 2)).toEqual(['PLAN_ROW_UNKNOWN_T2']);
    expect(v.planProblems.map((p) => p.code)).toEqual(['PLAN_TOTAL_OVER_QUOTA']);
    expect(v.rows[0]!.resolution?.details).toEqual({ quotaId: 'Q1' });
  });

  it('reclaim a child quota: its T2 and balance; reclaimed, empty or unknown quotas named', () => {
    const v = validatePlan('reclaim-quotas', [row('CQX'), row('CQGONE'), row('CQEMPTY'), row('Q1')], ref, { remark: 'year end' });
    expect(v.rows[0]!.resolution).toMatchObject({ counterpartyId: 'T2X', counterpartyName: 'Reseller X', details: { quotaId: 'CQX' } });
    expect(v.rows[0]!.amount).toBe('300.00');
    expect([1, 2, 3].map((i) => codes(v, i))).toEqual([['PLAN_ROW_CHILD_QUOTA_RECLAIMED'], ['PLAN_ROW_NOTHING_LEFT'], ['PLAN_ROW_UNKNOWN_CHILD_QUOTA']]);
  });
});

describe('voucher plan problems, sheets and content', () => {
  it('every new problem has an English and a Chinese message', () => {
    for (const code of Object.keys(errorCatalog).filter((c) => /^PLAN_(QUOTA|T2_|TOTAL_OVER_QUOTA|ROW_(FACE|CUSTOMER_|VALIDITY|COUPON|CHILD|NOTHING))/.test(c))) {
      const m = errorCatalog[code as keyof typeof errorCatalog];
      expect(m.en.length, code).toBeGreaterThan(10);
      expect(m['zh-CN'], code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('reads validity columns of an issue sheet in English or Chinese, and a bare list of coupon ids for a reclaim', () => {
    const issue = rowsFromTable([['客户ID', '面额', '备注', '生效时间', '失效时间'], ['A', '50', 'promo', '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z']], 'x.csv', 'issue-coupons');
    expect(issue.rows[0]).toMatchObject({ target: 'A', amount: '50', memo: 'promo', validTime: '2026-02-01T00:00:00Z', expireTime: '2026-03-01T00:00:00Z' });
    const reclaim = rowsFromTable([['CP1'], ['CP2', 'leaving']], 'x.csv', 'reclaim-coupons');
    expect(reclaim.rows.map((r) => [r.target, r.memo])).toEqual([['CP1', ''], ['CP2', 'leaving']]);
    const headed = rowsFromTable([['coupon_id', 'memo'], ['CP1', 'x']], 'x.csv', 'reclaim-coupons');
    expect(headed.rows).toHaveLength(1);
    expect(() => rowsFromTable([['memo'], ['x']], 'x.csv', 'reclaim-quotas')).toThrow(expect.objectContaining({ code: 'PLAN_FILE_COLUMNS' }));
  });

  it('binds the quota, the T2, the remark and each item’s details in the content hash; a funding plan hashes as before', () => {
    const base = { id: 'p', kind: 'issue-coupons' as const, author: 'a', createdAt: AT };
    const item = { target: 'A', counterpartyId: 'A', indirectPartnerId: null, amount: '50.00', memo: '', details: { quotaId: 'Q1' } };
    const h = contentHash({ ...base, params: { quotaId: 'Q1' }, items: [item] });
    expect(contentHash({ ...base, params: { quotaId: 'Q2' }, items: [item] })).not.toBe(h);
    expect(contentHash({ ...base, params: { quotaId: 'Q1', indirectPartnerId: 'T2X' }, items: [item] })).not.toBe(h);
    expect(contentHash({ ...base, params: { quotaId: 'Q1' }, items: [{ ...item, details: { quotaId: 'Q1', expireTime: '2026-03-01T00:00:00Z' } }] })).not.toBe(h);
    const funding = { id: 'p', kind: 'fund-customers' as const, author: 'a', createdAt: AT, items: [{ target: 'A', counterpartyId: 'A', indirectPartnerId: null, amount: '50.00', memo: '' }] };
    // The hash of a funding plan made before voucher plans existed (so its approvals stay valid).
    expect(contentHash({ ...funding, params: { quotaId: 'ignored' } })).toBe(contentHash(funding));
  });

  it('UTC validity is canonicalised to whole seconds; the quota’s face value range is read from its limits', () => {
    expect(checkUtc('2026-02-01T00:00:00.900Z')).toEqual({ value: '2026-02-01T00:00:00Z' });
    expect(checkUtc('2026-02-01 00:00')).toHaveProperty('problem');
    expect(checkUtc('  ')).toEqual({ value: null });
    expect(faceValueRange('chargeScene=1; faceValueRange=10.00/500.00')).toEqual({ min: '10.00', max: '500.00' });
    expect(faceValueRange('serviceType=x')).toBeNull();
  });
});
