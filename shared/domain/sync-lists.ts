// The lists a sync fetches. Plain data, apart from the channel schemas, so the renderer's
// start-up bundle can name them without loading zod.
export const syncLists = [
  /** Customers and, for resale customers, their balances (batches of 100). */
  'customers',
  /** T1 only: the T2 resellers and their balances. */
  'resellers',
  /** The partner's own balances. */
  'partnerBalances',
  'adjustRecords',
  'accountChanges',
  'quotas',
  /** T1 only: voucher quota given to T2s. */
  'childQuotas',
  'issuedCoupons',
  'couponRecords',
  /** T1 only: grants and reclaims of T2 voucher quota (ListCouponQuotasRecords), by time window. */
  'quotaRecords',
  /** Monthly sums for the chosen months. */
  'billSums',
  /** Per-resource records for the chosen months, for customers that consumed (slow: opt in). */
  'billDetails',
] as const;
export type SyncList = (typeof syncLists)[number];
/** What a sync does when `lists` is not given. */
export const defaultSyncLists: readonly SyncList[] = syncLists.filter((l) => l !== 'billDetails');
