// One review table as every screen shows it: search as you type, column choice, export of the
// current view, the row count, errors, and the virtualized grid. Filters come from the screen.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ExportView } from '../../shared/contract/channels/review';
import { ErrorNotice } from './ErrorNotice';
import { ExportButton, type ExportBase } from './ExportButton';
import { SearchBox } from './SearchBox';
import { ColumnChooser } from './table/ColumnChooser';
import { DataTable } from './table/DataTable';
import type { PagedListStore } from './table/paged-list';
import type { ColumnDef, SortState } from './table/types';
import { useColumnChoice } from './table/use-column-choice';

export interface ReviewTableProps<Row, C extends string, F> {
  readonly tableId: string;
  readonly label: string;
  readonly store: PagedListStore<Row, C, F>;
  readonly columns: readonly ColumnDef<Row, C>[];
  /** Which export view writes this table; omit for tables that are not exported. */
  readonly exportView?: ExportView;
  /** Extra fields of the export query (e.g. groupBy of bill sums). */
  readonly exportExtra?: Record<string, unknown>;
  rowKey(row: Row): string;
  readonly selectedKey?: string | null;
  onSelectRow?(row: Row, index: number): void;
  /** Filter controls, shown under the toolbar. */
  readonly filters?: ReactNode;
  readonly searchPlaceholder?: string;
  readonly height?: number;
  /** Hide the search box (e.g. a small sub-table). */
  readonly noSearch?: boolean;
}

export function ReviewTable<Row, C extends string, F>(props: ReviewTableProps<Row, C, F>) {
  // Keyed by table id: tabs that swap tables in one place must not share column choice or focus.
  return <ReviewTableView key={props.tableId} {...props} />;
}

function ReviewTableView<Row, C extends string, F>(props: ReviewTableProps<Row, C, F>) {
  const { t } = useTranslation();
  const { tableId, store, columns } = props;
  const state = useStore(store);
  const { visible, shown, setVisible } = useColumnChoice(tableId, columns);
  const source = state.source();
  const { query } = state;
  const filtered = query.search.trim() !== '' || Object.values(query.filters as object).some((v) => v !== undefined && v !== 'exclude');

  return (
    <section className="review-table" aria-label={props.label}>
      <div className="toolbar">
        {props.noSearch ? null : (
          <SearchBox id={`${tableId}-search`} value={query.search} onSearch={state.setSearch} placeholder={props.searchPlaceholder} />
        )}
        <ColumnChooser tableId={tableId} columns={columns} visible={visible} onChange={setVisible} />
        {props.exportView ? (
          <ExportButton
            testId={`${tableId}-export`}
            request={
              {
                view: props.exportView,
                query: {
                  search: query.search.trim() || undefined,
                  sort: query.sort ?? undefined,
                  filters: query.filters,
                  ...props.exportExtra,
                },
                columns: visible,
              } as unknown as ExportBase
            }
          />
        ) : null}
      </div>
      {props.filters}
      <ErrorNotice error={state.error} />
      <p className="row-count" role="status" data-testid={`${tableId}-count`}>
        {state.ready
          ? t(filtered ? 'kit.table.rowsFiltered' : 'kit.table.rows', { count: state.total, formatted: state.total.toLocaleString() })
          : t('common.loading')}
      </p>
      <DataTable
        tableId={tableId}
        label={props.label}
        columns={shown}
        source={source}
        sort={query.sort}
        onSortChange={(sort) => state.setSort(sort as SortState<C>)}
        rowKey={props.rowKey}
        selectedKey={props.selectedKey}
        onSelectRow={props.onSelectRow}
        height={props.height}
        empty={state.ready && !state.error ? t('kit.table.empty') : undefined}
      />
    </section>
  );
}
