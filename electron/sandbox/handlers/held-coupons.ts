// ListSubCustomerCoupons (spec §6.6): coupons the partner (or, for a T1, one of its T2s) holds itself.
import { paramError } from '../errors';
import { statusAt } from '../ledger/coupon-status';
import { resolveScope } from '../ledger/scope';
import type { HeldCoupon } from '../ledger/types';
import { num } from '../money';
import { utcStamp } from '../util/time';
import { page, TIME_RULE, timeFilter } from '../validation';
import { compact, ok, type Ctx } from './context';

const stamp = (t: number | undefined): string | undefined => (t === undefined ? undefined : utcStamp(new Date(t)));

function view(c: HeldCoupon, status: number) {
  return compact({
    coupon_id: c.id, coupon_code: c.code, status, customer_id: c.holderId, coupon_type: c.type, measure_id: 1, face_value: num(c.faceValue),
    valid_time: stamp(c.validTime), expire_time: stamp(c.expireTime), order_id: c.orderId, promotion_plan_id: c.planId, plan_name: c.planName,
    plan_desc: c.planName, media_type: 1, fetch_method: 5, use_limits: [], active_time: stamp(c.activeTime), reserve_time: undefined,
    promotion_id: c.planId, create_time: stamp(c.createTime), coupon_version: 2, balance: num(c.balance), lock_order_id: undefined,
    // coupon_usage is left out: its JSON kind is unsettled (SDK string vs our client's number) and the spec is silent.
    is_frozen: '0', currency: 'CNY', extend_param1: '', source_id: c.sourceId,
  });
}

export function listSubCustomerCoupons(ctx: Ctx) {
  const q = ctx.query;
  const couponId = q.filter('coupon_id', { max: 64 });
  const orderId = q.filter('order_id', { max: 64 });
  const planId = q.filter('promotion_plan_id', { max: 64 });
  const sourceId = q.filter('source_id', { max: 64 });
  const type = q.int('coupon_type', 1, 4);
  const status = q.int('status', 1, 5);
  const activeBegin = timeFilter(q.str('active_start_time', TIME_RULE));
  const activeEnd = timeFilter(q.str('active_end_time', TIME_RULE));
  if (q.str('offset') !== undefined && q.str('limit') === undefined) throw paramError('offset must be used together with limit');
  const p = q.paging(2147483646, 100);
  const scope = resolveScope(ctx.world.store, ctx.caller, q.filter('indirect_partner_id', { max: 64 }));
  // Used/expired/reclaimed coupons are shown for 12 months back only (spec §6.6).
  const horizon = ctx.now - 365 * 86400_000;
  const hits = (ctx.world.store.heldCoupons.get(scope.id) ?? [])
    .map((c) => ({ c, s: statusAt(c.status, c.validTime, c.expireTime, ctx.now) }))
    .filter(({ c, s }) => (s <= 2 || c.expireTime >= horizon) && (couponId === undefined || c.id === couponId)
      && (orderId === undefined || c.orderId === orderId) && (planId === undefined || c.planId === planId)
      && (sourceId === undefined || c.sourceId === sourceId) && (type === undefined || c.type === type) && (status === undefined || s === status)
      && (activeBegin === undefined || (c.activeTime ?? -Infinity) >= activeBegin) && (activeEnd === undefined || (c.activeTime ?? Infinity) <= activeEnd));
  return ok({ count: hits.length, user_coupons: page(hits, p).map(({ c, s }) => view(c, s)) });
}
