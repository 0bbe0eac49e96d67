// Multi-select for a review table: rows picked one by one, or "every row matching the current
// search and filters" (which may be far more than are loaded — 100,000 customers), minus the
// rows unticked after that. The selection knows the query it was made on, so what "all
// matching" means cannot drift when the operator changes the filter afterwards: a new query
// clears it. `resolve` turns it into rows by paging through the same review channel.
import type { TFunction } from 'i18next';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PagedListStore, TableQueryState, WindowAnswer, WindowRequest } from './paged-list';
import type { ColumnDef } from './types';

export interface RowSelectionState<C extends string, F> {
  /** 'some': exactly `keys`; 'all': every row matching `query` except `keys`. */
  readonly mode: 'some' | 'all';
  readonly keys: ReadonlySet<string>;
  /** The query the 'all' selection was made on. */
  readonly query: TableQueryState<C, F> | null;
  /** Rows matching `query` when 'all' was chosen. */
  readonly matching: number;
  toggle(key: string): void;
  selectAllMatching(query: TableQueryState<C, F>, total: number): void;
  clear(): void;
}

export type RowSelectionStore<C extends string, F> = StoreApi<RowSelectionState<C, F>>;

export function isSelected(s: { mode: 'some' | 'all'; keys: ReadonlySet<string> }, key: string): boolean {
  return s.mode === 'all' ? !s.keys.has(key) : s.keys.has(key);
}

export function selectedCount(s: { mode: 'some' | 'all'; keys: ReadonlySet<string>; matching: number }): number {
  return s.mode === 'all' ? Math.max(0, s.matching - s.keys.size) : s.keys.size;
}

/** A selection bound to one table: a new search, sort or filter of the table clears it. */
export function createRowSelection<Row, C extends string, F>(list: PagedListStore<Row, C, F>): RowSelectionStore<C, F> {
  const store = createStore<RowSelectionState<C, F>>()((set, get) => ({
    mode: 'some',
    keys: new Set(),
    query: null,
    matching: 0,
    toggle(key) {
      const keys = new Set(get().keys);
      if (keys.has(key)) keys.delete(key);
      else keys.add(key);
      set({ keys });
    },
    selectAllMatching(query, total) {
      set({ mode: 'all', keys: new Set(), query, matching: total });
    },
    clear() {
      set({ mode: 'some', keys: new Set(), query: null, matching: 0 });
    },
  }));
  let last = list.getState().query;
  list.subscribe((s) => {
    if (s.query === last) return;
    const filtersChanged = s.query.search !== last.search || s.query.filters !== last.filters;
    last = s.query;
    // Sorting keeps the same rows; only a changed search or filter changes what "all" means.
    if (filtersChanged && store.getState().mode === 'all') store.getState().clear();
  });
  return store;
}

/** Every selected row, in the table's order: pages of up to 1000 through the table's own fetch. */
export async function resolveSelection<Row, C extends string, F>(
  selection: Pick<RowSelectionState<C, F>, 'mode' | 'keys' | 'query'>,
  fetch: (request: WindowRequest<C, F>) => Promise<WindowAnswer<Row>>,
  rowKey: (row: Row) => string,
  byKeys: (keys: readonly string[]) => Promise<readonly Row[]>,
): Promise<Row[]> {
  if (selection.mode === 'some') return [...(await byKeys([...selection.keys]))];
  const query = selection.query;
  if (!query) return [];
  const out: Row[] = [];
  const limit = 1000;
  for (let offset = 0; ; offset += limit) {
    const page = await fetch({ offset, limit, search: query.search.trim() || undefined, sort: query.sort ?? undefined, filters: query.filters });
    out.push(...page.rows.filter((r) => !selection.keys.has(rowKey(r))));
    if (page.rows.length < limit || offset + limit >= page.total) break;
  }
  return out;
}

/** The tick-box column; it does not sort and is not exported. */
export function selectColumn<Row, C extends string, F>(
  selection: RowSelectionStore<C, F>,
  rowKey: (row: Row) => string,
  label: (row: Row) => string,
  t: TFunction,
): ColumnDef<Row, C> {
  return {
    id: '__select' as C,
    headerKey: 'kit.select.column',
    width: 44,
    kind: 'text',
    align: 'center',
    sortable: false,
    noCopy: true,
    value: (row) => (isSelected(selection.getState(), rowKey(row)) ? 'x' : ''),
    render: (row) => (
      <input
        type="checkbox"
        aria-label={t('kit.select.row', { name: label(row) })}
        data-testid={`select-${rowKey(row)}`}
        checked={isSelected(selection.getState(), rowKey(row))}
        // Ticking a box must not also open the row's detail.
        onClick={(e) => e.stopPropagation()}
        onChange={() => selection.getState().toggle(rowKey(row))}
      />
    ),
  };
}
