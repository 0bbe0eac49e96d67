import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerColumns, customersQuery } from '../../../shared/contract/channels/review';
import type { CustomerRow, Page } from '../../../shared/contract/channels/review';
import type { LocalStore } from '../../../electron/core/infra/store/local-store';
import { tablePage } from '../../../electron/core/review/review-queries';
import { ctx, openTemp, sampleCustomers } from './fixtures';

let store: LocalStore;
let cleanup: () => void;
beforeEach(() => {
  ({ store, cleanup } = openTemp());
  store.customers.customers(sampleCustomers, null, ctx);
  store.customers.balances(
    [
      { customer_id: 'c-001', amount: '1500.00', debt_amount: '0' },
      { customer_id: 'c-002', amount: '99.99' },
      { customer_id: 'c-004', amount: '100' },
      { customer_id: 'c-005', amount: '-20.5' },
    ],
    ctx,
  );
  store.lists.patch('customers', { asOf: ctx.fetchedAt, state: 'done' });
});
afterEach(() => cleanup());

function customers(input: unknown): Page<CustomerRow> {
  return tablePage<CustomerRow>(store, 'customers', customersQuery.parse(input) as never);
}
const ids = (page: Page<CustomerRow>) => page.rows.map((r) => r.customerId);

describe('customer search', () => {
  it.each([
    ['a Chinese company name fragment', '科技有限', ['c-001']],
    ['a two-character Chinese name (below the trigram length)', '李四', ['c-002']],
    ['a single Chinese character', '王', ['c-004']],
    ['a Latin name, in any case', 'acme trad', ['c-003']],
    ['a login name fragment', 'zhangsan', ['c-001']],
    ['a customer id', 'c-005', ['c-005']],
    ['a phone number', '13900139000', ['c-002']],
    ['part of a phone number', '5555', ['c-003']],
    ['an e-mail address, case-insensitive', 'li.si@example.COM', ['c-002']],
    ['an e-mail domain', 'globex.com', ['c-005']],
    ['a partner-side account id', 'x-7788', ['c-005']],
    ['two short letters', 'li', ['c-002']],
  ])('finds %s', (_, search, expected) => {
    expect(ids(customers({ search }))).toEqual(expected);
  });

  it('finds nothing for text no customer has', () => {
    expect(customers({ search: '不存在的客户' }).total).toBe(0);
  });
});

describe('customer table', () => {
  it('returns a window, the total and the as-of time of the list', () => {
    const page = customers({ offset: 1, limit: 2, sort: { column: 'customerId', direction: 'asc' } });
    expect(ids(page)).toEqual(['c-002', 'c-003']);
    expect(page.total).toBe(5);
    expect(page.offset).toBe(1);
    expect(page.asOf).toBe(ctx.fetchedAt);
  });

  it('joins balances as decimal strings', () => {
    const row = customers({ search: 'c-001' }).rows[0]!;
    expect(row.balance).toBe('1500.00');
    expect(row.balanceFetchedAt).toBe(ctx.fetchedAt);
  });

  it('sorts balances numerically, not as text', () => {
    const page = customers({ sort: { column: 'balance', direction: 'desc' } });
    expect(page.rows.map((r) => r.balance)).toEqual(['1500.00', '100', '99.99', '-20.5', null]);
  });

  it.each(customerColumns)('sorts on column %s in both directions', (column) => {
    expect(customers({ sort: { column, direction: 'asc' } }).total).toBe(5);
    expect(customers({ sort: { column, direction: 'desc' } }).rows).toHaveLength(5);
  });

  it('filters by association type, verification, frozen and balance range', () => {
    expect(ids(customers({ filters: { associationType: '1' } }))).toEqual(['c-003']);
    expect(ids(customers({ filters: { verifiedStatus: ['-1'] } }))).toEqual(['c-004']);
    expect(ids(customers({ filters: { frozen: true } }))).toEqual(['c-004']);
    const range = customers({ filters: { balanceMin: '99.99', balanceMax: '100' }, sort: { column: 'customerId', direction: 'asc' } });
    expect(ids(range)).toEqual(['c-002', 'c-004']);
  });

  it('filters the partner’s own customers (null) or one T2’s', () => {
    store.customers.customers([{ customer_id: 'c-t2', account_name: 't2_customer' }], 't2-1', ctx);
    expect(ids(customers({ filters: { indirectPartnerId: 't2-1' } }))).toEqual(['c-t2']);
    expect(customers({ filters: { indirectPartnerId: null } }).total).toBe(5);
  });

  it('combines search with filters and sort', () => {
    const page = customers({ search: 'com', filters: { associationType: '2' }, sort: { column: 'accountName', direction: 'desc' } });
    expect(ids(page)).toEqual(['c-002', 'c-005']);
  });
});

describe('deletion marking', () => {
  it('marks customers a complete sync no longer lists, hides them by default, and unmarks them when they return', () => {
    const next = { runId: 'run-2', fetchedAt: '2026-01-16T08:00:00Z' };
    store.customers.customers(sampleCustomers.filter((c) => c.customer_id !== 'c-003'), null, next);
    expect(store.markMissing('customers', next.runId, next.fetchedAt)).toBe(1);

    expect(customers({}).total).toBe(4);
    const gone = customers({ filters: { deleted: 'only' } });
    expect(ids(gone)).toEqual(['c-003']);
    expect(gone.rows[0]!.deletedAt).toBe(next.fetchedAt);
    expect(customers({ filters: { deleted: 'include' } }).total).toBe(5);

    const third = { runId: 'run-3', fetchedAt: '2026-01-17T08:00:00Z' };
    store.customers.customers(sampleCustomers, null, third);
    expect(store.markMissing('customers', third.runId, third.fetchedAt)).toBe(0);
    expect(customers({}).total).toBe(5);
  });
});
