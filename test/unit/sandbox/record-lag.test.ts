// Record lag rules: which lag applies to an operation's records and when they show.
import { describe, expect, it } from 'vitest';
import { parseRecordLagFlag, RecordLag } from '../../../electron/sandbox/record-lag';

const applied = Date.parse('2025-03-01T08:00:00Z');

describe('record lag', () => {
  it('shows a record only once the lag has passed since its apply time', () => {
    const lag = new RecordLag();
    lag.set({ operation: 'UpdateCustomerAccountAmount', seconds: 90 });
    expect(lag.listed('UpdateCustomerAccountAmount', applied, applied + 89_999)).toBe(false);
    expect(lag.listed('UpdateCustomerAccountAmount', applied, applied + 90_000)).toBe(true);
    expect(lag.listed('ReclaimToPartnerAccount', applied, applied)).toBe(true);
  });

  it('lets a named operation win over `*`, and hides nothing without a lag even when the clock went back', () => {
    const lag = new RecordLag();
    expect(lag.listed('CreatePartnerCoupons', applied, applied - 600_000)).toBe(true);
    lag.set({ operation: '*', seconds: 60 });
    lag.set({ operation: 'CreatePartnerCoupons', seconds: 0 });
    expect(lag.listed('CreatePartnerCoupons', applied, applied)).toBe(true);
    expect(lag.listed('UpdateCouponQuotas', applied, applied + 59_000)).toBe(false);
  });

  it('refuses operations that write no records and negative seconds', () => {
    const lag = new RecordLag();
    expect(() => lag.set({ operation: 'ListPartnerAdjustRecords', seconds: 1 })).toThrow(/operation must be/);
    expect(() => lag.set({ operation: '*', seconds: -1 })).toThrow(/seconds/);
    expect(lag.list()).toEqual([]);
  });

  it('parses --record-lag OP:SECONDS', () => {
    expect(parseRecordLagFlag('UpdateCustomerAccountAmount:90')).toEqual({ operation: 'UpdateCustomerAccountAmount', seconds: 90 });
    expect(parseRecordLagFlag('*:2.5')).toEqual({ operation: '*', seconds: 2.5 });
    for (const bad of ['UpdateCustomerAccountAmount', 'UpdateCustomerAccountAmount:', ':90', '*:soon']) expect(() => parseRecordLagFlag(bad), bad).toThrow(/--record-lag/);
  });
});
