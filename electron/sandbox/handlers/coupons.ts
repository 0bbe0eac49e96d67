// Voucher quotas and coupons (spec §6).
import { statusAt } from '../ledger/coupon-status';
import { resolveScope } from '../ledger/scope';
import type { Coupon } from '../ledger/types';
import { num } from '../money';
import { utcStamp } from '../util/time';
import { page, TIME_RULE, timeFilter } from '../validation';
import { compact, ok, type Ctx, type Operation } from './context';
import { listSubCustomerCoupons } from './held-coupons';
import { limitInfos, withErrors, type BatchResult } from './resellers';

const stamp = (t: number | undefined): string | undefined => (t === undefined ? undefined : utcStamp(new Date(t)));
const inRange = (t: number, begin: number | undefined, end: number | undefined): boolean =>
  (begin === undefined || t > begin) && (end === undefined || t < end);

function listQuotaCoupons(ctx: Ctx) {
  const b = ctx.body;
  const ids = b.strArray('quota_ids', { max: 100, item: { max: 64 } });
  const statuses = b.intArray('quota_status_list', 10);
  const type = b.int('quota_type', 0, 1) ?? 0;
  const t = (name: string) => timeFilter(b.str(name, TIME_RULE));
  const [cb, ce, eb, ee, xb, xe] = ['create_time_begin', 'create_time_end', 'effective_time_begin', 'effective_time_end', 'expire_time_begin', 'expire_time_end'].map(t);
  const p = b.paging(2147483646, 100);
  const scope = resolveScope(ctx.world.store, ctx.caller, b.filter('indirect_partner_id', { max: 64 }));
  const hits = [...ctx.world.store.quotas.values()].filter((q) => q.ownerId === scope.id && q.type === type
    && (ids === undefined || ids.includes(q.id)) && (statuses === undefined || statuses.includes(q.status))
    && inRange(q.createTime, cb, ce) && inRange(q.effectiveTime, eb, ee) && inRange(q.expireTime, xb, xe));
  return ok({
    total_count: hits.length,
    quotas: page(hits, p).map((q) => ({
      quota_id: q.id, quota_type: q.type, create_time: stamp(q.createTime), last_update_time: stamp(q.lastUpdateTime), quota_value: num(q.value),
      quota_status: q.status, balance: num(q.balance), measure_id: 1, currency: 'CNY', effective_time: stamp(q.effectiveTime),
      expire_time: stamp(q.expireTime), limit_infos: limitInfos(q),
    })),
  });
}

function createPartnerCoupons(ctx: Ctx) {
  const b = ctx.body;
  const quotaId = b.reqStr('quota_id', { max: 64, noEmpty: true });
  const customerIds = b.strArray('customer_ids', { required: true, min: 1, max: 100, item: { max: 64 } }) ?? [];
  const faceValue = b.amount('face_value');
  const validTime = timeFilter(b.str('valid_time', TIME_RULE));
  const expireTime = timeFilter(b.str('expire_time', TIME_RULE));
  const serviceTypes = b.strArray('cloud_service_types', { max: 10, item: { max: 64 } }) ?? [];
  const productIds = b.strArray('product_ids', { max: 10, item: { max: 64 } }) ?? [];
  // Open question §10.6: memo length is undocumented; we allow 256.
  const memo = b.str('memo', { max: 256 }) ?? '';
  const ip = b.str('indirect_partner_id', { max: 64 });
  return withErrors(ctx.apply({
    kind: 'CreatePartnerCoupons', caller: ctx.caller.id, time: ctx.now, quotaId, customerIds, faceValue: faceValue.toFixed(2),
    serviceTypes, productIds, memo, ...(validTime !== undefined ? { validTime } : {}), ...(expireTime !== undefined ? { expireTime } : {}),
    ...(ip ? { ip } : {}),
  }) as BatchResult);
}

function reclaimPartnerCoupons(ctx: Ctx) {
  const couponId = ctx.body.reqStr('coupon_id', { max: 64, noEmpty: true });
  const ip = ctx.body.str('indirect_partner_id', { max: 100, noEmpty: true });
  ctx.apply({ kind: 'ReclaimPartnerCoupons', caller: ctx.caller.id, time: ctx.now, couponId, ...(ip ? { ip } : {}) });
  return { status: 204 };
}

function issuedCoupon(c: Coupon, now: number) {
  return compact({
    coupon_id: c.id, customer_id: c.customerId, status: statusAt(c.status, c.effectiveTime, c.expireTime, now), coupon_type: c.type, measure_id: 1, face_value: num(c.faceValue),
    balance: num(c.balance), effective_time: stamp(c.effectiveTime), expire_time: stamp(c.expireTime), create_time: stamp(c.createTime),
    active_time: stamp(c.activeTime), last_used_time: stamp(c.lastUsedTime), order_id: c.orderId, lock_order_id: undefined,
    promotion_plan_id: `PP${c.quotaId.slice(0, 8)}`, promotion_plan_name: c.type === 4 ? '现金券' : '代金券', promotion_plan_desc: c.memo,
    promotion_id: c.quotaId, media_type: 1, fetch_method: 3,
    use_limits: c.serviceTypes.map((s, i) => ({ use_limiti_info_id: `${c.id}-${i}`, limit_key: 'serviceType', value1: s, value2: '', value_unit: '', limit_type: '', promotion_plan_id: `PP${c.quotaId.slice(0, 8)}` })),
    is_frozen: '0',
  });
}

function listIssuedPartnerCoupons(ctx: Ctx) {
  const q = ctx.query;
  const couponId = q.str('coupon_id', { max: 64, noEmpty: true });
  const customerId = q.filter('customer_id', { max: 64 });
  const orderId = q.str('order_id', { max: 64, noEmpty: true });
  const type = q.int('coupon_type', 1, 4);
  const status = q.int('status', 1, 5);
  const t = (name: string) => timeFilter(q.str(name, TIME_RULE));
  const [cb, ce, eb, ee, xb, xe] = ['create_time_begin', 'create_time_end', 'effective_time_begin', 'effective_time_end', 'expire_time_begin', 'expire_time_end'].map(t);
  const p = q.paging(2147483646, 100);
  const store = ctx.world.store;
  const scope = resolveScope(store, ctx.caller, q.filter('indirect_partner_id', { max: 64 }));
  // Open question §10.7: we apply the docs' rule — coupons expired more than two years ago are not returned.
  const horizon = ctx.now - 730 * 86400_000;
  const hits = (store.couponsByIssuer.get(scope.id) ?? []).filter((c) => c.expireTime >= horizon && ctx.listed('CreatePartnerCoupons', c.createTime)
    && store.customerById.get(c.customerId)?.associationType === '2'
    && (couponId === undefined || c.id === couponId) && (customerId === undefined || c.customerId === customerId)
    && (orderId === undefined || c.orderId === orderId) && (type === undefined || c.type === type) && (status === undefined || statusAt(c.status, c.effectiveTime, c.expireTime, ctx.now) === status)
    && inRange(c.createTime, cb, ce) && inRange(c.effectiveTime, eb, ee) && inRange(c.expireTime, xb, xe)).reverse();
  return ok({ total_count: hits.length, user_coupons: page(hits, p).map((c) => issuedCoupon(c, ctx.now)) });
}

function listCouponRecords(ctx: Ctx) {
  const q = ctx.query;
  const ops = q.list('operation_types');
  const quotaId = q.filter('quota_id', { max: 64 });
  const quotaType = q.int('quota_type', 0, 1);
  const couponIds = q.list('coupon_ids', { max: 64 });
  const customerId = q.filter('customer_id', { max: 64 });
  const begin = timeFilter(q.str('operation_time_begin', TIME_RULE));
  const end = timeFilter(q.str('operation_time_end', TIME_RULE));
  const result = q.filter('result', { oneOf: ['0', '-1'] });
  const p = q.paging(2147483646, 100);
  const scope = resolveScope(ctx.world.store, ctx.caller, q.filter('indirect_partner_id', { max: 64 }));
  const hits = ctx.world.store.couponRecords.filter((r) => r.partnerId === scope.id && ctx.listed(r.operationType === '2' ? 'ReclaimPartnerCoupons' : 'CreatePartnerCoupons', r.time)
    && (ops === undefined || ops.includes(r.operationType))
    && (quotaId === undefined || r.quotaId === quotaId) && (quotaType === undefined || r.quotaType === quotaType)
    && (couponIds === undefined || couponIds.includes(r.couponId)) && (customerId === undefined || r.customerId === customerId)
    && (begin === undefined || r.time >= begin) && (end === undefined || r.time <= end) && (result === undefined || r.result === result)).reverse();
  return ok({
    total_count: hits.length,
    records: page(hits, p).map((r) => ({
      id: r.id, operation_type: r.operationType, quota_id: r.quotaId, quota_type: r.quotaType, coupon_id: r.couponId, customer_id: r.customerId,
      operation_amount: num(r.amount), operation_time: stamp(r.time), result: r.result, remark: r.remark,
    })),
  });
}

export const couponOperations: Operation[] = [
  { name: 'ListQuotaCoupons', method: 'POST', path: '/v2/partners/coupon-quotas/query', handler: listQuotaCoupons },
  { name: 'CreatePartnerCoupons', method: 'POST', path: '/v2/promotions/benefits/partner-coupons', handler: createPartnerCoupons },
  { name: 'ReclaimPartnerCoupons', method: 'POST', path: '/v2/promotions/benefits/partner-coupons/reclaim', handler: reclaimPartnerCoupons },
  { name: 'ListIssuedPartnerCoupons', method: 'GET', path: '/v2/promotions/benefits/partner-coupons', handler: listIssuedPartnerCoupons },
  { name: 'ListPartnerCouponsRecord', method: 'GET', path: '/v2/promotions/benefits/partner-coupons/records/query', handler: listCouponRecords },
  { name: 'ListSubCustomerCoupons', method: 'GET', path: '/v2/promotions/benefits/coupons', handler: listSubCustomerCoupons },
];
