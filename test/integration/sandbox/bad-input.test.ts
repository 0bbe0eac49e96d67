// Bad input of every kind gets the spec's error — never a 500, never a ledger change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { call, customerOf, DEMO_SP, DEMO_T1, start, T2 } from './helpers';

let sb: RunningSandbox;
let resale: string;
beforeAll(async () => {
  sb = await start();
  resale = customerOf(sb, DEMO_SP.domainId, { resale: true });
});
afterAll(() => sb.close());

const GRANT = '/v2/accounts/partner-accounts/adjust-amount';

describe('bad input', () => {
  const cases: [string, () => Parameters<typeof call>[4], string][] = [
    ['malformed JSON', () => ({ rawBody: '{"customer_id": ' }), 'CBC.0100'],
    ['a JSON array body', () => ({ rawBody: '[1,2]' }), 'CBC.0100'],
    ['a missing amount', () => ({ body: { customer_id: resale } }), 'CBC.0100'],
    ['a missing customer_id', () => ({ body: { amount: 1 } }), 'CBC.0100'],
    ['a boolean amount', () => ({ body: { customer_id: resale, amount: true } }), 'CBC.0100'],
    ['an object amount', () => ({ body: { customer_id: resale, amount: { v: 1 } } }), 'CBC.0100'],
    ['a numeric customer_id', () => ({ body: { customer_id: 12345, amount: 1 } }), 'CBC.0100'],
    ['a negative amount', () => ({ body: { customer_id: resale, amount: -1 } }), 'CBC.0100'],
    ['a zero amount', () => ({ body: { customer_id: resale, amount: '0.00' } }), 'CBC.0100'],
    ['a 3-decimal amount', () => ({ rawBody: `{"customer_id":"${resale}","amount":1.005}` }), 'CBC.0100'],
    ['an exponent amount', () => ({ rawBody: `{"customer_id":"${resale}","amount":1e3}` }), 'CBC.0100'],
    ['a padded string amount', () => ({ body: { customer_id: resale, amount: ' 1' } }), 'CBC.0100'],
    ['an overlong customer_id', () => ({ body: { customer_id: 'x'.repeat(65), amount: 1 } }), 'CBC.0100'],
    ['an unknown customer', () => ({ body: { customer_id: 'unknown-id', amount: 1 } }), 'CBC.99000035'],
    ['another partner\'s customer', () => ({ body: { customer_id: customerOf(sb, T2), amount: 1 } }), 'CBC.99000035'],
  ];

  it.each(cases)('answers %s with the spec error and leaves the ledger unchanged', async (_name, opts, code) => {
    const before = sb.control.ledger();
    const r = await call(sb, DEMO_SP, 'POST', GRANT, opts());
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ error_code: code, error_msg: expect.any(String) });
    expect(sb.control.ledger()).toEqual(before);
  });

  it('accepts 10, 10.00, "10" and "10.50" alike', async () => {
    for (const raw of ['10', '10.00', '"10"', '"10.50"']) {
      const r = await call(sb, DEMO_SP, 'POST', GRANT, { rawBody: `{"customer_id":"${resale}","amount":${raw}}` });
      expect(r.status, raw).toBe(200);
    }
    expect(sb.control.log().slice(-4).map((e) => e.amount)).toEqual(['10.00', '10.00', '10.00', '10.50']);
  });

  it('keeps huge amounts exact (no float on the way) and refuses them as uncovered', async () => {
    const r = await call(sb, DEMO_SP, 'POST', GRANT, { rawBody: `{"customer_id":"${resale}","amount":9007199254740993.01}` });
    expect(r.status).toBe(400);
    expect(r.json.error_code).toBe('CBC.99005003');
    expect(r.json.error_msg).toContain('9007199254740993.01');
  });

  it.each([
    ['customer_ids above 100', '/v2/promotions/benefits/partner-coupons', { quota_id: 'QSPA00000000000000000011', customer_ids: Array(101).fill('c'), face_value: 1 }],
    ['quota_ids above 10', '/v2/partners/coupon-quotas/indirect-partner-reclaim', { quota_ids: Array(11).fill('q') }],
    ['customer_ids of the wrong type', '/v2/promotions/benefits/partner-coupons', { quota_id: 'QSPA00000000000000000011', customer_ids: 'c1', face_value: 1 }],
    ['limit 0', '/v2/partners/sub-customers/query', { limit: 0 }],
    ['limit 101', '/v2/partners/sub-customers/query', { limit: 101 }],
    ['offset -1', '/v2/partners/sub-customers/query', { offset: -1 }],
    ['a string limit', '/v2/partners/sub-customers/query', { limit: '10' }],
    ['a bad time filter', '/v2/partners/sub-customers/query', { associated_on_begin: '2024-01-01' }],
    ['an empty association time', '/v2/partners/sub-customers/query', { associated_on_end: '' }],
  ])('refuses %s with CBC.0100', async (_name, path, body) => {
    const who = path.includes('indirect-partner') ? DEMO_T1 : DEMO_SP;
    const before = sb.control.ledger();
    const r = await call(sb, who, 'POST', path, { body });
    expect(r.status).toBe(400);
    expect(r.json.error_code).toBe('CBC.0100');
    expect(sb.control.ledger()).toEqual(before);
  });

  it('refuses bad GET parameters with CBC.0100', async () => {
    const bad: [string, Record<string, string>][] = [
      ['/v2/accounts/partner-accounts/account-change-records', {}],
      ['/v2/accounts/partner-accounts/account-change-records', { balance_type: 'BALANCE_TYPE_DEBIT', trade_time_begin: '2020-01-01', trade_time_end: '2022-01-01' }],
      ['/v3/accounts/partner-accounts/adjust-records', { limit: 'ten' }],
      ['/v2/bills/partner-bills/subcustomer-bills/monthly-sum', { cycle: '2024-13', charge_mode: '1' }],
      ['/v2/bills/partner-bills/subcustomer-bills/monthly-sum', { cycle: '2024-01' }],
      ['/v2/promotions/benefits/partner-coupons', { coupon_id: '' }],
    ];
    for (const [path, query] of bad) {
      const r = await call(sb, DEMO_SP, 'GET', path, { query });
      expect(r.status, `${path} ${JSON.stringify(query)}`).toBe(400);
      expect(r.json.error_code).toBe('CBC.0100');
    }
  });
});
