// Adjust records, account changes and coupon records: histories, newest first by default.
import type { z } from 'zod';
import type {
  accountChangesQuery,
  adjustRecordsQuery,
  couponRecordsQuery,
} from '../../../../../shared/contract/channels/review';
import { inClause, likeAny, partnerClause, type ViewSpec, type Where } from './table-query';

type AdjustFilters = z.output<typeof adjustRecordsQuery>['filters'];
type ChangeFilters = z.output<typeof accountChangesQuery>['filters'];
type CouponRecordFilters = z.output<typeof couponRecordsQuery>['filters'];

/** Date-only bounds cover the whole day: "to 2025-03-31" includes that day's records. */
export function timeRange(sql: string, from: string | undefined, to: string | undefined, where: Where): void {
  if (from) where.add(`${sql} >= ?`, from);
  if (to) where.add(`${sql} <= ?`, to.length === 10 ? `${to}T23:59:59Z` : to);
}

export const adjustRecordsView: ViewSpec<AdjustFilters> = {
  from: 'adjust_records a',
  key: 'a.record_key',
  defaultSort: 'a.operation_time DESC',
  columns: {
    recordKey: { sql: 'a.record_key' },
    transId: { sql: 'a.trans_id' },
    customerId: { sql: 'a.customer_id' },
    customerName: { sql: 'a.customer_name' },
    operationType: { sql: 'a.operation_type' },
    amount: { sql: 'a.amount', sort: 'a.amount_key' },
    currency: { sql: 'a.currency' },
    applyScene: { sql: 'a.apply_scene' },
    operationTime: { sql: 'a.operation_time' },
    memo: { sql: 'a.memo' },
    indirectPartnerId: { sql: 'a.indirect_partner_id' },
    fetchedAt: { sql: 'a.fetched_at' },
  },
  filter(f, where) {
    if (f.customerId) where.add('a.customer_id = ?', f.customerId);
    inClause('a.operation_type', f.operationType, where);
    partnerClause('a.indirect_partner_id', f.indirectPartnerId, where);
    timeRange('a.operation_time', f.from, f.to, where);
  },
  search: likeAny(['a.trans_id', 'a.customer_id', 'a.customer_name', 'a.memo', 'a.apply_scene']),
};

export const accountChangesView: ViewSpec<ChangeFilters> = {
  from: 'account_changes x',
  key: 'x.scope, x.balance_type, x.account_change_id',
  defaultSort: 'x.trade_time DESC',
  columns: {
    accountChangeId: { sql: 'x.account_change_id' },
    balanceType: { sql: 'x.balance_type' },
    tradeDetailType: { sql: 'x.trade_detail_type' },
    tradeTime: { sql: 'x.trade_time' },
    tradeId: { sql: 'x.trade_id' },
    changeAmount: { sql: 'x.change_amount', sort: 'x.change_key' },
    balanceAfterChange: { sql: 'x.balance_after_change', sort: 'x.balance_after_key' },
    type: { sql: 'x.type' },
    customerId: { sql: 'x.customer_id' },
    accountName: { sql: 'x.account_name' },
    currency: { sql: 'x.currency' },
    indirectPartnerId: { sql: 'x.indirect_partner_id' },
    fetchedAt: { sql: 'x.fetched_at' },
  },
  filter(f, where) {
    if (f.balanceType) where.add('x.balance_type = ?', f.balanceType);
    inClause('x.trade_detail_type', f.tradeDetailType, where);
    if (f.type) where.add('x.type = ?', f.type);
    if (f.customerId) where.add('x.customer_id = ?', f.customerId);
    partnerClause('x.indirect_partner_id', f.indirectPartnerId, where);
    timeRange('x.trade_time', f.from, f.to, where);
  },
  search: likeAny(['x.account_change_id', 'x.trade_id', 'x.customer_id', 'x.account_name', 'x.trade_detail_type']),
};

export const couponRecordsView: ViewSpec<CouponRecordFilters> = {
  from: 'coupon_records k',
  key: 'k.id',
  defaultSort: 'k.operation_time DESC',
  columns: {
    id: { sql: 'k.id' },
    operationType: { sql: 'k.operation_type' },
    quotaId: { sql: 'k.quota_id' },
    quotaType: { sql: 'k.quota_type' },
    couponId: { sql: 'k.coupon_id' },
    customerId: { sql: 'k.customer_id' },
    operationAmount: { sql: 'k.operation_amount', sort: 'k.operation_amount_key' },
    operationTime: { sql: 'k.operation_time' },
    result: { sql: 'k.result' },
    remark: { sql: 'k.remark' },
    indirectPartnerId: { sql: 'k.indirect_partner_id' },
    fetchedAt: { sql: 'k.fetched_at' },
  },
  filter(f, where) {
    inClause('k.operation_type', f.operationType, where);
    if (f.customerId) where.add('k.customer_id = ?', f.customerId);
    if (f.quotaId) where.add('k.quota_id = ?', f.quotaId);
    if (f.result) where.add('k.result = ?', f.result);
    timeRange('k.operation_time', f.from, f.to, where);
  },
  search: likeAny(['k.id', 'k.coupon_id', 'k.customer_id', 'k.quota_id', 'k.remark']),
};
