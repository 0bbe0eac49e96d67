// T1-only operations on cloud resellers (T2) and their voucher quotas (spec §4).
import { noPermissionOnT2 } from '../errors';
import { linkedT2, requireT1 } from '../ledger/scope';
import type { Quota } from '../ledger/types';
import { num } from '../money';
import { utcStamp } from '../util/time';
import { page, TIME_RULE, timeFilter } from '../validation';
import { ok, type Ctx, type Operation } from './context';

const stamp = (t: number): string => utcStamp(new Date(t));

function listIndirectPartners(ctx: Ctx) {
  requireT1(ctx.caller);
  const b = ctx.body;
  const name = b.filter('account_name', { max: 64 });
  const begin = timeFilter(b.str('associated_on_begin', TIME_RULE));
  const end = timeFilter(b.str('associated_on_end', TIME_RULE));
  const id = b.filter('indirect_partner_id', { max: 64 });
  const p = b.paging(40000000, 100);
  const hits = [...ctx.world.store.partners.values()].filter((t) => t.role === 'T2' && t.parentId === ctx.caller.id
    && (id === undefined || t.id === id) && (name === undefined || t.accountName.includes(name))
    && (begin === undefined || t.associatedOn >= begin) && (end === undefined || t.associatedOn <= end));
  return ok({
    count: hits.length,
    indirect_partners: page(hits, p).map((t) => ({
      indirect_partner_id: t.id, mobile_phone: t.mobile, email: t.email, account_name: t.accountName, name: t.name,
      associated_on: stamp(t.associatedOn), account_manager_id: 'am_zhang', account_manager_name: '张经理',
    })),
  });
}

function t2Move(kind: 'UpdateIndirectPartnerAccount' | 'ReclaimIndirectPartnerAccount') {
  return (ctx: Ctx) => {
    requireT1(ctx.caller);
    const t2Id = ctx.body.reqStr('indirect_partner_id', { max: 64, noEmpty: true });
    const amount = ctx.body.amount('amount');
    return ok(ctx.apply({ kind, caller: ctx.caller.id, time: ctx.now, t2Id, amount: amount.toFixed(2) }));
  };
}

export type BatchResult = { error_details: unknown[] } & Record<string, unknown>;

export function withErrors(result: BatchResult) {
  const { error_details, ...rest } = result;
  return ok(error_details.length > 0 ? { ...rest, error_details } : rest);
}

function updateCouponQuotas(ctx: Ctx) {
  requireT1(ctx.caller);
  const b = ctx.body;
  const quotaId = b.reqStr('quota_id', { max: 64, noEmpty: true });
  const t2Ids = b.strArray('indirect_partner_ids', { required: true, min: 1, max: 100, item: { max: 64 } }) ?? [];
  const amount = b.amount('quota_amount');
  return withErrors(ctx.apply({ kind: 'UpdateCouponQuotas', caller: ctx.caller.id, time: ctx.now, quotaId, t2Ids, amount: amount.toFixed(2) }) as BatchResult);
}

function reclaimCouponQuotas(ctx: Ctx) {
  requireT1(ctx.caller);
  const quotaIds = ctx.body.strArray('quota_ids', { required: true, min: 1, max: 10, item: { max: 64 } }) ?? [];
  const remark = ctx.body.str('remark', { max: 256 }) ?? '';
  return withErrors(ctx.apply({ kind: 'ReclaimCouponQuotas', caller: ctx.caller.id, time: ctx.now, quotaIds, remark }) as BatchResult);
}

/** serviceType and chargeScene are documented keys (§6.7); the issue-rule keys are ours [INF]. */
export function limitInfos(q: Quota) {
  const r = q.rules ?? {};
  const one = (key: string, value1: string, value2 = '') => ({ limit_key: key, limit_values: [{ value1, value2 }] });
  return [
    ...(q.serviceTypes.length > 0 ? [{ limit_key: 'serviceType', limit_values: q.serviceTypes.map((s) => ({ value1: s, value2: '' })) }] : []),
    ...(r.chargeScenes ? [{ limit_key: 'chargeScene', limit_values: r.chargeScenes.map((s) => ({ value1: s, value2: '' })) }] : []),
    ...(r.minFaceValue || r.maxFaceValue ? [one('faceValueRange', r.minFaceValue?.toFixed(2) ?? '', r.maxFaceValue?.toFixed(2) ?? '')] : []),
    ...(r.maxCouponsPerCustomer !== undefined ? [one('maxCouponsPerCustomer', String(r.maxCouponsPerCustomer))] : []),
    ...(r.maxTotalPerCustomer ? [one('maxFaceValuePerCustomer', r.maxTotalPerCustomer.toFixed(2))] : []),
    ...(r.firstAssociationOnly ? [one('firstAssociatedCustomerOnly', '1')] : []),
    ...(r.designatedCustomers ? [{ limit_key: 'designatedCustomers', limit_values: r.designatedCustomers.map((id) => ({ value1: id, value2: '' })) }] : []),
  ];
}

function listIssuedCouponQuotas(ctx: Ctx) {
  requireT1(ctx.caller);
  const q = ctx.query;
  const quotaId = q.filter('quota_id', { max: 64 });
  const t2Id = q.filter('indirect_partner_id', { max: 64 });
  // Absent → no filter; "" → filter on an empty parent (spec §4.7), which no child quota has.
  const parentFilter = q.str('parent_quota_id', { max: 64 });
  const p = q.paging(2147483646, 100);
  const store = ctx.world.store;
  if (t2Id !== undefined) linkedT2(store, ctx.caller, t2Id);
  const hits = [...store.quotas.values()].filter((c) => {
    const parent = c.parentId !== undefined ? store.quotas.get(c.parentId) : undefined;
    return parent?.ownerId === ctx.caller.id && ctx.listed('UpdateCouponQuotas', c.createTime) && (quotaId === undefined || c.id === quotaId)
      && (t2Id === undefined || c.ownerId === t2Id) && (parentFilter === undefined || c.parentId === parentFilter);
  });
  return ok({
    total_count: hits.length,
    quotas: page(hits, p).map((c) => {
      const t2 = store.partner(c.ownerId);
      return {
        quota_id: c.id, quota_type: c.type, create_time: stamp(c.createTime), last_update_time: stamp(c.lastUpdateTime),
        effective_time: stamp(c.effectiveTime), expire_time: stamp(c.expireTime), quota_value: num(c.value), balance: num(c.balance),
        quota_status: c.status, measure_id: 1, currency: 'CNY', limit_infos: limitInfos(c), indirect_partner_id: t2.id,
        indirect_partner_account_name: t2.accountName, indirect_partner_name: t2.name, parent_quota_id: c.parentId,
      };
    }),
  });
}

function listCouponQuotasRecords(ctx: Ctx) {
  requireT1(ctx.caller);
  const q = ctx.query;
  const t2Id = q.filter('indirect_partner_id', { max: 64 });
  const quotaId = q.filter('quota_id', { max: 64 });
  const parentId = q.filter('parent_quota_id', { max: 64 });
  const begin = timeFilter(q.str('operation_time_begin', TIME_RULE));
  const end = timeFilter(q.str('operation_time_end', TIME_RULE));
  const opRaw = q.str('operation_type');
  const op = opRaw === '10' || opRaw === '11' ? opRaw : undefined; // other values are ignored (spec §4.8)
  const p = q.paging(2147483646, 100);
  const store = ctx.world.store;
  if (t2Id !== undefined && store.partners.get(t2Id)?.parentId !== ctx.caller.id) throw noPermissionOnT2(t2Id);
  const hits = store.quotaRecords.filter((r) => r.t1Id === ctx.caller.id && ctx.listed(r.operationType === '10' ? 'UpdateCouponQuotas' : 'ReclaimCouponQuotas', r.time)
    && (t2Id === undefined || r.t2Id === t2Id)
    && (quotaId === undefined || r.quotaId === quotaId) && (parentId === undefined || r.parentQuotaId === parentId)
    && (op === undefined || r.operationType === op) && (begin === undefined || r.time >= begin) && (end === undefined || r.time <= end)).reverse();
  return ok({
    total_count: hits.length,
    records: page(hits, p).map((r) => {
      const t2 = store.partner(r.t2Id);
      return {
        id: r.id, operator: r.operator, operation_type: r.operationType, quota_id: r.quotaId, parent_quota_id: r.parentQuotaId,
        amount: num(r.amount), operation_time: stamp(r.time), result: '0', indirect_partner_account_name: t2.accountName,
        indirect_partner_id: t2.id, indirect_partner_name: t2.name, remark: r.remark,
      };
    }),
  });
}

export const resellerOperations: Operation[] = [
  { name: 'ListIndirectPartners', method: 'POST', path: '/v2/partners/indirect-partners/query', handler: listIndirectPartners },
  { name: 'UpdateIndirectPartnerAccount', method: 'POST', path: '/v2/accounts/partner-accounts/indirect-partner-adjust', handler: t2Move('UpdateIndirectPartnerAccount') },
  { name: 'ReclaimIndirectPartnerAccount', method: 'POST', path: '/v2/accounts/partner-accounts/indirect-partner-reclaim', handler: t2Move('ReclaimIndirectPartnerAccount') },
  { name: 'UpdateCouponQuotas', method: 'POST', path: '/v2/partners/coupon-quotas/indirect-partner-adjust', handler: updateCouponQuotas },
  { name: 'ReclaimCouponQuotas', method: 'POST', path: '/v2/partners/coupon-quotas/indirect-partner-reclaim', handler: reclaimCouponQuotas },
  { name: 'ListIssuedCouponQuotas', method: 'GET', path: '/v2/partners/issued-coupon-quotas', handler: listIssuedCouponQuotas },
  { name: 'ListCouponQuotasRecords', method: 'GET', path: '/v2/partners/coupon-quotas/records', handler: listCouponQuotasRecords },
];
