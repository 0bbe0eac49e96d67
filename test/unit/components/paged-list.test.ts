import { describe, expect, it } from 'vitest';
import { createPagedList, type WindowRequest } from '../../../renderer/components/table/paged-list';

type Filters = { frozen?: boolean };
const flush = () => new Promise((r) => setTimeout(r, 0));

function fakeServer(total: number) {
  const requests: WindowRequest<'name', Filters>[] = [];
  const pending: (() => void)[] = [];
  return {
    requests,
    pending,
    fetch: (req: WindowRequest<'name', Filters>) => {
      requests.push(req);
      const rows = Array.from({ length: Math.max(0, Math.min(req.limit, total - req.offset)) }, (_, i) => `${req.search ?? ''}#${req.offset + i}`);
      return Promise.resolve({ rows, total, asOf: '2026-11-25T01:00:00Z' });
    },
  };
}

describe('paged list store: the table asks it for windows of rows', () => {
  it('fetches the first block on a query and only the missing blocks as the table scrolls', async () => {
    const server = fakeServer(100_000);
    const store = createPagedList({ fetch: server.fetch, initialFilters: {} as Filters, blockSize: 100 });
    store.getState().refresh();
    await flush();
    const source = store.getState().source();
    expect(source.total).toBe(100_000);
    expect(source.rowAt(5)).toBe('#5');
    expect(store.getState().asOf).toBe('2026-11-25T01:00:00Z');
    source.ensure(50, 250);
    source.ensure(60, 240); // the same blocks again: no new requests
    await flush();
    expect(server.requests.map((r) => [r.offset, r.limit])).toEqual([[0, 100], [100, 100], [200, 100]]);
  });

  it('sends search, sort and filters, and starts over when any changes', async () => {
    const server = fakeServer(10);
    const store = createPagedList({ fetch: server.fetch, initialFilters: {} as Filters, blockSize: 100 });
    store.getState().setSearch('  张 ');
    store.getState().setSort({ column: 'name', direction: 'desc' });
    store.getState().patchFilters({ frozen: true });
    await flush();
    expect(server.requests.at(-1)).toEqual({ offset: 0, limit: 100, search: '张', sort: { column: 'name', direction: 'desc' }, filters: { frozen: true } });
    expect(store.getState().source().rowAt(0)).toBe('张#0');
  });

  it('drops a late answer to an older query', async () => {
    let release: (() => void) | null = null;
    const store = createPagedList<string, 'name', Filters>({
      initialFilters: {},
      fetch: (req) =>
        req.search === 'old'
          ? new Promise((r) => (release = () => r({ rows: ['stale'], total: 1, asOf: null })))
          : Promise.resolve({ rows: ['fresh'], total: 1, asOf: null }),
    });
    store.getState().setSearch('old');
    store.getState().setSearch('new');
    await flush();
    release!();
    await flush();
    expect(store.getState().source().rowAt(0)).toBe('fresh');
  });

  it('keeps the typed error of a failed window', async () => {
    const error = { code: 'STORE_UNAVAILABLE', message: 'x', messages: { en: 'x', 'zh-CN': 'x' }, details: {} };
    const store = createPagedList<string, 'name', Filters>({
      initialFilters: {},
      fetch: () => Promise.reject(Object.assign(new Error('x'), { error })),
    });
    store.getState().refresh();
    await flush();
    expect(store.getState().error).toEqual(error);
    expect(store.getState().source().total).toBe(0);
  });
});
