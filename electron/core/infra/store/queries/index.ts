// Views by the names the review channels and exports use.
import type { ExportView } from '../../../../../shared/contract/channels/review';
import type { SyncList } from '../../../../../shared/contract/channels/sync';
import { billDetailsView, billSumsView } from './bill-views';
import { customersView, resellersView } from './customer-views';
import { accountChangesView, adjustRecordsView, couponRecordsView } from './record-views';
import type { ViewSpec } from './table-query';
import { childQuotasView, issuedCouponsView, quotaRecordsView, quotasView } from './voucher-views';

export * from './table-query';
export { billSeries, billSumsView } from './bill-views';

/** The view for a query input (bill sums depend on their grouping and filters). */
export function viewFor(view: ExportView, query: { filters: unknown; search?: string; groupBy?: unknown }): ViewSpec<unknown> {
  switch (view) {
    case 'customers': return customersView as ViewSpec<unknown>;
    case 'resellers': return resellersView as ViewSpec<unknown>;
    case 'adjustRecords': return adjustRecordsView as ViewSpec<unknown>;
    case 'accountChanges': return accountChangesView as ViewSpec<unknown>;
    case 'quotas': return quotasView as ViewSpec<unknown>;
    case 'childQuotas': return childQuotasView as ViewSpec<unknown>;
    case 'issuedCoupons': return issuedCouponsView as ViewSpec<unknown>;
    case 'couponRecords': return couponRecordsView as ViewSpec<unknown>;
    case 'quotaRecords': return quotaRecordsView as ViewSpec<unknown>;
    case 'billDetails': return billDetailsView as ViewSpec<unknown>;
    case 'billSums': return billSumsView(query as Parameters<typeof billSumsView>[0]);
  }
}

/** Which synced list a view's as-of time comes from. */
export const listOfView: Record<ExportView, SyncList> = {
  customers: 'customers',
  resellers: 'resellers',
  adjustRecords: 'adjustRecords',
  accountChanges: 'accountChanges',
  quotas: 'quotas',
  childQuotas: 'childQuotas',
  issuedCoupons: 'issuedCoupons',
  couponRecords: 'couponRecords',
  quotaRecords: 'quotaRecords',
  billSums: 'billSums',
  billDetails: 'billDetails',
};
