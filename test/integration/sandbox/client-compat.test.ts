// The new sandbox data parses with the project's own typed partner-API client (strict JSON kinds):
// partner-held coupons, unsubscribe/write-off bill lines, quota issue rules, fixture callers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../electron/core/infra/http';
import { createPartnerApi, type PartnerApi } from '../../../electron/core/infra/partner-api';
import { DEMO_ORPHAN_T2, FIXTURE_QUOTAS, type RunningSandbox } from '../../../electron/sandbox/index';
import { DEMO_SP, DEMO_T1, start, T2, type Signer } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start({ customers: 120 });
});
afterAll(() => sb.close());

function api(who: Signer): PartnerApi {
  return createPartnerApi(createHttpClient({ endpoint: sb.url, credentials: { ak: who.ak, domainId: who.domainId, getSecret: async () => who.sk }, maxReadRetries: 0 }));
}

describe('the typed client reads the sandbox\'s new data', () => {
  it('partner-held coupons, own and a T2\'s', async () => {
    const own = await api(DEMO_SP).vouchers.listSubCustomerCoupons({ offset: 0, limit: 100 });
    expect(own.count).toBeGreaterThan(0);
    const t2 = await api(DEMO_T1).vouchers.listSubCustomerCoupons({ indirect_partner_id: T2 });
    expect(t2.user_coupons?.[0]?.customer_id).toBe(T2);
  });

  it('unsubscribe and write-off bill lines', async () => {
    const client = api(DEMO_SP);
    let seen = 0;
    for (const cycle of sb.control.sandbox.world.bills.cycles()) {
      for (const bill_type of ['1', '2'] as const) {
        const r = await client.bills.listSubcustomerMonthlyBills({ cycle, charge_mode: bill_type === '1' ? '1' : '3', bill_type, limit: 100 });
        seen += r.bill_sums?.length ?? 0;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('quota issue rules and a T2 caller\'s own balances', async () => {
    const quotas = await api(DEMO_SP).vouchers.listQuotaCoupons({ quota_ids: [FIXTURE_QUOTAS.limited] });
    expect(quotas.quotas?.[0]?.limit_infos?.length).toBeGreaterThan(0);
    const balances = await api(DEMO_ORPHAN_T2).funding.listPartnerBalances({});
    expect(balances.account_balances?.length).toBe(3);
  });
});
