// Quotas, child quotas (T1 → T2) and issued coupons.
import type { z } from 'zod';
import type { childQuotasQuery, issuedCouponsQuery, quotasQuery } from '../../../../../shared/contract/channels/review';
import { deletedClause, inClause, likeAny, partnerClause, type Column, type ViewSpec, type Where } from './table-query';

type QuotaFilters = z.output<typeof quotasQuery>['filters'];
type ChildQuotaFilters = z.output<typeof childQuotasQuery>['filters'];
type CouponFilters = z.output<typeof issuedCouponsQuery>['filters'];

function quotaColumns(a: string): Record<string, Column> {
  return {
    quotaId: { sql: `${a}.quota_id` },
    quotaType: { sql: `${a}.quota_type` },
    quotaValue: { sql: `${a}.quota_value`, sort: `${a}.quota_value_key` },
    balance: { sql: `${a}.balance`, sort: `${a}.balance_key` },
    quotaStatus: { sql: `${a}.quota_status` },
    currency: { sql: `${a}.currency` },
    createTime: { sql: `${a}.create_time` },
    lastUpdateTime: { sql: `${a}.last_update_time` },
    effectiveTime: { sql: `${a}.effective_time` },
    expireTime: { sql: `${a}.expire_time` },
    limits: { sql: `${a}.limits` },
    fetchedAt: { sql: `${a}.fetched_at` },
    deletedAt: { sql: `${a}.deleted_at` },
  };
}

function quotaFilter(a: string, f: QuotaFilters, where: Where): void {
  inClause(`${a}.quota_status`, f.quotaStatus, where);
  if (f.quotaType !== undefined) where.add(`${a}.quota_type = ?`, f.quotaType);
  deletedClause(a, f.deleted, where);
}

export const quotasView: ViewSpec<QuotaFilters> = {
  from: 'quotas q',
  key: 'q.quota_id',
  defaultSort: 'q.expire_time DESC',
  columns: quotaColumns('q'),
  filter: (f, where) => quotaFilter('q', f, where),
  search: likeAny(['q.quota_id', 'q.limits']),
};

export const childQuotasView: ViewSpec<ChildQuotaFilters> = {
  from: 'child_quotas q',
  key: 'q.quota_id',
  defaultSort: 'q.create_time DESC',
  columns: {
    ...quotaColumns('q'),
    parentQuotaId: { sql: 'q.parent_quota_id' },
    indirectPartnerId: { sql: 'q.indirect_partner_id' },
    indirectPartnerAccountName: { sql: 'q.indirect_partner_account_name' },
    indirectPartnerName: { sql: 'q.indirect_partner_name' },
  },
  filter(f, where) {
    quotaFilter('q', f, where);
    if (f.parentQuotaId) where.add('q.parent_quota_id = ?', f.parentQuotaId);
    if (f.indirectPartnerId) where.add('q.indirect_partner_id = ?', f.indirectPartnerId);
  },
  search: likeAny(['q.quota_id', 'q.parent_quota_id', 'q.indirect_partner_id', 'q.indirect_partner_account_name', 'q.indirect_partner_name']),
};

export const issuedCouponsView: ViewSpec<CouponFilters> = {
  from: 'issued_coupons k LEFT JOIN customers c ON c.customer_id = k.customer_id',
  key: 'k.coupon_id',
  defaultSort: 'k.create_time DESC',
  columns: {
    couponId: { sql: 'k.coupon_id' },
    customerId: { sql: 'k.customer_id' },
    customerName: { sql: 'c.customer_name' },
    accountName: { sql: 'c.account_name' },
    couponType: { sql: 'k.coupon_type' },
    status: { sql: 'k.status' },
    faceValue: { sql: 'k.face_value', sort: 'k.face_value_key' },
    balance: { sql: 'k.balance', sort: 'k.balance_key' },
    effectiveTime: { sql: 'k.effective_time' },
    expireTime: { sql: 'k.expire_time' },
    createTime: { sql: 'k.create_time' },
    lastUsedTime: { sql: 'k.last_used_time' },
    orderId: { sql: 'k.order_id' },
    promotionPlanName: { sql: 'k.promotion_plan_name' },
    isFrozen: { sql: 'k.is_frozen' },
    indirectPartnerId: { sql: 'k.indirect_partner_id' },
    fetchedAt: { sql: 'k.fetched_at' },
    deletedAt: { sql: 'k.deleted_at' },
  },
  filter(f, where) {
    if (f.customerId) where.add('k.customer_id = ?', f.customerId);
    inClause('k.status', f.status, where);
    if (f.couponType !== undefined) where.add('k.coupon_type = ?', f.couponType);
    partnerClause('k.indirect_partner_id', f.indirectPartnerId, where);
    deletedClause('k', f.deleted, where);
  },
  search: likeAny(['k.coupon_id', 'k.customer_id', 'c.account_name', 'c.customer_name', 'k.order_id', 'k.promotion_plan_name']),
};
