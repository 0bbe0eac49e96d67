// Bills review: monthly sums grouped by month, customer and/or service, and the monthly series
// for the chart. Bill months are Beijing-time cycles (YYYY-MM), as the API keeps them.
import { create } from 'zustand';
import type { InputOf } from '../../shared/contract/define';
import type { Contract } from '../../shared/contract';
import type { BillDetailRow, BillSeries, BillSumGroupRow, billDetailColumns, billGroupKeys, billSumColumns } from '../../shared/contract/channels/review';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { recentBeijingMonths } from '../components/format/time';
import { errorOf } from '../components/error-of';
import { createPagedList } from '../components/table/paged-list';

export type BillSumColumn = (typeof billSumColumns)[number];
export type BillGroupKey = (typeof billGroupKeys)[number];
export type BillFilters = NonNullable<InputOf<Contract['review']['billSums']>['filters']>;
export type BillDetailColumn = (typeof billDetailColumns)[number];
export type BillDetailFilters = NonNullable<InputOf<Contract['review']['billDetails']>['filters']>;

const initialMonths = recentBeijingMonths(new Date(), 6);

interface BillsState {
  readonly groupBy: readonly BillGroupKey[];
  readonly series: BillSeries | null;
  readonly seriesError: IpcError | null;
  setGroupBy(groupBy: readonly BillGroupKey[]): void;
  loadSeries(filters: BillFilters): Promise<void>;
}

export const useBills = create<BillsState>((set) => ({
  groupBy: ['customer'],
  series: null,
  seriesError: null,
  setGroupBy(groupBy) {
    set({ groupBy });
    billSumsList.getState().refresh();
  },
  async loadSeries(filters) {
    try {
      const series = await api.review.billSeries({
        fromCycle: filters.fromCycle,
        toCycle: filters.toCycle,
        customerId: filters.customerId,
        cloudServiceType: filters.cloudServiceType,
        indirectPartnerId: filters.indirectPartnerId,
      });
      set({ series, seriesError: null });
    } catch (e) {
      set({ seriesError: errorOf(e) });
    }
  },
}));

export const billSumsList = createPagedList<BillSumGroupRow, BillSumColumn, BillFilters>({
  initialFilters: { fromCycle: initialMonths[0], toCycle: initialMonths[initialMonths.length - 1] },
  initialSort: { column: 'amount', direction: 'desc' },
  fetch: (request) => api.review.billSums({ ...request, groupBy: [...useBills.getState().groupBy] }),
});

/** Per-resource lines, opened from a sum row (its customer, month and service). */
export const billDetailsList = createPagedList<BillDetailRow, BillDetailColumn, BillDetailFilters>({
  initialFilters: {},
  initialSort: { column: 'tradeTime', direction: 'desc' },
  fetch: (request) => api.review.billDetails(request),
});
