// Vouchers review (read-only): quotas, quotas given to T2s, issued coupons, coupon records.
import type { InputOf } from '../../shared/contract/define';
import type { Contract } from '../../shared/contract';
import type {
  ChildQuotaRow,
  CouponRecordRow,
  IssuedCouponRow,
  QuotaRow,
  childQuotaColumns,
  couponRecordColumns,
  issuedCouponColumns,
  quotaColumns,
} from '../../shared/contract/channels/review';
import { api } from '../bridge';
import { createPagedList } from '../components/table/paged-list';

type FiltersOf<C extends keyof Contract['review']> = NonNullable<InputOf<Contract['review'][C]> extends { filters?: infer F } ? F : never>;

export type QuotaColumn = (typeof quotaColumns)[number];
export type ChildQuotaColumn = (typeof childQuotaColumns)[number];
export type IssuedCouponColumn = (typeof issuedCouponColumns)[number];
export type CouponRecordColumn = (typeof couponRecordColumns)[number];
export type IssuedCouponFilters = FiltersOf<'issuedCoupons'>;
export type CouponRecordFilters = FiltersOf<'couponRecords'>;

export const quotasList = createPagedList<QuotaRow, QuotaColumn, FiltersOf<'quotas'>>({
  initialFilters: {},
  initialSort: { column: 'expireTime', direction: 'asc' },
  fetch: (request) => api.review.quotas(request),
});

export const childQuotasList = createPagedList<ChildQuotaRow, ChildQuotaColumn, FiltersOf<'childQuotas'>>({
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
