// Vouchers review: quotas, quotas given to T2s, issued coupons, coupon records and the T1's
// quota grant/reclaim records, plus the selections the Reclaim actions work on.
import type { InputOf } from '../../shared/contract/define';
import type { Contract } from '../../shared/contract';
import type {
  ChildQuotaRow,
  CouponRecordRow,
  IssuedCouponRow,
  QuotaRecordRow,
  QuotaRow,
  childQuotaColumns,
  couponRecordColumns,
  issuedCouponColumns,
  quotaColumns,
  quotaRecordColumns,
} from '../../shared/contract/channels/review';
import { api } from '../bridge';
import { createPagedList } from '../components/table/paged-list';
import { createRowSelection } from '../components/table/row-selection';

type FiltersOf<C extends keyof Contract['review']> = NonNullable<InputOf<Contract['review'][C]> extends { filters?: infer F } ? F : never>;

export type QuotaColumn = (typeof quotaColumns)[number];
export type ChildQuotaColumn = (typeof childQuotaColumns)[number];
export type IssuedCouponColumn = (typeof issuedCouponColumns)[number];
export type CouponRecordColumn = (typeof couponRecordColumns)[number];
export type QuotaRecordColumn = (typeof quotaRecordColumns)[number];
export type IssuedCouponFilters = FiltersOf<'issuedCoupons'>;
export type ChildQuotaFilters = FiltersOf<'childQuotas'>;
export type QuotaRecordFilters = FiltersOf<'quotaRecords'>;
export type CouponRecordFilters = FiltersOf<'couponRecords'>;

export const quotasList = createPagedList<QuotaRow, QuotaColumn, FiltersOf<'quotas'>>({
  initialFilters: {},
  initialSort: { column: 'expireTime', direction: 'asc' },
  fetch: (request) => api.review.quotas(request),
});

export const childQuotasList = createPagedList<ChildQuotaRow, ChildQuotaColumn, ChildQuotaFilters>({
  initialFilters: {},
  initialSort: { column: 'indirectPartnerName', direction: 'asc' },
  fetch: (request) => api.review.childQuotas(request),
});

export const issuedCouponsList = createPagedList<IssuedCouponRow, IssuedCouponColumn, IssuedCouponFilters>({
  initialFilters: {},
  initialSort: { column: 'createTime', direction: 'desc' },
  fetch: (request) => api.review.issuedCoupons(request),
});

export const couponRecordsList = createPagedList<CouponRecordRow, CouponRecordColumn, CouponRecordFilters>({
  initialFilters: {},
  initialSort: { column: 'operationTime', direction: 'desc' },
  fetch: (request) => api.review.couponRecords(request),
});

export const quotaRecordsList = createPagedList<QuotaRecordRow, QuotaRecordColumn, QuotaRecordFilters>({
  initialFilters: {},
  initialSort: { column: 'operationTime', direction: 'desc' },
  fetch: (request) => api.review.quotaRecords(request),
});

/** Coupons ticked in the issued list, for "Reclaim selected". */
export const issuedCouponsSelection = createRowSelection(issuedCouponsList);
/** Child quotas ticked in the reseller-quota list, for "Reclaim selected quotas". */
export const childQuotasSelection = createRowSelection(childQuotasList);

/** Other screens open the voucher actions through these (e.g. "Issue voucher to selected"). */
export { openIssue, openQuotaGrant, openQuotaReclaim, openReclaim } from './voucher-forms-store';
