import { describe, expect, it } from 'vitest';
import { referenceData, type CustomerRef } from '../../../electron/core/plans/reference';
import { validatePlan } from '../../../electron/core/plans/validate';

const cust = (id: string, over: Partial<CustomerRef> = {}): CustomerRef => ({
  customerId: id, accountName: `login-${id}`, name: `Name ${id}`, associationType: '2', indirectPartnerId: null,
  balance: '50.00', balanceFetchedAt: '2026-01-01T00:00:00Z', ...over,
});
const ref = referenceData({
  customers: [cust('A'), cust('B'), cust('R', { associationType: '1' }), cust('T', { indirectPartnerId: 'T2X' }), cust('D1', { accountName: 'dup' }), cust('D2', { accountName: 'DUP' })],
  t2s: [{ id: 'T2X', name: 'Reseller X', balance: '30.00', balanceFetchedAt: '2026-01-01T00:00:00Z' }],
  allocatable: { amount: '1000.00', fetchedAt: '2026-01-01T00:00:00Z' },
});
const row = (target: string, amount: string, memo = '') => ({ target, amount, memo, sourceLine: null });
const codes = (v: ReturnType<typeof validatePlan>, i: number) => v.rows[i]!.problems.map((p) => p.code);

describe('plan validation against the local store', () => {
  it('accepts customers by id or login name and canonicalises typed amounts', () => {
    const v = validatePlan('fund-customers', [row('A', '1,000.5'), row('login-b', '２０')], ref);
    expect(v.problemCount).toBe(1); // 1,020.50 is over the allocatable 1,000.00
    expect(v.rows.map((r) => r.amount)).toEqual(['1000.50', '20.00']);
    expect(v.rows[1]!.resolution?.counterpartyId).toBe('B');
    expect(v.planProblems[0]!.code).toBe('PLAN_TOTAL_OVER_ALLOCATABLE');
    expect(v.total).toBe('1020.50');
  });

  it('flags unknown, referral, ambiguous and duplicate counterparties', () => {
    const v = validatePlan('fund-customers', [row('nobody', '1'), row('R', '1'), row('dup', '1'), row('A', '1'), row('login-A', '2')], ref);
    expect(codes(v, 0)).toEqual(['PLAN_ROW_UNKNOWN_CUSTOMER']);
    expect(codes(v, 1)).toEqual(['PLAN_ROW_REFERRAL_CUSTOMER']);
    expect(codes(v, 2)).toEqual(['PLAN_ROW_AMBIGUOUS_CUSTOMER']);
    expect(codes(v, 3)).toEqual([]);
    expect(codes(v, 4)).toEqual(['PLAN_ROW_DUPLICATE']);
    expect(v.rows[4]!.problems[0]!.details.other).toBe('4');
  });

  it('flags bad amounts: not a number, not > 0, more than two decimals, empty', () => {
    const v = validatePlan('fund-customers', [row('A', 'abc'), row('B', '0'), row('T', '1.005'), row('D1', '')], ref);
    expect([0, 1, 2, 3].map((i) => codes(v, i)[0])).toEqual([
      'PLAN_ROW_AMOUNT_FORMAT', 'PLAN_ROW_AMOUNT_NOT_POSITIVE', 'PLAN_ROW_AMOUNT_DECIMALS', 'PLAN_ROW_AMOUNT_EMPTY',
    ]);
    expect(validatePlan('fund-customers', [row('A', '-5')], ref).rows[0]!.problems[0]!.code).toBe('PLAN_ROW_AMOUNT_NOT_POSITIVE');
  });

  it('checks a T2 customer’s funding against that T2’s balance, not the partner’s', () => {
    const v = validatePlan('fund-customers', [row('T', '31')], ref);
    expect(v.planProblems.map((p) => [p.code, p.details.payer])).toEqual([['PLAN_TOTAL_OVER_ALLOCATABLE', 'T2X']]);
  });

  it('refuses a reclaim above the customer’s cached balance', () => {
    const v = validatePlan('reclaim-customers', [row('A', '50.01'), row('B', '50')], ref);
    expect(codes(v, 0)).toEqual(['PLAN_ROW_OVER_BALANCE']);
    expect(codes(v, 1)).toEqual([]);
    expect(v.planProblems).toEqual([]);
  });

  it('resolves T2 plans by T2 id only', () => {
    const v = validatePlan('reclaim-t2s', [row('T2X', '30'), row('A', '1')], ref);
    expect(codes(v, 0)).toEqual([]);
    expect(codes(v, 1)).toEqual(['PLAN_ROW_UNKNOWN_T2']);
  });

  it('needs the allocatable balance before a funding plan can be valid', () => {
    const noBalance = referenceData({ customers: [cust('A')] });
    expect(validatePlan('fund-customers', [row('A', '1')], noBalance).planProblems[0]!.code).toBe('PLAN_ALLOCATABLE_UNKNOWN');
  });
});
