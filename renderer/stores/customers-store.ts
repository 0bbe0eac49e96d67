// Customers review: the windowed customer list and the detail of the selected customer.
import { create } from 'zustand';
import type { InputOf } from '../../shared/contract/define';
import type { Contract } from '../../shared/contract';
import type { CustomerDetail, CustomerRow, customerColumns } from '../../shared/contract/channels/review';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { errorOf } from '../components/error-of';
import { createPagedList } from '../components/table/paged-list';

export type CustomerColumn = (typeof customerColumns)[number];
export type CustomerFilters = NonNullable<InputOf<Contract['review']['customers']>['filters']>;

export const customersList = createPagedList<CustomerRow, CustomerColumn, CustomerFilters>({
  initialFilters: {},
  initialSort: { column: 'accountName', direction: 'asc' },
  fetch: (request) => api.review.customers(request),
});

/** Customers of one T2, for the resellers screen; its filter is set when a reseller is picked. */
export const resellerCustomersList = createPagedList<CustomerRow, CustomerColumn, CustomerFilters>({
  initialFilters: { indirectPartnerId: '' },
  initialSort: { column: 'accountName', direction: 'asc' },
  fetch: (request) => api.review.customers(request),
});

interface CustomerDetailState {
  readonly selectedId: string | null;
  readonly detail: CustomerDetail | null;
  readonly loading: boolean;
  readonly error: IpcError | null;
  select(customerId: string | null): Promise<void>;
}

export const useCustomerDetail = create<CustomerDetailState>((set, get) => ({
  selectedId: null,
  detail: null,
  loading: false,
  error: null,
  async select(customerId) {
    set({ selectedId: customerId, detail: null, error: null, loading: customerId !== null });
    if (customerId === null) return;
    try {
      const detail = await api.review.customer({ customerId });
      if (get().selectedId === customerId) set({ detail, loading: false });
    } catch (e) {
      if (get().selectedId === customerId) set({ error: errorOf(e), loading: false });
    }
  },
}));
