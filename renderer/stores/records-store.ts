// Records review: the partner's adjust (fund/reclaim) records and account-change records.
import type { InputOf } from '../../shared/contract/define';
import type { Contract } from '../../shared/contract';
import type { AccountChangeRow, AdjustRecordRow, accountChangeColumns, adjustRecordColumns } from '../../shared/contract/channels/review';
import { api } from '../bridge';
import { createPagedList } from '../components/table/paged-list';

export type AdjustColumn = (typeof adjustRecordColumns)[number];
export type AdjustFilters = NonNullable<InputOf<Contract['review']['adjustRecords']>['filters']>;
export type AccountChangeColumn = (typeof accountChangeColumns)[number];
export type AccountChangeFilters = NonNullable<InputOf<Contract['review']['accountChanges']>['filters']>;

export const adjustRecordsList = createPagedList<AdjustRecordRow, AdjustColumn, AdjustFilters>({
  initialFilters: {},
  initialSort: { column: 'operationTime', direction: 'desc' },
  fetch: (request) => api.review.adjustRecords(request),
});

export const accountChangesList = createPagedList<AccountChangeRow, AccountChangeColumn, AccountChangeFilters>({
  initialFilters: {},
  initialSort: { column: 'tradeTime', direction: 'desc' },
  fetch: (request) => api.review.accountChanges(request),
});
