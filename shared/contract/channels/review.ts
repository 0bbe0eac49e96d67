// Offline review: windowed, searchable, sortable, filterable queries over the local store,
// plus export of any table view. Everything here is answered from the store, so it works
// when the endpoint is unreachable. Every result carries the as-of time of its data.
import { z } from 'zod';
import { channel } from '../define';
import type {
  AccountBalanceRow,
  AccountChangeRow,
  AdjustRecordRow,
  BillDetailRow,
  BillSeriesPoint,
  BillSumGroupRow,
  ChildQuotaRow,
  CouponRecordRow,
  CustomerRow,
  IssuedCouponRow,
  QuotaRecordRow,
  QuotaRow,
  ResellerRow,
} from './review-rows';

export type * from './review-rows';

/** Decimal text as filters take it: "100", "-3.5", "1234.56". */
export const decimalText = z.string().regex(/^-?\d{1,15}(\.\d{1,8})?$/, { message: 'rule:amountFormat' });
const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/);
export const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const id = z.string().min(1).max(128);

/** Largest window one query returns; a virtualized table asks for what it shows plus overscan. */
export const MAX_PAGE = 1000;

/** Common shape of every table query: a window, a search, one sort column, filters. */
function tableQuery<C extends readonly [string, ...string[]], F extends z.ZodRawShape>(columns: C, filters: F) {
  return z.strictObject({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(MAX_PAGE).default(100),
    /** Free text: names (Chinese or Latin), ids, phones, e-mails. 1–2 characters work too. */
    search: z.string().max(200).optional(),
    sort: z.strictObject({ column: z.enum(columns), direction: z.enum(['asc', 'desc']).default('asc') }).optional(),
    filters: z.strictObject(filters).prefault({} as never),
  });
}

/** Rows kept but no longer listed by the API: hidden by default. */
const deletedFilter = z.enum(['exclude', 'include', 'only']).default('exclude');
const timeRange = { from: isoTime.optional(), to: isoTime.optional() };

export const customerColumns = [
  'customerId', 'accountName', 'customerName', 'associationType', 'associatedOn', 'label', 'telephone',
  'email', 'verifiedStatus', 'customerType', 'isFrozen', 'customerLevel', 'xaccountId', 'accountManager',
  'indirectPartnerId', 'indirectPartnerName', 'balance', 'debtAmount', 'balanceFetchedAt', 'fetchedAt', 'deletedAt',
] as const;
export const customersQuery = tableQuery(customerColumns, {
  associationType: z.enum(['1', '2']).optional(),
  /** Exactly these customers (e.g. the ones an operator ticked), at most one window's worth. */
  customerIds: z.array(id).max(MAX_PAGE).optional(),
  verifiedStatus: z.array(z.enum(['-1', '0', '1', '2'])).max(4).optional(),
  customerType: z.array(z.number().int()).max(4).optional(),
  /** A T2's id for its customers; null for the partner's own (direct) customers; absent for all. */
  indirectPartnerId: z.string().max(64).nullable().optional(),
  balanceMin: decimalText.optional(),
  balanceMax: decimalText.optional(),
  frozen: z.boolean().optional(),
  deleted: deletedFilter,
});

export const resellerColumns = [
  'indirectPartnerId', 'accountName', 'name', 'mobilePhone', 'email', 'associatedOn', 'accountManagerName',
  'balance', 'creditBalance', 'balanceFetchedAt', 'customerCount', 'fetchedAt', 'deletedAt',
] as const;
export const resellersQuery = tableQuery(resellerColumns, {
  balanceMin: decimalText.optional(),
  balanceMax: decimalText.optional(),
  deleted: deletedFilter,
});

export const adjustRecordColumns = [
  'transId', 'customerId', 'customerName', 'operationType', 'amount', 'applyScene', 'operationTime', 'memo',
  'indirectPartnerId', 'fetchedAt',
] as const;
export const adjustRecordsQuery = tableQuery(adjustRecordColumns, {
  customerId: id.optional(),
  operationType: z.array(z.string().max(64)).max(5).optional(),
  indirectPartnerId: z.string().max(64).nullable().optional(),
  ...timeRange,
});

export const accountChangeColumns = [
  'accountChangeId', 'balanceType', 'tradeDetailType', 'tradeTime', 'tradeId', 'changeAmount',
  'balanceAfterChange', 'type', 'customerId', 'accountName', 'indirectPartnerId', 'fetchedAt',
] as const;
export const accountChangesQuery = tableQuery(accountChangeColumns, {
  balanceType: z.enum(['BALANCE_TYPE_DEBIT', 'BALANCE_TYPE_CREDIT']).optional(),
  tradeDetailType: z.array(z.string().max(64)).max(50).optional(),
  /** "1" income, "2" expense. */
  type: z.enum(['1', '2']).optional(),
  customerId: id.optional(),
  indirectPartnerId: z.string().max(64).nullable().optional(),
  ...timeRange,
});

export const quotaColumns = [
  'quotaId', 'quotaType', 'quotaValue', 'balance', 'quotaStatus', 'createTime', 'lastUpdateTime',
  'effectiveTime', 'expireTime', 'fetchedAt', 'deletedAt',
] as const;
const quotaFilters = {
  quotaStatus: z.array(z.number().int()).max(10).optional(),
  quotaType: z.number().int().optional(),
  deleted: deletedFilter,
};
export const quotasQuery = tableQuery(quotaColumns, quotaFilters);

export const childQuotaColumns = [
  ...quotaColumns, 'parentQuotaId', 'indirectPartnerId', 'indirectPartnerAccountName', 'indirectPartnerName',
] as const;
export const childQuotasQuery = tableQuery(childQuotaColumns, {
  ...quotaFilters,
  quotaIds: z.array(id).max(MAX_PAGE).optional(),
  parentQuotaId: id.optional(),
  indirectPartnerId: z.string().max(64).optional(),
});

export const issuedCouponColumns = [
  'couponId', 'customerId', 'customerName', 'accountName', 'couponType', 'status', 'faceValue', 'balance',
  'effectiveTime', 'expireTime', 'createTime', 'lastUsedTime', 'orderId', 'promotionPlanName', 'isFrozen',
  'indirectPartnerId', 'reclaimedAmount', 'fetchedAt', 'deletedAt',
] as const;
export const issuedCouponsQuery = tableQuery(issuedCouponColumns, {
  customerId: id.optional(),
  /** Exactly these coupons (e.g. the ones an operator ticked). */
  couponIds: z.array(id).max(MAX_PAGE).optional(),
  status: z.array(z.number().int().min(1).max(5)).max(5).optional(),
  couponType: z.number().int().optional(),
  indirectPartnerId: z.string().max(64).nullable().optional(),
  deleted: deletedFilter,
});

export const couponRecordColumns = [
  'id', 'operationType', 'quotaId', 'quotaType', 'couponId', 'customerId', 'operationAmount', 'operationTime',
  'result', 'remark', 'indirectPartnerId', 'fetchedAt',
] as const;
export const couponRecordsQuery = tableQuery(couponRecordColumns, {
  operationType: z.array(z.string().max(4)).max(9).optional(),
  customerId: id.optional(),
  quotaId: id.optional(),
  result: z.enum(['0', '-1']).optional(),
  ...timeRange,
});

export const quotaRecordColumns = [
  'id', 'operator', 'operationType', 'quotaId', 'parentQuotaId', 'amount', 'operationTime', 'result',
  'indirectPartnerId', 'indirectPartnerAccountName', 'indirectPartnerName', 'remark', 'fetchedAt',
] as const;
export const quotaRecordsQuery = tableQuery(quotaRecordColumns, {
  /** "10" grant, "11" reclaim. */
  operationType: z.enum(['10', '11']).optional(),
  result: z.enum(['0', '-1']).optional(),
  indirectPartnerId: z.string().max(64).optional(),
  quotaId: id.optional(),
  parentQuotaId: id.optional(),
  ...timeRange,
});

export const billGroupKeys = ['cycle', 'customer', 'service'] as const;
export const billSumColumns = [
  'cycle', 'customerId', 'customerName', 'accountName', 'cloudServiceType', 'cloudServiceTypeName', 'amount',
  'debtAmount', 'discountAmount', 'adjustmentAmount', 'lineCount',
] as const;
const billFilters = {
  /** Inclusive YYYY-MM bounds. */
  fromCycle: monthText.optional(),
  toCycle: monthText.optional(),
  customerId: id.optional(),
  cloudServiceType: z.string().max(128).optional(),
  /** "1" yearly/monthly, "3" pay-per-use, "11" savings plan. */
  chargeMode: z.string().max(4).optional(),
  /** "0" consumption, "1" unsubscribe, "2" write-off. */
  billType: z.string().max(4).optional(),
  indirectPartnerId: z.string().max(64).nullable().optional(),
};
export const billSumsQuery = tableQuery(billSumColumns, billFilters).extend({
  /** Which keys the monthly sums are grouped by, e.g. ['customer'] or ['cycle', 'service']. */
  groupBy: z.array(z.enum(billGroupKeys)).min(1).max(3).default(['customer']),
});

export const billDetailColumns = [
  'billCycle', 'customerId', 'serviceTypeName', 'resourceTypeName', 'resourceName', 'regionName', 'chargingMode',
  'billDetailType', 'tradeTime', 'officialAmount', 'discountAmount', 'paymentAmount', 'cashAmount', 'creditAmount',
  'couponAmount', 'debtAmount', 'fetchedAt',
] as const;
export const billDetailsQuery = tableQuery(billDetailColumns, {
  customerId: id.optional(),
  billCycle: monthText.optional(),
  serviceTypeCode: z.string().max(128).optional(),
});

export const billSeriesInput = z.strictObject({
  fromCycle: monthText.optional(),
  toCycle: monthText.optional(),
  customerId: id.optional(),
  cloudServiceType: z.string().max(128).optional(),
  indirectPartnerId: z.string().max(64).nullable().optional(),
});

/** A window of rows: what a virtualized table needs to render and to size its scrollbar. */
export interface Page<Row> {
  readonly rows: readonly Row[];
  /** Rows matching search and filters (not just this window). */
  readonly total: number;
  readonly offset: number;
  /**
   * When this list was last fetched completely (ISO UTC); null if it never was. Rows also carry
   * their own fetchedAt, which can be newer (a partial sync) but never older.
   */
  readonly asOf: string | null;
}

export interface CustomerDetail {
  readonly customer: CustomerRow;
  /** Latest 200 by creation time. */
  readonly coupons: readonly IssuedCouponRow[];
  /** Latest 200 by operation time. */
  readonly adjustRecords: readonly AdjustRecordRow[];
  /** Monthly bill totals for this customer, oldest first. */
  readonly bills: readonly BillSeriesPoint[];
  /** Per-service sums of the latest stored month. */
  readonly latestBillByService: readonly BillSumGroupRow[];
  readonly asOf: {
    readonly customer: string | null;
    readonly balance: string | null;
    readonly coupons: string | null;
    readonly adjustRecords: string | null;
    readonly bills: string | null;
  };
}

export interface PartnerBalances {
  readonly balances: readonly AccountBalanceRow[];
  readonly asOf: string | null;
}

export interface BillSeries {
  readonly points: readonly BillSeriesPoint[];
  readonly currency: string | null;
  readonly asOf: string | null;
}

// ---- export ----

export const exportViews = {
  customers: customersQuery,
  resellers: resellersQuery,
  adjustRecords: adjustRecordsQuery,
  accountChanges: accountChangesQuery,
  quotas: quotasQuery,
  childQuotas: childQuotasQuery,
  issuedCoupons: issuedCouponsQuery,
  couponRecords: couponRecordsQuery,
  quotaRecords: quotaRecordsQuery,
  billSums: billSumsQuery,
  billDetails: billDetailsQuery,
} as const;
export type ExportView = keyof typeof exportViews;

const exportCommon = {
  format: z.enum(['csv', 'xlsx']),
  /** Language of the header row and the as-of/filter lines; defaults to the UI language. */
  language: z.enum(['en', 'zh-CN']).optional(),
  /** Visible columns in their on-screen order; absent = all columns of the view. */
  columns: z.array(z.string().max(64)).max(64).optional(),
};
function exportOf<V extends ExportView>(view: V) {
  return z.strictObject({ view: z.literal(view), query: exportViews[view], ...exportCommon });
}
/** Same query input as the table view; offset/limit are ignored: the whole filtered view is written. */
export const exportInput = z.discriminatedUnion('view', [
  exportOf('customers'), exportOf('resellers'), exportOf('adjustRecords'), exportOf('accountChanges'),
  exportOf('quotas'), exportOf('childQuotas'), exportOf('issuedCoupons'), exportOf('couponRecords'),
  exportOf('quotaRecords'), exportOf('billSums'), exportOf('billDetails'),
]);

export interface ExportResult {
  /** Absolute path under <profileDir>/exports/. */
  readonly path: string;
  /** File name only; pass it to review.downloadExport in the web host. */
  readonly fileName: string;
  readonly format: 'csv' | 'xlsx';
  readonly rowCount: number;
  readonly bytes: number;
  readonly asOf: string | null;
}

/** The bytes of an export, for the web host where the browser cannot read the file itself. */
export interface ExportDownload {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
  readonly bytes: number;
}

const noInput = z.undefined().optional();

/** The Funding and voucher forms' counterparty picker: a search over every stored customer and T2. */
export const counterpartiesInput = z.strictObject({
  /** Name (Chinese or Latin), account name, id, phone or e-mail; any part of it. */
  search: z.string().max(200),
  /** Which kinds to search; absent = both. */
  kinds: z.array(z.enum(['customer', 't2'])).min(1).max(2).optional(),
  /** Only the customers of this T2 (a T2 chosen first); null = only the partner's own. */
  indirectPartnerId: z.string().max(64).nullable().optional(),
  limit: z.number().int().min(1).max(50).default(20),
});

export interface CounterpartyMatches {
  /** Best matches first (by account name); at most `limit`. */
  readonly customers: readonly CustomerRow[];
  /** How many stored customers match in all (the picker says "N more"). */
  readonly customersTotal: number;
  readonly resellers: readonly ResellerRow[];
  readonly resellersTotal: number;
  readonly asOf: string | null;
}

export const reviewChannels = {
  /** Counterparty picker (Funding, vouchers): searches the local store, so it is not limited to one page of the API. */
  counterparties: channel<CounterpartyMatches>()(counterpartiesInput, ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  customers: channel<Page<CustomerRow>>()(customersQuery, ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  customer: channel<CustomerDetail>()(z.strictObject({ customerId: id }), ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  /** The partner's own balances, or a T2's (T1 only). */
  partnerBalances: channel<PartnerBalances>()(
    z.strictObject({ indirectPartnerId: z.string().max(64).optional() }).optional(),
    ['STORE_UNAVAILABLE', 'STORE_CORRUPT'],
  ),
  /** T1 only; an SP's store has no resellers (empty page). Their customers: review.customers with filters.indirectPartnerId. */
  resellers: channel<Page<ResellerRow>>()(resellersQuery, ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  adjustRecords: channel<Page<AdjustRecordRow>>()(adjustRecordsQuery, ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  accountChanges: channel<Page<AccountChangeRow>>()(accountChangesQuery, ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  quotas: channel<Page<QuotaRow>>()(quotasQuery, ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  childQuotas: channel<Page<ChildQuotaRow>>()(childQuotasQuery, ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  issuedCoupons: channel<Page<IssuedCouponRow>>()(issuedCouponsQuery, ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  couponRecords: channel<Page<CouponRecordRow>>()(couponRecordsQuery, ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  /** T1 only: grants and reclaims of T2 voucher quota; an SP's store has none (empty page). */
  quotaRecords: channel<Page<QuotaRecordRow>>()(quotaRecordsQuery, ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  /** Monthly sums grouped by cycle / customer / service. Search matches customer and service names. */
  billSums: channel<Page<BillSumGroupRow>>()(billSumsQuery, ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  /** Totals per month, oldest first: the bills chart. */
  billSeries: channel<BillSeries>()(billSeriesInput, ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  billDetails: channel<Page<BillDetailRow>>()(billDetailsQuery, ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  /** Writes the whole filtered view to <profileDir>/exports/ and returns the path (not the bytes). */
  export: channel<ExportResult>()(exportInput, ['STORE_UNAVAILABLE', 'STORE_CORRUPT', 'EXPORT_FAILED']),
  /** Web host only needs this: the bytes of a file written by review.export, base64, at most 50 MB. */
  downloadExport: channel<ExportDownload>()(
    z.strictObject({ fileName: z.string().min(1).max(200) }),
    ['EXPORT_NOT_FOUND', 'EXPORT_TOO_LARGE'],
  ),
  /** Lists exports already written, newest first. */
  exports: channel<readonly { fileName: string; bytes: number; createdAt: string }[]>()(noInput, ['STORE_UNAVAILABLE']),
};
