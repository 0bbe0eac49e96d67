// The partner-API reads a sync needs, as a narrow port: tests drive the sync with a fake,
// the app with the real typed client (fromPartnerApi). Inputs and outputs are the API's
// wire fields (spec §3–§7); amounts may be Decimal, number or string.
import type {
  WireAccountBalance,
  WireAccountChange,
  WireAdjustRecord,
  WireBillDetail,
  WireBillSum,
  WireChildQuota,
  WireCouponRecord,
  WireCustomer,
  WireCustomerBalance,
  WireIndirectPartner,
  WireIssuedCoupon,
  WireQuota,
  WireQuotaRecord,
} from '../infra/store/wire';

type Paging = { readonly offset: number; readonly limit: number };
type Scoped = { readonly indirect_partner_id?: string };
type Call<I, O> = (input: I, options?: { signal?: AbortSignal }) => Promise<O & { readonly requestId?: string }>;

export interface SyncApi {
  listSubCustomers: Call<Paging & Scoped, { count?: number | null; customer_infos?: readonly WireCustomer[] | null }>;
  listCustomersBalancesDetail: Call<
    { customer_infos: { customer_id: string }[] } & Scoped,
    { customer_balances?: readonly WireCustomerBalance[] | null }
  >;
  listIndirectPartners: Call<Paging, { count?: number | null; indirect_partners?: readonly WireIndirectPartner[] | null }>;
  listPartnerBalances: Call<Scoped, { account_balances?: readonly WireAccountBalance[] | null }>;
  listPartnerAdjustRecords: Call<
    Paging & Scoped & { operation_time_begin?: string; operation_time_end?: string },
    { total_count?: number | null; records?: readonly WireAdjustRecord[] | null }
  >;
  listPartnerAccountChangeRecords: Call<
    Paging & Scoped & { balance_type: string; trade_time_begin?: string; trade_time_end?: string },
    { total_count?: number | null; currency?: string | null; records?: readonly WireAccountChange[] | null }
  >;
  listQuotaCoupons: Call<Paging, { total_count?: number | null; quotas?: readonly WireQuota[] | null }>;
  listIssuedCouponQuotas: Call<Paging, { total_count?: number | null; quotas?: readonly WireChildQuota[] | null }>;
  listCouponQuotasRecords: Call<
    Paging & { operation_time_begin?: string; operation_time_end?: string },
    { total_count?: number | null; records?: readonly WireQuotaRecord[] | null }
  >;
  listIssuedPartnerCoupons: Call<Paging & Scoped, { total_count?: number | null; user_coupons?: readonly WireIssuedCoupon[] | null }>;
  listPartnerCouponsRecord: Call<
    Paging & Scoped & { operation_time_begin?: string; operation_time_end?: string },
    { total_count?: number | null; records?: readonly WireCouponRecord[] | null }
  >;
  listSubcustomerMonthlyBills: Call<
    Paging & Scoped & { cycle: string; charge_mode: string },
    { count?: number | null; currency?: string | null; bill_sums?: readonly WireBillSum[] | null }
  >;
  listConsumeSubCustomers: Call<Paging & { bill_cycle: string }, { total_count?: number | null; sub_customers?: readonly { customer_id: string }[] | null }>;
  listSubCustomerBillDetail: Call<
    Paging & { bill_cycle: string; customer_id: string },
    { total_count?: number | null; currency?: string | null; fee_records?: readonly WireBillDetail[] | null }
  >;
}

type AnyFn = (input: unknown, options?: { signal?: AbortSignal }) => Promise<unknown>;
type AreaMap = Readonly<Record<string, Readonly<Record<string, AnyFn>>>>;

/** Where each read lives in electron/core/partner-api's areas. */
const routes: Record<keyof SyncApi, readonly [string, string]> = {
  listSubCustomers: ['customers', 'listSubCustomers'],
  listCustomersBalancesDetail: ['funding', 'listCustomersBalancesDetail'],
  listIndirectPartners: ['resellers', 'listIndirectPartners'],
  listPartnerBalances: ['funding', 'listPartnerBalances'],
  listPartnerAdjustRecords: ['funding', 'listPartnerAdjustRecords'],
  listPartnerAccountChangeRecords: ['funding', 'listPartnerAccountChangeRecords'],
  listQuotaCoupons: ['vouchers', 'listQuotaCoupons'],
  listIssuedCouponQuotas: ['resellers', 'listIssuedCouponQuotas'],
  listCouponQuotasRecords: ['resellers', 'listCouponQuotasRecords'],
  listIssuedPartnerCoupons: ['vouchers', 'listIssuedPartnerCoupons'],
  listPartnerCouponsRecord: ['vouchers', 'listPartnerCouponsRecord'],
  listSubcustomerMonthlyBills: ['bills', 'listSubcustomerMonthlyBills'],
  listConsumeSubCustomers: ['bills', 'listConsumeSubCustomers'],
  listSubCustomerBillDetail: ['bills', 'listSubCustomerBillDetail'],
};

/** Adapts the typed partner API (createPartnerApi) to the sync's port. */
export function fromPartnerApi(api: unknown): SyncApi {
  const areas = api as AreaMap;
  const out: Record<string, AnyFn> = {};
  for (const [name, [area, fn]] of Object.entries(routes)) {
    out[name] = (input, options) => {
      const call = areas[area]?.[fn];
      if (!call) throw new Error(`partner API has no ${area}.${fn}`);
      return call(input, options);
    };
  }
  return out as unknown as SyncApi;
}
