// The overview's figures from the local store: six months of funding (fundings only, by the
// Beijing-time month they happened in) beside consumption (monthly bills), summed as decimals;
// vouchers expiring within the horizon (live, with a balance), soonest first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expiring, months } from '../../../electron/core/overview/overview-query';
import { ctx, openTemp } from '../store/fixtures';

let temp: ReturnType<typeof openTemp>;
beforeEach(() => (temp = openTemp()));
afterEach(() => temp.cleanup());

const record = (id: string, type: string, amount: string, time: string) => ({
  trans_id: id, customer_id: 'c1', operation_type: type, amount, operation_time: time,
});

describe('funding and consumption by month', () => {
  it('adds fundings by Beijing month, leaves reclaims out, and sums decimals exactly', () => {
    temp.store.records.adjustRecords([
      record('t1', 'SOURCE_OPERATION_BEADJUST', '0.10', '2026-11-05T02:00:00Z'),
      record('t2', 'SOURCE_OPERATION_BEADJUST', '0.20', '2026-11-20T02:00:00Z'),
      // 17:00 UTC on 31 October is 1 November in Beijing.
      record('t3', 'SOURCE_OPERATION_BEADJUST', '100', '2026-10-31T17:00:00Z'),
      record('t4', 'SOURCE_OPERATION_BERETRIEVE', '999', '2026-11-06T02:00:00Z'),
      record('t5', 'SOURCE_OPERATION_BEADJUST', '7', '2026-09-30T15:59:59Z'),
    ], null, ctx);
    temp.store.bills.billSums('2026-11', [{ customer_id: 'c1', amount: '33.33' }, { customer_id: 'c2', amount: '66.67', cloud_service_type: 'hws.service.type.ec2' }], 'CNY', null, ctx);
    const result = months(temp.store.db, new Date('2026-11-25T00:00:00Z'));
    expect(result.map((m) => m.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(result.at(-1)).toEqual({ month: '2026-11', funding: '100.3', consumption: '100' });
    expect(result.at(-2)).toEqual({ month: '2026-10', funding: '0', consumption: '0' });
    expect(result.at(-3)).toEqual({ month: '2026-09', funding: '7', consumption: '0' });
  });
});

describe('what expires soon', () => {
  it('lists live vouchers with a balance that expire within the horizon, soonest first', () => {
    const coupon = (id: string, expire: string, extra: Record<string, unknown> = {}) => ({ coupon_id: id, customer_id: 'c1', status: 2, balance: '10', face_value: '10', expire_time: expire, ...extra });
    temp.store.vouchers.issuedCoupons([
      coupon('late', '2026-12-20T00:00:00Z'),
      coupon('soon', '2026-11-27T00:00:00Z'),
      coupon('past', '2026-11-01T00:00:00Z'),
      coupon('beyond', '2027-02-01T00:00:00Z'),
      coupon('used-up', '2026-11-28T00:00:00Z', { balance: '0' }),
      coupon('reclaimed', '2026-11-28T00:00:00Z', { status: 5 }),
    ], null, ctx);
    const result = expiring(temp.store, 30, new Date('2026-11-25T00:00:00Z'));
    expect(result.coupons.map((c) => c.id)).toEqual(['soon', 'late']);
    expect(result).toMatchObject({ days: 30, couponTotal: 2 });
  });
});
