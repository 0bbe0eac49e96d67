// Core-side plan model: rows as typed, and facts about the plan kinds.
import type { MoneyOperation } from '../../../shared/contract/channels/activity';
import type { PlanKind } from '../../../shared/contract/channels/plans';
import { WRITE_OPERATIONS } from '../../../shared/domain/operations';

export interface PlanRow {
  readonly target: string;
  readonly amount: string;
  readonly memo: string;
  readonly sourceLine: number | null;
  /** issue-coupons: the coupon's validity as typed; empty or absent → the quota's. */
  readonly validTime?: string;
  readonly expireTime?: string;
}

/** The write each plan item of a kind sends (fund-customers to a T2's customer: fundT2Customer). */
export const OPERATION_OF: Readonly<Record<PlanKind, MoneyOperation>> = {
  'fund-customers': 'fundCustomer',
  'reclaim-customers': 'reclaimCustomer',
  'fund-t2s': 'fundT2',
  'reclaim-t2s': 'reclaimT2',
  'issue-coupons': 'issueCoupon',
  'reclaim-coupons': 'reclaimCoupon',
  'grant-quotas': 'grantQuota',
  'reclaim-quotas': 'reclaimQuota',
};

/** What a row's target names: a customer (id or login), a T2, an issued coupon, a T2's child quota. */
export type TargetKind = 'customer' | 't2' | 'coupon' | 'childQuota';

export const TARGET_OF: Readonly<Record<PlanKind, TargetKind>> = {
  'fund-customers': 'customer',
  'reclaim-customers': 'customer',
  'fund-t2s': 't2',
  'reclaim-t2s': 't2',
  'issue-coupons': 'customer',
  'reclaim-coupons': 'coupon',
  'grant-quotas': 't2',
  'reclaim-quotas': 'childQuota',
};

export const targetsCustomers = (kind: PlanKind): boolean => TARGET_OF[kind] === 'customer';
export const isFunding = (kind: PlanKind): boolean => kind === 'fund-customers' || kind === 'fund-t2s';
/** Reclaims of a coupon or child quota take back what is left: the row's amount is not typed. */
export const takesAmount = (kind: PlanKind): boolean => kind !== 'reclaim-coupons' && kind !== 'reclaim-quotas';
/** Items per call: the descriptor's batch size (1 for the funding writes and coupon reclaims). */
export const itemsPerCall = (kind: PlanKind): number => WRITE_OPERATIONS[OPERATION_OF[kind]].maxPerCall;

export const MAX_MEMO = 200;
