// Vouchers: issuing out of a quota and reclaiming back into it (spec §6.2, §6.3).
import type Decimal from 'decimal.js';
import { ApiError, itemError, quotaMissing, type ItemError } from '../errors';
import { ZERO } from '../money';
import { checkIssueRequest, customerForCoupon } from './coupon-rules';
import { statusAt } from './coupon-status';
import { makeId, type Store } from './store';
import type { Coupon, Partner, Quota } from './types';

export interface IssueCouponsInput {
  quotaId: string;
  customerIds: string[];
  faceValue: Decimal;
  validTime?: number;
  expireTime?: number;
  serviceTypes: string[];
  productIds: string[];
  memo: string;
}

export interface IssueCouponsResult {
  coupon_infos: { id: string; coupon_id: string }[];
  error_details: ItemError[];
}

/** A quota of the scope partner that can be spent now. */
export function usableQuota(store: Store, scope: Partner, quotaId: string, time: number): Quota {
  const quota = store.quotas.get(quotaId);
  if (!quota || quota.ownerId !== scope.id || quota.status !== 0) throw quotaMissing(quotaId);
  if (time < quota.effectiveTime || time >= quota.expireTime) {
    throw new ApiError(400, 'CBC.99000017', `Quota ${quotaId} is not yet effective or has expired.`);
  }
  return quota;
}

export function issueCoupons(store: Store, scope: Partner, input: IssueCouponsInput, time: number): IssueCouponsResult {
  if (scope.usesCoupons) throw new ApiError(400, 'CBC.50000010', 'The partner is in "partner uses coupons" mode and cannot issue coupons.');
  const quota = usableQuota(store, scope, input.quotaId, time);
  checkIssueRequest(store, scope, quota, input);
  const effectiveTime = input.validTime ?? quota.effectiveTime;
  const expireTime = input.expireTime ?? quota.expireTime;
  if (effectiveTime < quota.effectiveTime || expireTime > quota.expireTime || expireTime <= effectiveTime) {
    throw new ApiError(400, 'CBC.0100', 'Parameter error: valid_time/expire_time must lie inside the quota validity.');
  }
  const result: IssueCouponsResult = { coupon_infos: [], error_details: [] };
  for (const customerId of input.customerIds) {
    try {
      customerForCoupon(store, scope, quota, customerId, input.faceValue, time);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      result.error_details.push(itemError(customerId, e));
      continue;
    }
    const coupon: Coupon = {
      id: makeId('CP', time, store.nextSerial()), quotaId: quota.id, issuerId: scope.id, customerId,
      type: quota.type === 1 ? 4 : 1, status: effectiveTime > time ? 1 : 2, faceValue: input.faceValue, balance: input.faceValue,
      effectiveTime, expireTime, createTime: time, memo: input.memo,
      serviceTypes: input.serviceTypes.length > 0 ? input.serviceTypes : quota.serviceTypes, productIds: input.productIds,
      ...(effectiveTime <= time ? { activeTime: time } : {}),
    };
    quota.balance = quota.balance.minus(input.faceValue);
    quota.lastUpdateTime = time;
    store.addCoupon(coupon);
    store.couponRecords.push({
      id: makeId('CR', time, store.nextSerial()), partnerId: scope.id, operationType: '1', quotaId: quota.id, quotaType: quota.type,
      couponId: coupon.id, customerId, amount: input.faceValue, time, result: '0', remark: input.memo,
    });
    result.coupon_infos.push({ id: customerId, coupon_id: coupon.id });
  }
  return result;
}

/**
 * Reclaims one coupon. Open question §10.11: we return the unused balance to the quota at once
 * and record exactly that amount (`operation_amount` = amount actually reclaimed).
 */
export function reclaimCoupon(store: Store, scope: Partner, couponId: string, time: number): Decimal {
  const coupon = store.coupons.get(couponId);
  // Another partner's coupon looks exactly like an unknown one: nothing leaks across partners.
  if (!coupon || coupon.issuerId !== scope.id) throw new ApiError(400, 'CBC.0100', `Parameter error: coupon ${couponId} does not exist.`);
  const status = statusAt(coupon.status, coupon.effectiveTime, coupon.expireTime, time);
  if (status === 3 || status === 4 || status === 5 || coupon.balance.lte(0)) {
    // Documented with HTTP 200 (legacy quirk, spec §2.4/§6.3).
    throw new ApiError(200, 'CBC.99000048', 'The coupon has already expired, been used up or been reclaimed.');
  }
  const customer = store.customerById.get(coupon.customerId);
  if (customer && customer.associationType !== '2') {
    throw new ApiError(400, 'CBC.99000045', 'A coupon given to a referral-mode customer cannot be reclaimed.');
  }
  const amount = coupon.balance;
  const quota = store.quotas.get(coupon.quotaId);
  if (!quota) throw new Error(`coupon ${coupon.id} without quota`);
  quota.balance = quota.balance.plus(amount);
  quota.lastUpdateTime = time;
  coupon.balance = ZERO;
  coupon.status = 5;
  store.couponRecords.push({
    id: makeId('CR', time, store.nextSerial()), partnerId: scope.id, operationType: '2', quotaId: quota.id, quotaType: quota.type,
    couponId: coupon.id, customerId: coupon.customerId, amount, time, result: '0', remark: '',
  });
  return amount;
}
