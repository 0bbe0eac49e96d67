// Conformance: happy path and documented errors of customer, reseller, voucher, bill and intl operations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES, SANDBOX_SMS_CODE, type RunningSandbox } from '../../../electron/sandbox/index';
import { call, customerOf, DEMO_SP, DEMO_T1, start, T2 } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start();
});
afterAll(() => sb.close());

const post = (who: typeof DEMO_SP, path: string, body: unknown) => call(sb, who, 'POST', path, { body });
const get = (who: typeof DEMO_SP, path: string, query: Record<string, string | number | (string | number)[]> = {}) => call(sb, who, 'GET', path, { query });
const lastMonth = (): string => sb.control.sandbox.world.bills.cycles()[0] as string;

it('serves every operation of the summary table, China site and intl', () => {
  expect(OPERATION_NAMES).toEqual(expect.arrayContaining([
    'CheckUserIdentity', 'SendVerificationMessageCode', 'CreateSubCustomer', 'ListSubCustomers', 'FreezeSubCustomers', 'UnfreezeSubCustomers',
    'ListSubCustomerNewTag', 'ListIndirectPartners', 'UpdateIndirectPartnerAccount', 'ReclaimIndirectPartnerAccount', 'UpdateCouponQuotas',
    'ReclaimCouponQuotas', 'ListIssuedCouponQuotas', 'ListCouponQuotasRecords', 'ListPartnerBalances', 'ListCustomersBalancesDetail',
    'ShowCustomerAccountBalances', 'UpdateCustomerAccountAmount', 'ReclaimToPartnerAccount', 'ListPartnerAdjustRecords',
    'ListPartnerAccountChangeRecords', 'ListQuotaCoupons', 'CreatePartnerCoupons', 'ReclaimPartnerCoupons', 'ListIssuedPartnerCoupons',
    'ListPartnerCouponsRecord', 'ListSubCustomerCoupons', 'ListSubcustomerMonthlyBills', 'ListSubCustomerBillDetail', 'ListConsumeSubCustomers',
    'ShowCustomerMonthlySum', 'ListCustomerBillsMonthlyBreakDown', 'ListInvoices', 'ListPostpaidBillSum', 'UpdateSubCustomerBudget',
  ]));
});

describe('customers', () => {
  it('checks identities: free and taken login names, mobiles, bad formats', async () => {
    const taken = sb.control.sandbox.world.store.customers[0]?.accountName as string;
    expect((await post(DEMO_SP, '/v2/partners/sub-customers/users/check-identity', { search_type: 'name', search_value: taken })).json.check_result).toBe('used_by_user');
    expect((await post(DEMO_SP, '/v2/partners/sub-customers/users/check-identity', { search_type: 'name', search_value: 'brand-new-name' })).json.check_result).toBe('available');
    const m = await post(DEMO_SP, '/v2/partners/sub-customers/users/check-identity', { search_type: 'mobile', search_value: '0086-13900000000' });
    expect(m.json.mobile_remain_available_num).toBeTypeOf('number');
    expect((await post(DEMO_SP, '/v2/partners/sub-customers/users/check-identity', { search_type: 'name', search_value: 'op_admin' })).json.error_code).toBe('CBC.0100');
  });

  it('creates a resale customer, enforces unique xaccount_id (CBC.99000039) and login name (CBC.99000038)', async () => {
    const r = await post(DEMO_SP, '/v2/partners/sub-customers', { xaccount_id: 'ops-1', xaccount_type: 'DEMO_IDP', domain_name: 'ops-customer-1' });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ domain_id: expect.stringMatching(/^[0-9a-f]{32}$/), domain_name: 'ops-customer-1' });
    // The account exists at once, the association completes later (§3.3): not listed yet.
    expect((await post(DEMO_SP, '/v2/partners/sub-customers/query', { customer_id: r.json.domain_id })).json).toMatchObject({ count: 0 });
    sb.control.setClockOffset(sb.control.sandbox.associationDelayMs / 1000 + 1);
    const listed = await post(DEMO_SP, '/v2/partners/sub-customers/query', { customer_id: r.json.domain_id });
    sb.control.setClockOffset(0);
    expect(listed.json).toMatchObject({ count: 1, customer_infos: [{ association_type: '2', xaccount_id: 'ops-1' }] });
    expect((await post(DEMO_SP, '/v2/partners/sub-customers', { xaccount_id: 'ops-1', xaccount_type: 'DEMO_IDP' })).json.error_code).toBe('CBC.99000039');
    expect((await post(DEMO_SP, '/v2/partners/sub-customers', { xaccount_id: 'ops-2', xaccount_type: 'DEMO_IDP', domain_name: 'OPS-customer-1' })).json.error_code).toBe('CBC.99000038');
    const generated = await post(DEMO_SP, '/v2/partners/sub-customers', { xaccount_id: 'ops-3', xaccount_type: 'DEMO_IDP' });
    expect(generated.json.domain_name).toHaveLength(32);
  });

  it('creates for a T2 only with indirect_partner_id (CBC.50010059 without it)', async () => {
    expect((await post(DEMO_T1, '/v2/partners/sub-customers', { xaccount_id: 't1-1', xaccount_type: 'T1_IDP' })).json.error_code).toBe('CBC.50010059');
    const r = await post(DEMO_T1, '/v2/partners/sub-customers', { xaccount_id: 't1-2', xaccount_type: 'T1_IDP', indirect_partner_id: T2 });
    expect(r.status).toBe(200);
    expect((await post(DEMO_T1, '/v2/partners/sub-customers', { xaccount_id: 't1-3', xaccount_type: 'T1_IDP', indirect_partner_id: 'zzz' })).json.error_code).toBe('CBC.99000037');
  });

  it('needs a sent SMS code for a mobile and checks it', async () => {
    const body = { xaccount_id: 'sms-1', xaccount_type: 'DEMO_IDP', mobile_phone: '13912345678', verification_code: SANDBOX_SMS_CODE };
    expect((await post(DEMO_SP, '/v2/partners/sub-customers', body)).json.error_code).toBe('CBC.99004008');
    expect((await post(DEMO_SP, '/v2/bases/verificationcode/send', { receiver_type: 1, mobile_phone: '13912345678' })).status).toBe(200);
    expect((await post(DEMO_SP, '/v2/partners/sub-customers', { ...body, verification_code: '000000' })).json.error_code).toBe('CBC.99004010');
    expect((await post(DEMO_SP, '/v2/partners/sub-customers', body)).status).toBe(200);
    expect((await post(DEMO_SP, '/v2/partners/sub-customers', { ...body, xaccount_id: 'sms-2', password: 'short' })).json.error_code).toBe('CBC.99000036');
    expect((await post(DEMO_SP, '/v2/partners/sub-customers', { ...body, xaccount_id: 'sms-3', mobile_phone: '123' })).json.error_code).toBe('CBC.5017');
    expect((await post(DEMO_SP, '/v2/partners/sub-customers', { xaccount_id: 'sms-4', xaccount_type: 'X', domain_name: '12345' })).json.error_code).toBe('CBC.99000031');
  });

  it('lists with count, paging and filters; T1 sees a T2\'s customers via indirect_partner_id', async () => {
    const page = await post(DEMO_SP, '/v2/partners/sub-customers/query', { offset: 0, limit: 5, association_type: '2' });
    expect(page.json.count).toBeGreaterThan(5);
    expect(page.json.customer_infos).toHaveLength(5);
    expect(page.json.customer_infos[0]).toMatchObject({ customer_id: expect.any(String), account_name: expect.any(String), customer_type: expect.any(Number), is_frozen: expect.any(Number) });
    expect((await post(DEMO_T1, '/v2/partners/sub-customers/query', {})).json.count).toBe(0);
    expect((await post(DEMO_T1, '/v2/partners/sub-customers/query', { indirect_partner_id: T2 })).json.count).toBeGreaterThan(0);
  });

  it('freezes and unfreezes (intl) with per-item error_details', async () => {
    const c = customerOf(sb, DEMO_SP.domainId, { resale: true });
    expect((await post(DEMO_SP, '/v2/partners/sub-customers/freeze', { customer_ids: [c], reason: 'debt' })).json).toEqual({});
    const partial = await post(DEMO_SP, '/v2/partners/sub-customers/unfreeze', { customer_ids: [c, 'nobody'], reason: 'paid' });
    expect(partial.status).toBe(200);
    expect(partial.json.error_details).toEqual([expect.objectContaining({ id: 'nobody', error_code: 'CBC.99000035' })]);
    expect((await post(DEMO_SP, '/v2/partners/sub-customers/freeze', { customer_ids: Array(11).fill(c), reason: 'x' })).json.error_code).toBe('CBC.0100');
  });

  it('tags new customers and drops non-sub-customers', async () => {
    const c = customerOf(sb, DEMO_SP.domainId);
    const r = await post(DEMO_SP, '/v2/partners/sub-customers/new-customers-tags/batch-query', { customer_ids: [c, 'nobody'] });
    expect(r.json.new_customer_tags).toHaveLength(1);
    expect(r.json).not.toHaveProperty('total_count');
  });
});

describe('resellers and voucher quotas (T1 only)', () => {
  it('lists T2s with count; refuses an SP with 403 CBC.0151', async () => {
    const r = await post(DEMO_T1, '/v2/partners/indirect-partners/query', {});
    expect(r.json.count).toBe(4);
    expect(r.json.indirect_partners[0]).toHaveProperty('indirect_partner_id');
    const sp = await post(DEMO_SP, '/v2/partners/indirect-partners/query', {});
    expect(sp.status).toBe(403);
    expect(sp.json.error_code).toBe('CBC.0151');
  });

  it('carves child quotas (partial batch) and reclaims them, with records', async () => {
    const r = await post(DEMO_T1, '/v2/partners/coupon-quotas/indirect-partner-adjust', { quota_id: 'QT1A00000000000000000001', indirect_partner_ids: [T2, 'stranger'], quota_amount: '1.11' });
    expect(r.status).toBe(200);
    expect(r.json.simple_quota_infos).toEqual([{ id: T2, quota_id: expect.any(String) }]);
    expect(r.json.error_details).toEqual([expect.objectContaining({ id: 'stranger', error_code: 'CBC.99000037' })]);
    const child = r.json.simple_quota_infos[0].quota_id;
    const issued = await get(DEMO_T1, '/v2/partners/issued-coupon-quotas', { quota_id: child });
    expect(issued.json).toMatchObject({ total_count: 1, quotas: [{ quota_value: 1.11, balance: 1.11, parent_quota_id: 'QT1A00000000000000000001', indirect_partner_id: T2 }] });
    const back = await post(DEMO_T1, '/v2/partners/coupon-quotas/indirect-partner-reclaim', { quota_ids: [child, 'nope'] });
    expect(back.json.simple_quota_infos).toEqual([{ quota_id: child, quota_balance: 0 }]);
    expect(back.json.error_details[0]).toMatchObject({ id: 'nope', error_code: 'CBC.99000012' });
    const recs = await get(DEMO_T1, '/v2/partners/coupon-quotas/records', { quota_id: child });
    expect(recs.json.records.map((x: { operation_type: string }) => x.operation_type)).toEqual(['11', '10']);
    expect((await post(DEMO_T1, '/v2/partners/coupon-quotas/indirect-partner-adjust', { quota_id: 'QT1C00000000000000000003', indirect_partner_ids: [T2], quota_amount: 1 })).json.error_code).toBe('CBC.99000012');
    expect((await post(DEMO_T1, '/v2/partners/coupon-quotas/indirect-partner-adjust', { quota_id: 'QT1A00000000000000000001', indirect_partner_ids: [T2], quota_amount: '99999999' })).json.error_details[0].error_code).toBe('CBC.99000013');
  });
});

describe('coupons', () => {
  it('lists quotas, issues (partial batch), lists, reclaims with 204, and refuses a second reclaim with 200 CBC.99000048', async () => {
    const quotas = await post(DEMO_SP, '/v2/partners/coupon-quotas/query', {});
    expect(quotas.json.total_count).toBeGreaterThan(0);
    const resale = customerOf(sb, DEMO_SP.domainId, { resale: true });
    const referral = customerOf(sb, DEMO_SP.domainId, { resale: false });
    const r = await post(DEMO_SP, '/v2/promotions/benefits/partner-coupons', { quota_id: 'QSPA00000000000000000011', customer_ids: [resale, referral, customerOf(sb, T2)], face_value: '20.5' });
    expect(r.status).toBe(200);
    expect(r.json.coupon_infos).toEqual([{ id: resale, coupon_id: expect.any(String) }]);
    expect(r.json.error_details.map((e: { error_code: string }) => e.error_code)).toEqual(['CBC.99000014', 'CBC.99000035']);
    const couponId = r.json.coupon_infos[0].coupon_id;
    const listed = await get(DEMO_SP, '/v2/promotions/benefits/partner-coupons', { coupon_id: couponId });
    expect(listed.json.user_coupons[0]).toMatchObject({ status: 2, face_value: 20.5, balance: 20.5, coupon_type: 1 });
    const reclaim = await post(DEMO_SP, '/v2/promotions/benefits/partner-coupons/reclaim', { coupon_id: couponId });
    expect(reclaim.status).toBe(204);
    expect(reclaim.text).toBe('');
    const again = await post(DEMO_SP, '/v2/promotions/benefits/partner-coupons/reclaim', { coupon_id: couponId });
    expect(again.status).toBe(200);
    expect(again.json.error_code).toBe('CBC.99000048');
    const recs = await get(DEMO_SP, '/v2/promotions/benefits/partner-coupons/records/query', { coupon_ids: couponId, operation_types: ['1', '2'] });
    expect(recs.json.records.map((x: { operation_type: string }) => x.operation_type)).toEqual(['2', '1']);
  });

  it('has seeded coupons in every status', async () => {
    for (const status of [1, 2, 3, 4, 5]) {
      const r = await get(DEMO_T1, '/v2/promotions/benefits/partner-coupons', { status, indirect_partner_id: T2, limit: 1 });
      const sp = await get(DEMO_SP, '/v2/promotions/benefits/partner-coupons', { status, limit: 1 });
      expect(r.json.total_count + sp.json.total_count, `status ${status}`).toBeGreaterThan(0);
    }
  });

  it('refuses an expired quota (CBC.99000012), a restriction beyond the quota (CBC.99000023) and a referral coupon reclaim (CBC.99000045)', async () => {
    const c = customerOf(sb, DEMO_SP.domainId, { resale: true });
    expect((await post(DEMO_SP, '/v2/promotions/benefits/partner-coupons', { quota_id: 'QSPC00000000000000000013', customer_ids: [c], face_value: 1 })).json.error_code).toBe('CBC.99000012');
    expect((await post(DEMO_SP, '/v2/promotions/benefits/partner-coupons', { quota_id: 'QSPB00000000000000000012', customer_ids: [c], face_value: 1, cloud_service_types: ['hws.service.type.obs'] })).json.error_code).toBe('CBC.99000023');
    const store = sb.control.sandbox.world.store;
    const held = [...store.coupons.values()].find((x) => x.status === 2 && store.customerById.get(x.customerId)?.associationType === '1');
    if (held) {
      const issuer = held.issuerId === DEMO_SP.domainId ? DEMO_SP : DEMO_T1;
      const r = await post(issuer, '/v2/promotions/benefits/partner-coupons/reclaim', { coupon_id: held.id, ...(issuer === DEMO_T1 ? { indirect_partner_id: held.issuerId } : {}) });
      expect(r.json.error_code).toBe('CBC.99000045');
    }
  });

  it('lists coupons the partner holds itself, with count, and a T2\'s through indirect_partner_id', async () => {
    const own = await get(DEMO_SP, '/v2/promotions/benefits/coupons', { offset: 0, limit: 100 });
    expect(own.status).toBe(200);
    expect(own.json.count).toBeGreaterThan(0);
    expect(own.json.user_coupons[0]).toMatchObject({ coupon_id: expect.any(String), customer_id: DEMO_SP.domainId, face_value: expect.any(Number), balance: expect.any(Number) });
    const usable = await get(DEMO_SP, '/v2/promotions/benefits/coupons', { status: 2 });
    expect(usable.json.user_coupons.every((c: { status: number }) => c.status === 2)).toBe(true);
    const t2 = await get(DEMO_T1, '/v2/promotions/benefits/coupons', { indirect_partner_id: T2 });
    expect(t2.json.user_coupons[0].customer_id).toBe(T2);
    expect((await get(DEMO_SP, '/v2/promotions/benefits/coupons', { offset: 1 })).json.error_code).toBe('CBC.0100');
  });
});

describe('bills', () => {
  it('sums monthly bills with cash and voucher parts that add up', async () => {
    const r = await get(DEMO_SP, '/v2/bills/partner-bills/subcustomer-bills/monthly-sum', { cycle: lastMonth(), charge_mode: '3', limit: 100 });
    expect(r.status).toBe(200);
    expect(r.json.count).toBeGreaterThan(0);
    for (const line of r.json.bill_sums) {
      const parts = line.account_details.reduce((s: number, d: { amount: number }) => s + Math.round(d.amount * 100), 0);
      expect(parts).toBe(Math.round(line.amount * 100));
    }
  });

  it('details one customer\'s consumption and lists who consumed', async () => {
    const who = await post(DEMO_SP, '/v2/bills/subcustomer-bills/res-fee-records/sub-customers/query', { bill_cycle: lastMonth(), limit: 3 });
    expect(who.json.total_count).toBeGreaterThan(0);
    const id = who.json.sub_customers[0].customer_id;
    const d = await get(DEMO_SP, '/v2/bills/subcustomer-bills/res-fee-records', { bill_cycle: lastMonth(), customer_id: id });
    expect(d.json.total_count).toBeGreaterThan(0);
    expect(d.json.fee_records[0]).toMatchObject({ bill_cycle: lastMonth(), customer_id: id, cash_amount: expect.any(Number), coupon_amount: expect.any(Number) });
  });

  it('refuses customer self-service APIs with partner credentials (403 CBC.0151)', async () => {
    expect((await get(DEMO_SP, '/v2/bills/customer-bills/monthly-sum')).json.error_code).toBe('CBC.0151');
    expect((await get(DEMO_SP, '/v2/accounts/customer-accounts/balances')).status).toBe(403);
  });
});

describe('international-site operations', () => {
  it('lists invoices for the caller\'s own domain only', async () => {
    const q = { start_time: '2000-01-01T00:00:00Z', end_time: '2100-01-01T00:00:00Z', offset: 1, limit: 5 };
    const r = await get(DEMO_SP, `/v1.0/${DEMO_SP.domainId}/payments/intl-invoices`, q);
    expect(r.json.count).toBe(24);
    expect(r.json.invoices).toHaveLength(5);
    expect((await get(DEMO_SP, `/v1.0/${DEMO_T1.domainId}/payments/intl-invoices`, q)).status).toBe(403);
  });

  it('answers the postpaid bill summary and sub-customer budgets', async () => {
    expect((await get(DEMO_SP, '/v2/bills/partner-bills/postpaid-bill-summary', { bill_cycle: lastMonth() })).json).toMatchObject({ bill_cycle: lastMonth(), currency: 'USD' });
    const c = customerOf(sb, DEMO_SP.domainId, { resale: true });
    expect((await post(DEMO_SP, '/v2/partners/sub-customers/budget', { customer_id: c, budget_amount: '300' })).status).toBe(200);
    expect((await get(DEMO_SP, '/v2/partners/sub-customers/budget', { customer_id: c })).json.budget_amount).toBe(300);
    // The intl SDK's answer: measure_id, currency and budget_infos (no count).
    expect((await post(DEMO_SP, '/v2/partners/sub-customers/budget/query', { customer_ids: [c] })).json).toMatchObject({
      currency: 'USD', budget_infos: [{ customer_id: c, budget_amount: 300, budget_type: 'MONTHLY' }],
    });
    expect((await get(DEMO_SP, '/v2/partners/sub-customers/budget/records', { customer_id: c })).json.total_count).toBe(1);
  });
});
