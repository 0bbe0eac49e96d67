import { describe, expect, it } from 'vitest';
import { createConfirmations } from '../../../electron/core/infra/writes/confirmation';
import { previewIntent } from '../../../electron/core/money/preview';
import type { CustomerFact, MoneyReads } from '../../../electron/core/money/reads';

const asOf = '2026-01-01T00:00:00.000Z';
function reads(o: { ceiling?: string; t2Ceiling?: string; customer?: Partial<CustomerFact> | null; t2?: boolean } = {}): MoneyReads {
  return {
    ceiling: async (t2) => ({ available: t2 ? (o.t2Ceiling ?? '50.00') : (o.ceiling ?? '1000.00'), asOf }),
    customer: async (id, t2) =>
      o.customer === null ? null : { id, name: '客户甲', associationType: '2', indirectPartnerId: t2, balance: '30.00', asOf, ...o.customer },
    t2: async (id) => (o.t2 === false ? null : { id, name: 'North', asOf }),
    invalidate: () => {},
  };
}
const ctx = (r = reads(), role: 'SP' | 'T1' = 'T1') => ({ role, currency: 'CNY' as const, reads: r });
const fund = { operation: 'fundCustomer' as const, counterpartyId: 'c1', amount: '100' };

describe('money preview', () => {
  it('shows counterparty, canonical amount and both balances before and after', async () => {
    const p = await previewIntent(fund, ctx());
    expect(p).toMatchObject({ amount: '100.00', counterpartyName: '客户甲', from: { kind: 'partner', before: '1000.00', after: '900.00' }, to: { kind: 'customer', before: '30.00', after: '130.00' } });
  });

  it.each([
    ['', 'MONEY_AMOUNT_EMPTY'],
    ['abc', 'MONEY_AMOUNT_FORMAT'],
    ['1e3', 'MONEY_AMOUNT_FORMAT'],
    ['1.234', 'MONEY_AMOUNT_DECIMALS'],
    ['0', 'MONEY_AMOUNT_NOT_POSITIVE'],
    ['-5', 'MONEY_AMOUNT_NOT_POSITIVE'],
    ['12345678901234567', 'MONEY_AMOUNT_TOO_LARGE'],
  ])('refuses the amount %j with %s', async (amount, code) => {
    await expect(previewIntent({ ...fund, amount }, ctx())).rejects.toMatchObject({ code });
  });

  it('accepts what an operator types: full-width digits and thousands separators', async () => {
    expect((await previewIntent({ ...fund, amount: '１,０００' }, ctx(reads({ ceiling: '5000' })))).amount).toBe('1000.00');
  });

  it('refuses more than the allocatable balance minus the designated amount', async () => {
    await expect(previewIntent({ ...fund, amount: '1000.01' }, ctx())).rejects.toMatchObject({ code: 'MONEY_OVER_ALLOCATABLE' });
  });

  it('refuses to reclaim more than the customer holds', async () => {
    await expect(previewIntent({ ...fund, operation: 'reclaimCustomer', amount: '30.01' }, ctx())).rejects.toMatchObject({ code: 'MONEY_OVER_CUSTOMER_BALANCE' });
  });

  it('refuses referral customers and unknown customers', async () => {
    await expect(previewIntent(fund, ctx(reads({ customer: { associationType: '1' } })))).rejects.toMatchObject({ code: 'MONEY_CUSTOMER_NOT_RESALE' });
    await expect(previewIntent(fund, ctx(reads({ customer: null })))).rejects.toMatchObject({ code: 'MONEY_CUSTOMER_UNKNOWN' });
  });

  it('refuses T1-only operations for a solution provider', async () => {
    await expect(previewIntent({ operation: 'fundT2', counterpartyId: 't2', amount: '1' }, ctx(reads(), 'SP'))).rejects.toMatchObject({ code: 'MONEY_T1_ONLY' });
  });

  it("funds a T2's customer from the T2's balance", async () => {
    const intent = { operation: 'fundT2Customer' as const, counterpartyId: 'c1', indirectPartnerId: 't2', amount: '20' };
    expect(await previewIntent(intent, ctx())).toMatchObject({ from: { kind: 't2', before: '50.00', after: '30.00' }, indirectPartnerId: 't2' });
    await expect(previewIntent({ ...intent, amount: '50.01' }, ctx())).rejects.toMatchObject({ code: 'MONEY_OVER_T2_BALANCE' });
    await expect(previewIntent({ ...intent, indirectPartnerId: undefined }, ctx())).rejects.toMatchObject({ code: 'MONEY_T2_REQUIRED' });
  });

  it('refuses to reclaim more than a T2 holds', async () => {
    await expect(previewIntent({ operation: 'reclaimT2', counterpartyId: 't2', amount: '60' }, ctx())).rejects.toMatchObject({ code: 'MONEY_OVER_T2_BALANCE' });
  });
});

describe('confirmation tokens', () => {
  const fields = { profileId: 'p', operation: 'fundCustomer', counterpartyId: 'c1', indirectPartnerId: null, amount: '10.00', retryOf: null };
  it('confirm exactly the previewed intent', () => {
    const c = createConfirmations();
    const { token } = c.issue(fields);
    expect(c.verify(token, fields)).toBe(true);
    expect(c.verify(token, { ...fields, amount: '10.01' })).toBe(false);
    expect(c.verify(token, { ...fields, counterpartyId: 'c2' })).toBe(false);
    expect(c.verify('v1.0.forged', fields)).toBe(false);
  });
  it('expire after ten minutes', () => {
    let t = 0;
    const c = createConfirmations(() => new Date(t));
    const { token } = c.issue(fields);
    t = 10 * 60_000 + 1;
    expect(c.verify(token, fields)).toBe(false);
  });
});
