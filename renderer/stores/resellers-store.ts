// Resellers review (T1 only): the windowed T2 list, the partner's and the selected T2's
// balances, and a short list of T2s for filter menus.
import { create } from 'zustand';
import type { InputOf } from '../../shared/contract/define';
import type { Contract } from '../../shared/contract';
import type { PartnerBalances, ResellerRow, resellerColumns } from '../../shared/contract/channels/review';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { errorOf } from '../components/error-of';
import { createPagedList } from '../components/table/paged-list';

export type ResellerColumn = (typeof resellerColumns)[number];
export type ResellerFilters = NonNullable<InputOf<Contract['review']['resellers']>['filters']>;

export const resellersList = createPagedList<ResellerRow, ResellerColumn, ResellerFilters>({
  initialFilters: {},
  initialSort: { column: 'name', direction: 'asc' },
  fetch: (request) => api.review.resellers(request),
});

interface BalancesState {
  readonly own: PartnerBalances | null;
  readonly ownError: IpcError | null;
  readonly selected: ResellerRow | null;
  readonly selectedBalances: PartnerBalances | null;
  readonly selectedError: IpcError | null;
  /** T2s for filter menus (the first 1000 by name). */
  readonly options: readonly { id: string; name: string }[];
  loadOwn(): Promise<void>;
  loadOptions(): Promise<void>;
  select(row: ResellerRow | null): Promise<void>;
}

export const useResellerBalances = create<BalancesState>((set, get) => ({
  own: null,
  ownError: null,
  selected: null,
  selectedBalances: null,
  selectedError: null,
  options: [],
  async loadOwn() {
    try {
      set({ own: await api.review.partnerBalances(), ownError: null });
    } catch (e) {
      set({ ownError: errorOf(e) });
    }
  },
  async loadOptions() {
    try {
      const page = await api.review.resellers({ limit: 1000, sort: { column: 'name', direction: 'asc' } });
      set({ options: page.rows.map((r) => ({ id: r.indirectPartnerId, name: r.name ?? r.accountName ?? r.indirectPartnerId })) });
    } catch {
      // Without the list the filter still offers "any" and "own customers".
    }
  },
  async select(row) {
    set({ selected: row, selectedBalances: null, selectedError: null });
    if (!row) return;
    try {
      const balances = await api.review.partnerBalances({ indirectPartnerId: row.indirectPartnerId });
      if (get().selected === row) set({ selectedBalances: balances });
    } catch (e) {
      if (get().selected === row) set({ selectedError: errorOf(e) });
    }
  },
}));
