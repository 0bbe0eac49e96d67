// The fixture accounts and data do what their refusals imply, and no more: each special caller
// can still do what it is allowed to, and each scripted outcome leaves the state it promises.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_COUPON_SP, DEMO_CUSTOMER, DEMO_FIXTURE_ACCOUNTS, DEMO_ORPHAN_T2, DEMO_SP_VIEWER, DEMO_TEST_SP, FIXTURE_CONTACTS, FIXTURE_CUSTOMERS,
  FIXTURE_QUOTAS, MAGIC_XACCOUNT, type RunningSandbox,
} from '../../../electron/sandbox/index';
import { call, customerOf, DEMO_SP, start } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start({ customers: 60 });
});
afterAll(() => sb.close());

const BALANCES = '/v2/accounts/partner-accounts/balances';

describe('fixture accounts', () => {
  it('are listed apart from the main demo accounts, with distinct public keys', () => {
    expect(sb.accounts.map((a) => a.role)).toEqual(['T1', 'SP']);
    const aks = new Set([...sb.accounts, ...sb.fixtureAccounts].map((a) => a.ak));
    expect(aks.size).toBe(sb.accounts.length + DEMO_FIXTURE_ACCOUNTS.length);
  });

  it('let a T2 read its own balances but not call T1 or SP APIs (403 CBC.0151)', async () => {
    const own = await call(sb, DEMO_ORPHAN_T2, 'GET', BALANCES);
    expect(own.status).toBe(200);
    expect(own.json.account_balances[0]).toMatchObject({ account_type: 1, amount: 20000 });
    const other = await call(sb, DEMO_ORPHAN_T2, 'POST', '/v2/partners/indirect-partners/query', { body: {} });
    expect([other.status, other.json.error_code]).toEqual([403, 'CBC.0151']);
  });

  it('let the IAM operator read with its items as the SP, and refuse a grant without changing the ledger', async () => {
    const viewer = await call(sb, DEMO_SP_VIEWER, 'POST', '/v2/partners/sub-customers/query', { body: { limit: 1 } });
    const owner = await call(sb, DEMO_SP, 'POST', '/v2/partners/sub-customers/query', { body: { limit: 1 } });
    expect(viewer.json.count).toBe(owner.json.count);
    const before = sb.control.ledger();
    const grant = await call(sb, DEMO_SP_VIEWER, 'POST', '/v2/accounts/partner-accounts/adjust-amount', { body: { customer_id: customerOf(sb, DEMO_SP.domainId, { resale: true }), amount: 1 } });
    expect([grant.status, grant.json.error_code]).toEqual([403, 'CBC.0155']);
    expect(sb.control.ledger()).toEqual(before);
  });

  it('let a customer use the self-service APIs with its own credentials', async () => {
    const balances = await call(sb, DEMO_CUSTOMER, 'GET', '/v2/accounts/customer-accounts/balances');
    expect(balances.status).toBe(200);
    expect(balances.json).toMatchObject({ account_balances: [{ account_type: 1, amount: 300, currency: 'CNY' }], debt_amount: 0 });
    const month = sb.control.sandbox.world.bills.cycles()[0] as string;
    const sum = await call(sb, DEMO_CUSTOMER, 'GET', '/v2/bills/customer-bills/monthly-sum', { query: { bill_cycle: month } });
    expect(sum.json).toMatchObject({ total_count: 0, bill_sums: [], currency: 'CNY' });
  });

  it('let the test partner read but change nothing (CBC.99005035)', async () => {
    expect((await call(sb, DEMO_TEST_SP, 'GET', BALANCES)).status).toBe(200);
    const r = await call(sb, DEMO_TEST_SP, 'POST', '/v2/promotions/benefits/partner-coupons', { body: { quota_id: 'any', customer_ids: ['any'], face_value: 1 } });
    expect(r.json.error_code).toBe('CBC.99005035');
  });

  it('show the coupon-mode partner its own coupons', async () => {
    const r = await call(sb, DEMO_COUPON_SP, 'GET', '/v2/promotions/benefits/coupons', { query: { limit: 100, offset: 0 } });
    expect(r.json.count).toBeGreaterThanOrEqual(6);
    expect(new Set(r.json.user_coupons.map((c: { status: number }) => c.status)).size).toBeGreaterThan(2);
  });
});

describe('CreateSubCustomer scripted outcomes', () => {
  it('on an association timeout answers 500 CBC.99000050 with the new ids; the customer is then listed as resale', async () => {
    const body = { xaccount_id: `${MAGIC_XACCOUNT.associationTimeout}-1`, xaccount_type: 'DEMO_IDP', domain_name: 'slow-association', include_association_result: true };
    const r = await call(sb, DEMO_SP, 'POST', '/v2/partners/sub-customers', { body });
    expect(r.status).toBe(500);
    expect(r.json).toMatchObject({ error_code: 'CBC.99000050', domain_id: expect.stringMatching(/^[0-9a-f]{32}$/), domain_name: 'slow-association' });
    const listed = await call(sb, DEMO_SP, 'POST', '/v2/partners/sub-customers/query', { body: { customer_id: r.json.domain_id } });
    expect(listed.json.customer_infos).toEqual([expect.objectContaining({ customer_id: r.json.domain_id, association_type: '2' })]);
    expect((await call(sb, DEMO_SP, 'POST', '/v2/partners/sub-customers', { body })).json.error_code).toBe('CBC.99000039');
  });

  it('without include_association_result answers 200 for the same magic id', async () => {
    const r = await call(sb, DEMO_SP, 'POST', '/v2/partners/sub-customers', { body: { xaccount_id: `${MAGIC_XACCOUNT.associationTimeout}-2`, xaccount_type: 'DEMO_IDP' } });
    expect(r.status).toBe(200);
  });

  it('reports a mobile at its registration limit as taken with nothing left', async () => {
    const r = await call(sb, DEMO_SP, 'POST', '/v2/partners/sub-customers/users/check-identity', { body: { search_type: 'mobile', search_value: `0086-${FIXTURE_CONTACTS.mobileAtLimit}` } });
    expect(r.json).toEqual({ check_result: 'used_by_user', mobile_remain_available_num: 0 });
  });
});

describe('fixture customers and quotas', () => {
  it('keep another site\'s customer out of the China-site lists', async () => {
    const r = await call(sb, DEMO_SP, 'POST', '/v2/partners/sub-customers/query', { body: { customer_id: FIXTURE_CUSTOMERS.foreignSite } });
    expect(r.json.count).toBe(0);
    const balances = await call(sb, DEMO_SP, 'POST', '/v2/accounts/customer-accounts/balances/batch-query', { body: { customer_infos: [{ customer_id: FIXTURE_CUSTOMERS.foreignSite }] } });
    expect(balances.json.customer_balances).toEqual([]);
  });

  it('show quota issue rules as limit_infos', async () => {
    const r = await call(sb, DEMO_SP, 'POST', '/v2/partners/coupon-quotas/query', { body: { quota_ids: [FIXTURE_QUOTAS.limited, FIXTURE_QUOTAS.yearlyMonthlyOnly] } });
    const keys = r.json.quotas.flatMap((q: { limit_infos: { limit_key: string }[] }) => q.limit_infos.map((l) => l.limit_key));
    expect(keys).toEqual(expect.arrayContaining(['faceValueRange', 'maxCouponsPerCustomer', 'maxFaceValuePerCustomer', 'chargeScene']));
  });

  it('let a designated customer receive from a designated-only quota, and a yearly product from a yearly/monthly quota', async () => {
    const designated = await call(sb, DEMO_SP, 'POST', '/v2/promotions/benefits/partner-coupons', {
      body: { quota_id: FIXTURE_QUOTAS.designatedOnly, customer_ids: [FIXTURE_CUSTOMERS.designated], face_value: 10 },
    });
    expect(designated.json.coupon_infos).toHaveLength(1);
    const yearly = await call(sb, DEMO_SP, 'POST', '/v2/promotions/benefits/partner-coupons', {
      body: { quota_id: FIXTURE_QUOTAS.yearlyMonthlyOnly, customer_ids: [FIXTURE_CUSTOMERS.designated], face_value: 10, product_ids: ['OFFI_RDS_YEARLY'] },
    });
    expect(yearly.json.coupon_infos).toHaveLength(1);
  });
});
