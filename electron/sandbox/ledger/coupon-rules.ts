// The rules a coupon issue must pass (spec §6.2): first those that refuse the whole request
// (HTTP 400), then those that refuse one customer (inside error_details, HTTP 200).
import type Decimal from 'decimal.js';
import { ApiError } from '../errors';
import { PRODUCTS } from '../fixtures';
import { SERVICE_TYPES } from '../seed/names';
import { statusAt } from './coupon-status';
import { ownCustomer } from './scope';
import type { Store } from './store';
import type { Coupon, Customer, Partner, Quota } from './types';

export interface IssueRequest {
  customerIds: string[];
  faceValue: Decimal;
  serviceTypes: string[];
  productIds: string[];
}

const KNOWN_SERVICE_TYPES: ReadonlySet<string> = new Set(SERVICE_TYPES.map((s) => s.code));

/** chargeScene 0 means "yearly/monthly, any" (§6.7). */
const sceneAllowed = (allowed: readonly string[], scene: string): boolean =>
  allowed.includes(scene) || (allowed.includes('0') && (scene === '1' || scene === '2'));

/** Whole-request refusals (400). The order follows the request: who, what, how much, to whom. */
export function checkIssueRequest(store: Store, scope: Partner, quota: Quota, req: IssueRequest): void {
  const unknownService = req.serviceTypes.find((t) => !KNOWN_SERVICE_TYPES.has(t));
  if (unknownService !== undefined) throw new ApiError(400, 'CBC.50000055', `Service type ${unknownService} does not exist.`);
  const products = req.productIds.map((id) => {
    const p = PRODUCTS.find((x) => x.id === id);
    if (!p) throw new ApiError(400, 'CBC.50000054', `Product ${id} does not exist.`);
    return p;
  });
  const restricted = quota.serviceTypes;
  if (restricted.length > 0 && [...req.serviceTypes, ...products.map((p) => p.serviceType)].some((t) => !restricted.includes(t))) {
    throw new ApiError(400, 'CBC.99000023', 'The service restriction exceeds the quota restriction.');
  }
  const rules = quota.rules ?? {};
  const scenes = rules.chargeScenes;
  if (scenes !== undefined && products.some((p) => !sceneAllowed(scenes, p.chargeScene))) {
    throw new ApiError(400, 'CBC.99000024', 'The order-type restriction is outside the quota\'s order types.');
  }
  if (rules.minFaceValue !== undefined && req.faceValue.lt(rules.minFaceValue)) {
    throw new ApiError(400, 'CBC.99000018', `The face value is below the minimum of ${rules.minFaceValue.toFixed(2)}.`);
  }
  if (rules.maxFaceValue !== undefined && req.faceValue.gt(rules.maxFaceValue)) {
    throw new ApiError(400, 'CBC.99000019', `The face value is above the maximum of ${rules.maxFaceValue.toFixed(2)}.`);
  }
  // Our choice: both the SP and a T1/T2 scope count as "this partner type" (the spec names none).
  if (req.customerIds.includes(scope.id)) throw new ApiError(400, 'CBC.99000025', 'This partner type may not issue coupons to itself.');
  const known = req.customerIds.map((id) => store.customerById.get(id)).filter((c): c is Customer => c !== undefined && c.ownerId === scope.id);
  const designated = rules.designatedCustomers;
  if (designated !== undefined && known.some((c) => !designated.includes(c.id))) {
    throw new ApiError(400, 'CBC.50000020', 'This voucher is valid for designated customers only.');
  }
  if (rules.firstAssociationOnly && known.some((c) => c.reassociated)) {
    throw new ApiError(400, 'CBC.99000022', 'This coupon is only for first-time-associated customers.');
  }
}

/** Live coupons a customer holds from a quota at `time` (expired ones no longer count against the limits). */
function held(store: Store, quota: Quota, customerId: string, time: number): Coupon[] {
  return (store.couponsByIssuer.get(quota.ownerId) ?? []).filter((c) => c.quotaId === quota.id && c.customerId === customerId
    && statusAt(c.status, c.effectiveTime, c.expireTime, time) <= 2);
}

/** Per-customer refusal (inside error_details), or the customer when it may receive the coupon. */
export function customerForCoupon(store: Store, scope: Partner, quota: Quota, customerId: string, faceValue: Decimal, time: number): Customer {
  const c = store.customerById.get(customerId);
  // A T1 acting in its own scope on its T2's customer: related, but without the ip no permission.
  if (c && scope.role === 'T1' && store.partners.get(c.ownerId)?.parentId === scope.id) {
    throw new ApiError(200, 'CBC.99000000', `No permission to operate on customer ${customerId}: pass the cloud reseller's indirect_partner_id.`);
  }
  const customer = ownCustomer(store, scope, customerId);
  if (customer.associationType !== '2') throw new ApiError(200, 'CBC.99000014', 'This coupon may not be given to customers of this association type.');
  if (customer.custodied) throw new ApiError(200, 'CBC.50000034', 'Coupons cannot be issued to a financially custodied enterprise sub-account.');
  const rules = quota.rules ?? {};
  if (rules.maxCouponsPerCustomer !== undefined || rules.maxTotalPerCustomer !== undefined) {
    const mine = held(store, quota, customerId, time);
    if (rules.maxCouponsPerCustomer !== undefined && mine.length + 1 > rules.maxCouponsPerCustomer) {
      throw new ApiError(200, 'CBC.99000020', `A customer may hold at most ${rules.maxCouponsPerCustomer} coupons from this quota.`);
    }
    const total = mine.reduce((s, x) => s.plus(x.faceValue), faceValue);
    if (rules.maxTotalPerCustomer !== undefined && total.gt(rules.maxTotalPerCustomer)) {
      throw new ApiError(200, 'CBC.99000021', `The total face value for a customer would exceed ${rules.maxTotalPerCustomer.toFixed(2)}.`);
    }
  }
  if (quota.balance.lt(faceValue)) throw new ApiError(200, 'CBC.99000013', 'The quota balance is insufficient.');
  return customer;
}
