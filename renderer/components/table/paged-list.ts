// A zustand store for one server-side table: the query (search, sort, filters) and a block
// cache of the rows fetched so far. The table asks it for windows (offset/limit); a changed
// query starts a new generation so a late answer to an old query is dropped.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { IpcError } from '../../../shared/contract/errors';
import { errorOf } from '../error-of';
import { BlockCache } from './block-cache';
import type { RowSource, SortState } from './types';

export interface WindowRequest<C extends string, F> {
  readonly offset: number;
  readonly limit: number;
  readonly search?: string;
  readonly sort?: SortState<C>;
  readonly filters: F;
}

export interface WindowAnswer<Row> {
  readonly rows: readonly Row[];
  readonly total: number;
  readonly asOf: string | null;
}

export interface TableQueryState<C extends string, F> {
  readonly search: string;
  readonly sort: SortState<C> | null;
  readonly filters: F;
}

export interface PagedListState<Row, C extends string, F> {
  readonly query: TableQueryState<C, F>;
  readonly total: number;
  readonly asOf: string | null;
  /** Bumped when rows arrive, so subscribers re-render. */
  readonly version: number;
  readonly loading: boolean;
  /** True once the current query has had its first answer. */
  readonly ready: boolean;
  readonly error: IpcError | null;
  setSearch(search: string): void;
  setSort(sort: SortState<C> | null): void;
  setFilters(filters: F): void;
  patchFilters(patch: Partial<F>): void;
  /** Fetches the current query again from the first rows (e.g. after a sync). */
  refresh(): void;
  source(): RowSource<Row>;
}

export interface PagedListOptions<Row, C extends string, F> {
  fetch(request: WindowRequest<C, F>): Promise<WindowAnswer<Row>>;
  readonly initialFilters: F;
  readonly initialSort?: SortState<C> | null;
  /** Rows per request; the contract allows up to 1000. */
  readonly blockSize?: number;
  /** Blocks kept in memory. */
  readonly keepBlocks?: number;
}

export type PagedListStore<Row, C extends string, F> = StoreApi<PagedListState<Row, C, F>>;

/** Kept here too for screens that imported it from the table kit. */
export { errorOf };

/** Every table store, so a renewed local store (start fresh) can reload what is on screen. */
const everyList = new Set<StoreApi<{ readonly ready: boolean; refresh(): void }>>();

/** Reloads every table that has loaded before (tables not yet shown load when they are). */
export function refreshLoadedLists(): void {
  for (const list of everyList) if (list.getState().ready) list.getState().refresh();
}

export function createPagedList<Row, C extends string, F>(options: PagedListOptions<Row, C, F>): PagedListStore<Row, C, F> {
  const store = createList(options);
  everyList.add(store);
  return store;
}

function createList<Row, C extends string, F>(options: PagedListOptions<Row, C, F>): PagedListStore<Row, C, F> {
  const blockSize = options.blockSize ?? 200;
  const keepBlocks = options.keepBlocks ?? 60;
  let cache = new BlockCache<Row>(blockSize);
  let generation = 0;
  let lastNear = 0;

  return createStore<PagedListState<Row, C, F>>()((set, get) => {
    const load = (block: number) => {
      const gen = generation;
      const blockCache = cache;
      const { query } = get();
      blockCache.markPending(block);
      set({ loading: true });
      options
        .fetch({
          offset: block * blockSize,
          limit: blockSize,
          search: query.search.trim() || undefined,
          sort: query.sort ?? undefined,
          filters: query.filters,
        })
        .then((answer) => {
          if (gen !== generation) return;
          blockCache.put(block, answer.rows);
          blockCache.trim(lastNear, keepBlocks);
          set((s) => ({ total: answer.total, asOf: answer.asOf, version: s.version + 1, loading: false, ready: true, error: null }));
        })
        .catch((e: unknown) => {
          if (gen !== generation) return;
          blockCache.fail(block);
          set({ loading: false, ready: true, error: errorOf(e) });
        });
    };

    const ensure = (start: number, end: number) => {
      lastNear = start;
      const { total, ready } = get();
      // Before the first answer the total is unknown: ask for the first block only.
      const known = ready ? total : Math.max(end, 1);
      for (const block of cache.missing(start, end, known)) load(block);
    };

    const restart = (query: TableQueryState<C, F>) => {
      generation++;
      cache = new BlockCache<Row>(blockSize);
      set((s) => ({ query, ready: false, version: s.version + 1 }));
      ensure(0, blockSize);
    };

    return {
      query: { search: '', sort: options.initialSort ?? null, filters: options.initialFilters },
      total: 0,
      asOf: null,
      version: 0,
      loading: false,
      ready: false,
      error: null,
      setSearch: (search) => restart({ ...get().query, search }),
      setSort: (sort) => restart({ ...get().query, sort }),
      setFilters: (filters) => restart({ ...get().query, filters }),
      patchFilters: (patch) => restart({ ...get().query, filters: { ...get().query.filters, ...patch } }),
      refresh: () => restart(get().query),
      source: () => ({
        total: get().ready ? get().total : 0,
        version: get().version,
        rowAt: (i) => cache.rowAt(i),
        ensure,
      }),
    };
  });
}
