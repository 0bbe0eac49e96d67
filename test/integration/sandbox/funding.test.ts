// Conformance: balances, grants and reclaims, their records and the ledger behind them (spec §4.2, §4.3, §5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { call, customerOf, DEMO_SP, DEMO_T1, start, T2 } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start();
});
afterAll(() => sb.close());

describe('ListPartnerBalances', () => {
  it('lists cash (1), credit (2) and allocatable (8) accounts with JSON-number amounts', async () => {
    const r = await call(sb, DEMO_SP, 'GET', '/v2/accounts/partner-accounts/balances');
    expect(r.status).toBe(200);
    expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(r.json.account_balances.map((a: { account_type: number }) => a.account_type)).toEqual([1, 2, 8]);
    for (const a of r.json.account_balances) {
      expect(typeof a.amount).toBe('number');
      expect(a).toMatchObject({ currency: 'CNY', measure_id: 1 });
      expect(typeof a.designated_amount).toBe('number');
    }
  });

  it('lets a T1 read a linked T2 through indirect_partner_id and refuses another id with CBC.99000037', async () => {
    expect((await call(sb, DEMO_T1, 'GET', '/v2/accounts/partner-accounts/balances', { query: { indirect_partner_id: T2 } })).status).toBe(200);
    const r = await call(sb, DEMO_T1, 'GET', '/v2/accounts/partner-accounts/balances', { query: { indirect_partner_id: 'not-a-reseller' } });
    expect(r.status).toBe(400);
    expect(r.json.error_code).toBe('CBC.99000037');
  });
});

describe('UpdateCustomerAccountAmount and ReclaimToPartnerAccount', () => {
  it('grants with transfer_id, reclaims with trans_id, and both ids appear in the adjust and change records', async () => {
    const customer = customerOf(sb, DEMO_SP.domainId, { resale: true });
    const grant = await call(sb, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/adjust-amount', { body: { customer_id: customer, amount: '10.5' } });
    expect(grant.status).toBe(200);
    expect(grant.json.transfer_id).toMatch(/^AD/);
    const back = await call(sb, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/reclaim', { body: { customer_id: customer, amount: 10.5 } });
    expect(back.status).toBe(200);
    expect(back.json.trans_id).toMatch(/^RE/);

    const records = await call(sb, DEMO_SP, 'GET', '/v3/accounts/partner-accounts/adjust-records', { query: { customer_id: customer } });
    expect(records.json.total_count).toBeGreaterThanOrEqual(2);
    expect(records.json.records[0]).toMatchObject({ trans_id: back.json.trans_id, operation_type: 'SOURCE_OPERATION_BERETRIEVE', amount: '10.50', currency: 'CNY', measure_id: 1 });
    expect(records.json.records[1]).toMatchObject({ trans_id: grant.json.transfer_id, operation_type: 'SOURCE_OPERATION_BEADJUST', amount: '10.50' });

    const changes = await call(sb, DEMO_SP, 'GET', '/v2/accounts/partner-accounts/account-change-records', { query: { balance_type: 'BALANCE_TYPE_DEBIT', limit: 5 } });
    expect(changes.status).toBe(200);
    expect(changes.json.currency).toBe('CNY');
    const [reclaimRec, grantRec] = changes.json.records;
    expect(reclaimRec).toMatchObject({ trade_id: back.json.trans_id, trade_detail_type: 'SOURCE_OPERATION_BERETRIEVE', change_amount: '10.50', type: '1', customer_id: customer });
    expect(grantRec).toMatchObject({ trade_id: grant.json.transfer_id, trade_detail_type: 'SOURCE_OPERATION_BEADJUST', change_amount: '10.50', type: '2' });
    expect(typeof grantRec.balance_after_change).toBe('string');

    const log = sb.control.log();
    expect(log.slice(-2).map((e) => [e.operation, e.transId, e.amount])).toEqual([
      ['UpdateCustomerAccountAmount', grant.json.transfer_id, '10.50'],
      ['ReclaimToPartnerAccount', back.json.trans_id, '10.50'],
    ]);
  });

  it('debits the T2 when a T1 funds a T2 customer with indirect_partner_id', async () => {
    const customer = customerOf(sb, T2, { resale: true });
    const before = sb.control.ledger().partners.find((p) => p.id === T2)?.cash;
    const r = await call(sb, DEMO_T1, 'POST', '/v2/accounts/partner-accounts/adjust-amount', { body: { customer_id: customer, amount: 1, indirect_partner_id: T2 } });
    expect(r.status).toBe(200);
    const after = sb.control.ledger().partners.find((p) => p.id === T2)?.cash;
    expect(Number(before) - Number(after)).toBeCloseTo(1, 2);
  });

  it.each([
    ['referral customer', () => ({ customer_id: customerOf(sb, DEMO_SP.domainId, { resale: false }), amount: 1 }), 'CBC.99000000'],
    ['another partner\'s customer', () => ({ customer_id: customerOf(sb, T2), amount: 1 }), 'CBC.99000035'],
    ['unknown customer', () => ({ customer_id: 'nobody', amount: 1 }), 'CBC.99000035'],
    ['amount above the allocatable balance', () => ({ customer_id: customerOf(sb, DEMO_SP.domainId, { resale: true }), amount: '99999999999.00' }), 'CBC.99005003'],
    ['three decimals', () => ({ customer_id: customerOf(sb, DEMO_SP.domainId, { resale: true }), amount: '1.005' }), 'CBC.0100'],
  ])('refuses a grant to a %s', async (_name, body, code) => {
    const r = await call(sb, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/adjust-amount', { body: body() });
    expect(r.status).toBe(400);
    expect(r.json.error_code).toBe(code);
  });

  it('refuses to reclaim more than the customer holds (CBC.99005003) or from a never-funded customer (CBC.99000047)', async () => {
    const funded = customerOf(sb, DEMO_SP.domainId, { resale: true, funded: true });
    const r1 = await call(sb, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/reclaim', { body: { customer_id: funded, amount: '99999999.99' } });
    expect(r1.json.error_code).toBe('CBC.99005003');
    const fresh = (await call(sb, DEMO_SP, 'POST', '/v2/partners/sub-customers', { body: { xaccount_id: 'funding-fresh-1', xaccount_type: 'DEMO_IDP' } })).json.domain_id;
    const r2 = await call(sb, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/reclaim', { body: { customer_id: fresh, amount: 1 } });
    expect(r2.status).toBe(400);
    expect(r2.json.error_code).toBe('CBC.99000047');
  });
});

describe('ListCustomersBalancesDetail', () => {
  it('answers resale customers only and drops other ids silently', async () => {
    const resale = customerOf(sb, DEMO_SP.domainId, { resale: true, funded: true });
    const referral = customerOf(sb, DEMO_SP.domainId, { resale: false });
    const r = await call(sb, DEMO_SP, 'POST', '/v2/accounts/customer-accounts/balances/batch-query', {
      body: { customer_infos: [{ customer_id: resale }, { customer_id: referral }, { customer_id: 'nobody' }] },
    });
    expect(r.status).toBe(200);
    expect(r.json.customer_balances).toHaveLength(1);
    expect(r.json.customer_balances[0]).toMatchObject({ customer_id: resale, debt_amount: 0, currency: 'CNY', measure_id: 1 });
    expect(typeof r.json.customer_balances[0].amount).toBe('number');
  });

  it('needs 1 to 100 customer_infos', async () => {
    for (const n of [0, 101]) {
      const r = await call(sb, DEMO_SP, 'POST', '/v2/accounts/customer-accounts/balances/batch-query', {
        body: { customer_infos: Array.from({ length: n }, (_, i) => ({ customer_id: `c${i}` })) },
      });
      expect(r.json.error_code).toBe('CBC.0100');
    }
  });
});

describe('T2 funding (T1 only)', () => {
  it('moves money T1 → T2 (transfer_id) and back (trans_id), recorded with the T2 as customer', async () => {
    const grant = await call(sb, DEMO_T1, 'POST', '/v2/accounts/partner-accounts/indirect-partner-adjust', { body: { indirect_partner_id: T2, amount: '100.00' } });
    expect(grant.status).toBe(200);
    expect(grant.json.transfer_id).toBeTypeOf('string');
    const back = await call(sb, DEMO_T1, 'POST', '/v2/accounts/partner-accounts/indirect-partner-reclaim', { body: { indirect_partner_id: T2, amount: '100' } });
    expect(back.json.trans_id).toBeTypeOf('string');
    const rec = await call(sb, DEMO_T1, 'GET', '/v3/accounts/partner-accounts/adjust-records', { query: { trans_id: grant.json.transfer_id } });
    expect(rec.json.records).toEqual([expect.objectContaining({ customer_id: T2, operation_type: 'SOURCE_OPERATION_BEADJUST', amount: '100.00' })]);
  });

  it('refuses an SP (403 CBC.0151), an unlinked T2 (CBC.99000037) and an amount above the T2 balance (CBC.99005003)', async () => {
    expect((await call(sb, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/indirect-partner-adjust', { body: { indirect_partner_id: T2, amount: 1 } })).json)
      .toMatchObject({ error_code: 'CBC.0151' });
    expect((await call(sb, DEMO_T1, 'POST', '/v2/accounts/partner-accounts/indirect-partner-adjust', { body: { indirect_partner_id: 'x', amount: 1 } })).json.error_code)
      .toBe('CBC.99000037');
    expect((await call(sb, DEMO_T1, 'POST', '/v2/accounts/partner-accounts/indirect-partner-reclaim', { body: { indirect_partner_id: T2, amount: '999999999' } })).json.error_code)
      .toBe('CBC.99005003');
  });
});
