// Coupon status follows the sandbox clock: a live coupon past its expiry reads as expired (4),
// a not-yet-active one past its valid time reads as usable (2). The stored status only records
// what operations did (issue, use, reclaim), so moving the clock never changes the ledger.

export type CouponStatus = 1 | 2 | 3 | 4 | 5;

export function statusAt(stored: CouponStatus, effectiveTime: number, expireTime: number, now: number): CouponStatus {
  if (stored !== 1 && stored !== 2) return stored;
  if (now >= expireTime) return 4;
  if (stored === 1 && now >= effectiveTime) return 2;
  return stored;
}
