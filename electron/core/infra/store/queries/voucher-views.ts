// Quotas, child quotas (T1 → T2), issued coupons and the T1's quota grant/reclaim records.
import type { z } from 'zod';
import type { childQuotasQuery, issuedCouponsQuery, quotaRecordsQuery, quotasQuery } from '../../../../../shared/contract/channels/review';
import { timeRange } from './record-views';
import { deletedClause, inClause, likeAny, partnerClause, type Column, type ViewSpec, type Where } from './table-query';

type QuotaFilters = z.output<typeof quotasQuery>['filters'];
type ChildQuotaFilters = z.output<typeof childQuotasQuery>['filters'];
type CouponFilters = z.output<typeof issuedCouponsQuery>['filters'];
type QuotaRecordFilters = z.output<typeof quotaRecordsQuery>['filters'];

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
    // JSON text here; the review handler parses it into LimitInfo[].
    limitInfos: { sql: `${a}.limit_infos` },
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
    inClause('q.quota_id', f.quotaIds, where);
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
    // The latest successful manual reclaim of this coupon (operation type 2, §6.5).
    reclaimedAmount: {
      sql: `(SELECT r.operation_amount FROM coupon_records r WHERE r.coupon_id = k.coupon_id AND r.operation_type = '2'
        AND r.result = '0' ORDER BY r.operation_time DESC LIMIT 1)`,
      sort: `(SELECT r.operation_amount_key FROM coupon_records r WHERE r.coupon_id = k.coupon_id AND r.operation_type = '2'
        AND r.result = '0' ORDER BY r.operation_time DESC LIMIT 1)`,
    },
    fetchedAt: { sql: 'k.fetched_at' },
    deletedAt: { sql: 'k.deleted_at' },
  },
  filter(f, where) {
    if (f.customerId) where.add('k.customer_id = ?', f.customerId);
    inClause('k.coupon_id', f.couponIds, where);
    inClause('k.status', f.status, where);
    if (f.couponType !== undefined) where.add('k.coupon_type = ?', f.couponType);
    partnerClause('k.indirect_partner_id', f.indirectPartnerId, where);
    deletedClause('k', f.deleted, where);
  },
  search: likeAny(['k.coupon_id', 'k.customer_id', 'c.account_name', 'c.customer_name', 'k.order_id', 'k.promotion_plan_name']),
};

export const quotaRecordsView: ViewSpec<QuotaRecordFilters> = {
  from: 'quota_records r',
  key: 'r.id',
  defaultSort: 'r.operation_time DESC',
  columns: {
    id: { sql: 'r.id' },
    operator: { sql: 'r.operator' },
    operationType: { sql: 'r.operation_type' },
    quotaId: { sql: 'r.quota_id' },
    parentQuotaId: { sql: 'r.parent_quota_id' },
    amount: { sql: 'r.amount', sort: 'r.amount_key' },
    operationTime: { sql: 'r.operation_time' },
    result: { sql: 'r.result' },
    indirectPartnerId: { sql: 'r.indirect_partner_id' },
    indirectPartnerAccountName: { sql: 'r.indirect_partner_account_name' },
    indirectPartnerName: { sql: 'r.indirect_partner_name' },
    remark: { sql: 'r.remark' },
    fetchedAt: { sql: 'r.fetched_at' },
  },
  filter(f, where) {
    if (f.operationType) where.add('r.operation_type = ?', f.operationType);
    if (f.result) where.add('r.result = ?', f.result);
    if (f.indirectPartnerId) where.add('r.indirect_partner_id = ?', f.indirectPartnerId);
    if (f.quotaId) where.add('r.quota_id = ?', f.quotaId);
    if (f.parentQuotaId) where.add('r.parent_quota_id = ?', f.parentQuotaId);
    timeRange('r.operation_time', f.from, f.to, where);
  },
  search: likeAny(['r.id', 'r.quota_id', 'r.parent_quota_id', 'r.indirect_partner_id', 'r.indirect_partner_account_name', 'r.indirect_partner_name', 'r.operator', 'r.remark']),
};
