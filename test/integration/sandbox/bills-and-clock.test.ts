// Bills carry unsubscribe and write-off lines as the spec shapes them (§7.3, §7.4), and coupon
// statuses follow the sandbox clock (§6.4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { call, customerOf, DEMO_SP, start } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start({ customers: 200 });
});
afterAll(() => sb.close());

const MONTHLY = '/v2/bills/partner-bills/subcustomer-bills/monthly-sum';

interface Sum {
  customer_id: string;
  bill_type: string;
  amount: number;
  account_details: { balance_type: string; amount: number; bill_type: string }[];
}

/** Every monthly bill line of the SP for one bill type, over all 13 cycles and both charge modes. */
async function allLines(billType?: string): Promise<{ cycle: string; line: Sum }[]> {
  const out: { cycle: string; line: Sum }[] = [];
  for (const cycle of sb.control.sandbox.world.bills.cycles()) {
    for (const mode of ['1', '3']) {
      const r = await call(sb, DEMO_SP, 'GET', MONTHLY, { query: { cycle, charge_mode: mode, limit: 100, ...(billType ? { bill_type: billType } : {}) } });
      expect(r.json.count).toBeLessThanOrEqual(100);
      for (const line of r.json.bill_sums as Sum[]) out.push({ cycle, line });
    }
  }
  return out;
}

describe('unsubscribe and write-off bill lines', () => {
  it.each([['1', 'unsubscribe'], ['2', 'write-off']])('bill_type %s (%s) lines are negative, paid back to cash, without debt/adjustment/discount', async (type) => {
    const lines = await allLines(type);
    expect(lines.length).toBeGreaterThan(0);
    for (const { line } of lines) {
      expect(line.bill_type).toBe(type);
      expect(line.amount).toBeLessThan(0);
      expect(line).not.toHaveProperty('debt_amount');
      expect(line).not.toHaveProperty('adjustment_amount');
      expect(line).not.toHaveProperty('discount_amount');
      expect(line.account_details).toEqual([{ balance_type: 'BALANCE_TYPE_DEBIT', amount: line.amount, bill_type: type }]);
    }
  });

  it('returns every bill type when bill_type is absent, consumption lines with their three extra fields', async () => {
    const cycle = sb.control.sandbox.world.bills.cycles()[0] as string;
    const all = await call(sb, DEMO_SP, 'GET', MONTHLY, { query: { cycle, charge_mode: '1', limit: 100 } });
    const parts = await Promise.all(['0', '1', '2'].map((t) => call(sb, DEMO_SP, 'GET', MONTHLY, { query: { cycle, charge_mode: '1', limit: 100, bill_type: t } })));
    expect(all.json.count).toBe(parts.reduce((s, p) => s + p.json.count, 0));
    const consumption = parts[0]?.json.bill_sums[0];
    expect(consumption).toMatchObject({ bill_type: '0', debt_amount: 0, adjustment_amount: 0, discount_amount: expect.any(Number) });
  });

  it('details a refund as bill_detail_type 4 and a write-off as 16 with writeoff_amount', async () => {
    for (const [type, detail] of [['1', 4], ['2', 16]] as const) {
      const [first] = await allLines(type);
      if (!first) throw new Error(`no bill_type ${type} line`);
      const r = await call(sb, DEMO_SP, 'GET', '/v2/bills/subcustomer-bills/res-fee-records', {
        query: { bill_cycle: first.cycle, customer_id: first.line.customer_id, bill_detail_type: detail },
      });
      expect(r.json.total_count).toBeGreaterThan(0);
      expect(r.json.fee_records[0].cash_amount).toBeLessThan(0);
      if (type === '2') expect(r.json.fee_records[0].writeoff_amount).toBe(r.json.fee_records[0].cash_amount);
    }
  });
});

describe('coupon status follows the sandbox clock', () => {
  const ISSUED = '/v2/promotions/benefits/partner-coupons';
  const HOUR = 3600_000;
  const stamp = (ms: number): string => new Date(ms).toISOString().slice(0, 19) + 'Z';
  /** Signs with the sandbox clock so a moved clock does not trip the ±15 minute check. */
  const at = () => ({ date: new Date(sb.control.sandbox.now()) });

  it('reads a live coupon as expired past expire_time, refuses its reclaim (CBC.99000048), and a pending one as usable past valid_time', async () => {
    const customer = customerOf(sb, DEMO_SP.domainId, { resale: true });
    const now = Date.now();
    const quota = 'QSPA00000000000000000011';
    const soonExpiring = await call(sb, DEMO_SP, 'POST', ISSUED, { body: { quota_id: quota, customer_ids: [customer], face_value: 5, expire_time: stamp(now + 2 * HOUR) } });
    const pending = await call(sb, DEMO_SP, 'POST', ISSUED, {
      body: { quota_id: quota, customer_ids: [customer], face_value: 5, valid_time: stamp(now + HOUR), expire_time: stamp(now + 48 * HOUR) },
    });
    const expiring = soonExpiring.json.coupon_infos[0].coupon_id as string;
    const later = pending.json.coupon_infos[0].coupon_id as string;
    const statusOf = async (id: string) => (await call(sb, DEMO_SP, 'GET', ISSUED, { query: { coupon_id: id }, ...at() })).json.user_coupons[0].status;
    expect([await statusOf(expiring), await statusOf(later)]).toEqual([2, 1]);

    sb.control.setClockOffset(3 * 3600);
    try {
      expect([await statusOf(expiring), await statusOf(later)]).toEqual([4, 2]);
      const expired = await call(sb, DEMO_SP, 'GET', ISSUED, { query: { status: 4, customer_id: customer }, ...at() });
      expect(expired.json.user_coupons.map((c: { coupon_id: string }) => c.coupon_id)).toContain(expiring);
      const reclaim = await call(sb, DEMO_SP, 'POST', `${ISSUED}/reclaim`, { body: { coupon_id: expiring }, ...at() });
      expect([reclaim.status, reclaim.json.error_code]).toEqual([200, 'CBC.99000048']);
    } finally {
      sb.control.setClockOffset(0);
    }
  });
});
