// Row shapes the review channels return. Field names are camelCase versions of the
// partner API's fields; every amount is a decimal string (never a float) and every row
// keeps the time it was fetched. `deletedAt` is set when a later full sync no longer
// listed the row: it is kept and marked, never dropped.

/** Decimal text such as "1234.56" or "-0.5"; null when the API did not say. */
export type Money = string;

export interface CustomerRow {
  readonly customerId: string;
  readonly accountName: string;
  /** Real-name-authentication name (`customer` in the API). */
  readonly customerName: string | null;
  /** "1" referral/consulting, "2" resale. */
  readonly associationType: string | null;
  readonly associatedOn: string | null;
  readonly label: string | null;
  readonly telephone: string | null;
  readonly countryCode: string | null;
  readonly email: string | null;
  /** "-1" not authenticated, "0" under review, "1" rejected, "2" authenticated. */
  readonly verifiedStatus: string | null;
  /** -1 none yet, 0 individual, 1 enterprise. */
  readonly customerType: number | null;
  /** 0 no, 1 account frozen, 2 account and resources frozen (reserved by the API). */
  readonly isFrozen: number | null;
  readonly customerLevel: string | null;
  readonly xaccountId: string | null;
  readonly accountManager: string | null;
  /** The T2 the customer belongs to; null for the partner's own customers. */
  readonly indirectPartnerId: string | null;
  readonly indirectPartnerName: string | null;
  /** Total available balance (resale customers only), decimal text. */
  readonly balance: Money | null;
  readonly debtAmount: Money | null;
  readonly currency: string | null;
  readonly balanceFetchedAt: string | null;
  readonly fetchedAt: string;
  readonly deletedAt: string | null;
}

export interface AccountBalanceRow {
  /** '' for the partner itself, else the T2's id. */
  readonly ownerId: string;
  readonly accountId: string;
  /** 1 cash, 2 credit, 5 bonus, 7 deposit, 8 allocatable. */
  readonly accountType: number;
  readonly amount: Money;
  readonly designatedAmount: Money | null;
  readonly creditAmount: Money | null;
  readonly currency: string | null;
  readonly memo: string | null;
  readonly fetchedAt: string;
}

export interface ResellerRow {
  readonly indirectPartnerId: string;
  readonly accountName: string | null;
  readonly name: string | null;
  readonly mobilePhone: string | null;
  readonly email: string | null;
  readonly associatedOn: string | null;
  readonly accountManagerId: string | null;
  readonly accountManagerName: string | null;
  /** Cash balance (account type 1). */
  readonly balance: Money | null;
  /** Credit balance (account type 2). */
  readonly creditBalance: Money | null;
  readonly balanceFetchedAt: string | null;
  /** Customers of this T2 in the store (not deleted). */
  readonly customerCount: number;
  readonly fetchedAt: string;
  readonly deletedAt: string | null;
}

export interface AdjustRecordRow {
  /** Stable local key: the transaction id, or a hash of the record when it has none. */
  readonly recordKey: string;
  readonly transId: string | null;
  readonly customerId: string | null;
  readonly customerName: string | null;
  /** SOURCE_OPERATION_BEADJUST | SOURCE_OPERATION_BERETRIEVE | SOURCE_OPERATION_BEUNBIND */
  readonly operationType: string | null;
  readonly amount: Money | null;
  readonly currency: string | null;
  readonly applyScene: string | null;
  readonly operationTime: string | null;
  readonly memo: string | null;
  /** The T2 whose customers' records these are; null for the partner's own. */
  readonly indirectPartnerId: string | null;
  readonly fetchedAt: string;
}

export interface AccountChangeRow {
  readonly accountChangeId: string;
  /** BALANCE_TYPE_DEBIT | BALANCE_TYPE_CREDIT */
  readonly balanceType: string;
  readonly tradeDetailType: string | null;
  readonly tradeTime: string | null;
  readonly tradeId: string | null;
  readonly changeAmount: Money | null;
  readonly balanceAfterChange: Money | null;
  /** "1" income, "2" expense. */
  readonly type: string | null;
  readonly customerId: string | null;
  readonly accountName: string | null;
  readonly currency: string | null;
  readonly indirectPartnerId: string | null;
  readonly fetchedAt: string;
}

/** One usage restriction of a quota (`limit_infos[]`, §6.7), values as text. */
export interface LimitInfo {
  readonly key: string;
  readonly values: readonly { readonly value1: string | null; readonly value2: string | null }[];
}

export interface QuotaRow {
  readonly quotaId: string;
  /** 0 voucher quota, 1 cash-coupon quota. */
  readonly quotaType: number | null;
  readonly quotaValue: Money | null;
  readonly balance: Money | null;
  /** 0 normal, 3 invalid, 4 adjusting, 5 frozen, 6 reclaimed. */
  readonly quotaStatus: number | null;
  readonly currency: string | null;
  readonly createTime: string | null;
  readonly lastUpdateTime: string | null;
  readonly effectiveTime: string | null;
  readonly expireTime: string | null;
  /** Usage restrictions as "key=value1[/value2]; …". */
  readonly limits: string | null;
  /** The same restrictions, structured (shared/domain/voucher-limits.ts puts them into words); null when none or not yet re-synced. */
  readonly limitInfos: readonly LimitInfo[] | null;
  readonly fetchedAt: string;
  readonly deletedAt: string | null;
}

export interface ChildQuotaRow extends QuotaRow {
  readonly parentQuotaId: string | null;
  readonly indirectPartnerId: string | null;
  readonly indirectPartnerAccountName: string | null;
  readonly indirectPartnerName: string | null;
}

export interface IssuedCouponRow {
  readonly couponId: string;
  readonly customerId: string | null;
  /** From the customers table when known. */
  readonly customerName: string | null;
  readonly accountName: string | null;
  /** 1 voucher, 4 cash coupon. */
  readonly couponType: number | null;
  /** 1 not activated, 2 usable, 3 used, 4 expired, 5 reclaimed. */
  readonly status: number | null;
  readonly faceValue: Money | null;
  readonly balance: Money | null;
  readonly effectiveTime: string | null;
  readonly expireTime: string | null;
  readonly createTime: string | null;
  readonly lastUsedTime: string | null;
  readonly orderId: string | null;
  readonly promotionPlanName: string | null;
  readonly isFrozen: string | null;
  readonly indirectPartnerId: string | null;
  /**
   * What a manual reclaim actually took back (ListPartnerCouponsRecord operation_amount of its
   * successful reclaim record): less than the face value for a partly used coupon; null when
   * no reclaim record is stored.
   */
  readonly reclaimedAmount: Money | null;
  readonly fetchedAt: string;
  readonly deletedAt: string | null;
}

export interface CouponRecordRow {
  readonly id: string;
  /** 1 issue, 2 manual reclaim, 3 … 9 (see the API spec §6.5). */
  readonly operationType: string | null;
  readonly quotaId: string | null;
  readonly quotaType: number | null;
  readonly couponId: string | null;
  readonly customerId: string | null;
  readonly operationAmount: Money | null;
  readonly operationTime: string | null;
  /** "0" success, "-1" failure. */
  readonly result: string | null;
  readonly remark: string | null;
  readonly indirectPartnerId: string | null;
  readonly fetchedAt: string;
}

/** A grant ("10") or reclaim ("11") of T2 voucher quota (ListCouponQuotasRecords, §4.8). */
export interface QuotaRecordRow {
  readonly id: string;
  readonly operator: string | null;
  readonly operationType: string | null;
  /** The child quota. */
  readonly quotaId: string | null;
  readonly parentQuotaId: string | null;
  readonly amount: Money | null;
  readonly operationTime: string | null;
  /** "0" success, "-1" failure. */
  readonly result: string | null;
  readonly indirectPartnerId: string | null;
  readonly indirectPartnerAccountName: string | null;
  readonly indirectPartnerName: string | null;
  readonly remark: string | null;
  readonly fetchedAt: string;
}

/** One aggregated line of the monthly bill sums; the grouping decides which keys are set. */
export interface BillSumGroupRow {
  readonly cycle: string | null;
  readonly customerId: string | null;
  readonly customerName: string | null;
  readonly accountName: string | null;
  readonly cloudServiceType: string | null;
  readonly cloudServiceTypeName: string | null;
  readonly amount: Money;
  readonly debtAmount: Money;
  readonly discountAmount: Money;
  readonly adjustmentAmount: Money;
  /** How many stored bill-sum lines make up this row. */
  readonly lineCount: number;
}

export interface BillSeriesPoint {
  /** YYYY-MM (Beijing time, as the API's bill cycles). */
  readonly cycle: string;
  readonly amount: Money;
  readonly debtAmount: Money;
}

export interface BillDetailRow {
  readonly id: string;
  readonly billCycle: string;
  readonly customerId: string;
  readonly serviceTypeCode: string | null;
  readonly serviceTypeName: string | null;
  readonly resourceTypeCode: string | null;
  readonly resourceTypeName: string | null;
  readonly resourceId: string | null;
  readonly resourceName: string | null;
  readonly regionName: string | null;
  readonly chargingMode: string | null;
  readonly billDetailType: string | null;
  readonly tradeTime: string | null;
  readonly officialAmount: Money | null;
  readonly discountAmount: Money | null;
  readonly paymentAmount: Money | null;
  readonly cashAmount: Money | null;
  readonly creditAmount: Money | null;
  readonly couponAmount: Money | null;
  readonly debtAmount: Money | null;
  readonly fetchedAt: string;
}
