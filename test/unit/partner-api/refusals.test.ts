// Invalid input is refused locally, in the spec's wording and both languages, and never
// reaches the network; operations of the other site are refused too.
import { describe, expect, it } from 'vitest';
import { ApiError, settle } from '../../../electron/core/infra/http';
import type { PartnerApi } from '../../../electron/core/infra/partner-api';
import { useHarness } from './harness';

const h = useHarness();

async function refusal(call: (api: PartnerApi) => Promise<unknown>, site: 'cn' | 'intl' = 'cn'): Promise<ApiError> {
  const before = h.server().received.length;
  const e = await call(h.api(site)).then(() => null, (err: unknown) => err);
  expect(h.server().received.length).toBe(before);
  expect(e).toBeInstanceOf(ApiError);
  expect((e as ApiError).possiblySent).toBe(false);
  return e as ApiError;
}
const issuesOf = (e: ApiError) => e.details['issues'] as { path: string; en: string; zh: string }[];

describe('local refusal of invalid requests (API_INVALID_REQUEST)', () => {
  it.each([
    ['an amount with three decimals', (api: PartnerApi) => api.funding.updateCustomerAccountAmount({ customer_id: 'c1', amount: '1.005' }), 'amount', 'at most two decimal places', '最多保留两位小数'],
    ['a zero amount', (api: PartnerApi) => api.funding.reclaimToPartnerAccount({ customer_id: 'c1', amount: '0.00' }), 'amount', 'greater than 0', '大于 0'],
    ['an amount in exponent form', (api: PartnerApi) => api.resellers.updateIndirectPartnerAccount({ indirect_partner_id: 't2', amount: '1e3' }), 'amount', 'such as 1234.56', '1234.56'],
    ['a mobile without the 0086- prefix', (api: PartnerApi) => api.customers.checkUserIdentity({ search_type: 'mobile', search_value: '13800000000' }), 'search_value', '0086-13XXXXXXXXX', '0086-13XXXXXXXXX'],
    ['a login name starting with op_', (api: PartnerApi) => api.customers.checkUserIdentity({ search_type: 'name', search_value: 'op_shop1' }), 'search_value', 'op_ or shadow_', 'op_ 或 shadow_'],
    ['a mobile without verification code', (api: PartnerApi) => api.customers.createSubCustomer({ xaccount_id: 'x', xaccount_type: 't', mobile_phone: '13800000000' }), 'verification_code', 'verification code is required', '必须提供验证码'],
    ['a weak password', (api: PartnerApi) => api.customers.createSubCustomer({ xaccount_id: 'x', xaccount_type: 't', password: 'abcdefgh' }), 'password', 'at least two of', '至少包含'],
    ['a local time instead of UTC', (api: PartnerApi) => api.customers.listSubCustomers({ associated_on_begin: '2024-01-01 08:00:00' }), 'associated_on_begin', 'yyyy-MM-ddTHH:mm:ssZ', 'UTC'],
    ['an empty customer_id filter', (api: PartnerApi) => api.customers.listSubCustomers({ customer_id: '' }), 'customer_id', 'empty string is not allowed', '不允许空字符串'],
    ['a bad month', (api: PartnerApi) => api.bills.listSubcustomerMonthlyBills({ cycle: '2024-13', charge_mode: '1' }), 'cycle', 'YYYY-MM', 'YYYY-MM'],
    ['bill dates outside the bill cycle', (api: PartnerApi) => api.bills.listSubCustomerBillDetail({ bill_cycle: '2024-01', customer_id: 'c1', bill_date_begin: '2024-02-01', bill_date_end: '2024-02-02' }), 'bill_date_begin', 'both or neither', '同时提供'],
  ])('refuses %s', async (_what, call, path, en, zh) => {
    const e = await refusal(call);
    expect(e.code).toBe('API_INVALID_REQUEST');
    const issue = issuesOf(e).find((i) => i.path === path);
    expect(issue?.en).toContain(en);
    expect(issue?.zh).toContain(zh);
    expect(e.message).toContain(e.operation);
  });

  it.each([
    ['101 customers for one coupon batch', (api: PartnerApi) => api.vouchers.createPartnerCoupons({ quota_id: 'q', customer_ids: Array.from({ length: 101 }, (_, i) => `c${i}`), face_value: '1' })],
    ['11 quota ids to reclaim', (api: PartnerApi) => api.resellers.reclaimCouponQuotas({ quota_ids: Array.from({ length: 11 }, (_, i) => `q${i}`) })],
    ['11 customers to freeze', (api: PartnerApi) => api.intl.freezeSubCustomers({ customer_ids: Array.from({ length: 11 }, (_, i) => `c${i}`), reason: 'r' })],
    ['an empty balance batch', (api: PartnerApi) => api.funding.listCustomersBalancesDetail({ customer_infos: [] })],
    ['limit 101', (api: PartnerApi) => api.funding.listPartnerAdjustRecords({ limit: 101 })],
    ['offset above 40000000', (api: PartnerApi) => api.customers.listSubCustomers({ offset: 40_000_001 })],
    ['a 65-character customer id', (api: PartnerApi) => api.funding.updateCustomerAccountAmount({ customer_id: 'c'.repeat(65), amount: '1' })],
    ['a JS number as amount', (api: PartnerApi) => api.funding.updateCustomerAccountAmount({ customer_id: 'c', amount: 10 as unknown as string })],
  ])('refuses %s (list sizes, ranges, lengths)', async (_what, call) => {
    const site = _what.includes('freeze') ? 'intl' : 'cn';
    expect((await refusal(call, site)).code).toBe('API_INVALID_REQUEST');
  });
});

describe('site rules', () => {
  it('refuses an international-only operation on the China site', async () => {
    const e = await refusal((api) => api.intl.listPostpaidBillSum({ bill_cycle: '2024-01' }));
    expect(e.code).toBe('API_WRONG_SITE');
    expect(e.message).toContain('international');
  });

  it('refuses China-only funding on the international site', async () => {
    expect((await refusal((api) => api.funding.updateCustomerAccountAmount({ customer_id: 'c', amount: '1' }), 'intl')).code).toBe('API_WRONG_SITE');
  });

  it('reports a local refusal as failed and not sent, for journals', async () => {
    const result = await settle(h.api().funding.updateCustomerAccountAmount({ customer_id: 'c', amount: '-1' }));
    expect(result).toMatchObject({ outcome: 'failed', possiblySent: false });
  });
});

describe('answers that do not match the spec', () => {
  it('makes a money call whose 200 answer lacks its id unknown (it may have happened)', async () => {
    h.server().reply({ status: 200, body: { something: 'else' } });
    const result = await settle(h.api().funding.updateCustomerAccountAmount({ customer_id: 'c1', amount: '5' }));
    expect(result).toMatchObject({ outcome: 'unknown', possiblySent: true });
  });

  it('makes a read with a float where the spec says string a failed, invalid answer', async () => {
    h.server().reply({ status: 200, body: '{"total_count":1,"records":[{"amount":10.5}]}' });
    const result = await settle(h.api().funding.listPartnerAdjustRecords({}));
    expect(result.outcome).toBe('failed');
    if (result.outcome === 'failed') expect(result.error.code).toBe('API_INVALID_RESPONSE');
  });
});
