// The international demo partner: USD, the intl-only operations, none of the China site's
// funding APIs; CreateSubCustomer with e-mail (code by e-mail) and domain_area; and the
// asynchronous association every new customer goes through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_INTL } from '../../../electron/sandbox/accounts';
import { SANDBOX_SMS_CODE, type RunningSandbox } from '../../../electron/sandbox/index';
import { INTL_CUSTOMERS } from '../../../electron/sandbox/seed/intl-partner';
import { call, DEMO_SP, start } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start();
});
afterAll(() => sb.close());

const post = (who: typeof DEMO_SP, path: string, body: unknown) => call(sb, who, 'POST', path, { body });
const get = (who: typeof DEMO_SP, path: string, query: Record<string, string> = {}) => call(sb, who, 'GET', path, { query });

describe('the international demo partner', () => {
  it('has USD customers of its own, some with budgets', async () => {
    const r = await post(DEMO_INTL, '/v2/partners/sub-customers/query', { limit: 100 });
    expect(r.json.count).toBe(INTL_CUSTOMERS);
    const ids = (r.json.customer_infos as { customer_id: string }[]).slice(0, 100).map((c) => c.customer_id);
    const budgets = await post(DEMO_INTL, '/v2/partners/sub-customers/budget/query', { customer_ids: ids });
    expect(budgets.json.currency).toBe('USD');
    expect((budgets.json.budget_infos as { budget_amount: number }[]).some((b) => b.budget_amount > 0)).toBe(true);
  });

  it('has no China-site funding, adjust-record or reseller APIs (404 APIG.0101)', async () => {
    const c = sb.control.sandbox.world.store.customersByOwner.get(DEMO_INTL.domainId)![0]!.id;
    for (const [path, body] of [
      ['/v2/accounts/partner-accounts/adjust-amount', { customer_id: c, amount: 10 }],
      ['/v2/accounts/partner-accounts/reclaim', { customer_id: c, amount: 10 }],
    ] as const) {
      const r = await post(DEMO_INTL, path, body);
      expect(r.status).toBe(404);
      expect(r.json.error_code).toBe('APIG.0101');
    }
    expect((await get(DEMO_INTL, '/v3/accounts/partner-accounts/adjust-records')).status).toBe(404);
  });

  it('creates a customer with an e-mail code and domain_area; refuses a mobile and a missing area', async () => {
    const email = 'new.intl.customer@example.com';
    const body = { xaccount_id: 'intl-1', xaccount_type: 'DEMO_INTL_IDP', domain_name: 'intl-new-customer', email, verification_code: SANDBOX_SMS_CODE, domain_area: 'MX' };
    expect((await post(DEMO_INTL, '/v2/partners/sub-customers', { ...body, domain_area: undefined })).json.error_code).toBe('CBC.0100');
    expect((await post(DEMO_INTL, '/v2/partners/sub-customers', { ...body, mobile_phone: '13912345678' })).json.error_code).toBe('CBC.0100');
    expect((await post(DEMO_INTL, '/v2/partners/sub-customers', body)).json.error_code).toBe('CBC.99004008');
    expect((await post(DEMO_INTL, '/v2/bases/verificationcode/send', { receiver_type: 2, email })).status).toBe(200);
    const r = await post(DEMO_INTL, '/v2/partners/sub-customers', body);
    expect(r.status).toBe(200);
    expect(sb.control.sandbox.world.store.customerById.get(r.json.domain_id)).toMatchObject({ email, domainArea: 'MX' });
  });
});

describe('asynchronous association', () => {
  it('lists a new customer only after the association delay, by the sandbox clock', async () => {
    sb.control.sandbox.associationDelayMs = 30_000;
    const r = await post(DEMO_SP, '/v2/partners/sub-customers', { xaccount_id: 'assoc-1', xaccount_type: 'DEMO_IDP', domain_name: 'assoc-customer-1' });
    const query = { customer_id: r.json.domain_id };
    expect((await post(DEMO_SP, '/v2/partners/sub-customers/query', query)).json.count).toBe(0);
    // The login name is taken at once, though.
    expect((await post(DEMO_SP, '/v2/partners/sub-customers/users/check-identity', { search_type: 'name', search_value: 'assoc-customer-1' })).json.check_result).toBe('used_by_user');
    sb.control.setClockOffset(29);
    expect((await post(DEMO_SP, '/v2/partners/sub-customers/query', query)).json.count).toBe(0);
    sb.control.setClockOffset(31);
    expect((await post(DEMO_SP, '/v2/partners/sub-customers/query', query)).json.customer_infos[0]).toMatchObject({ account_name: 'assoc-customer-1', association_type: '2' });
    sb.control.setClockOffset(0);
  });
});
