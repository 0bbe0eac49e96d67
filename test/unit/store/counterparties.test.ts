// The counterparty picker's search over the local store: every stored customer (not one page),
// any part of name / account / id / phone / e-mail, in account-name order with the exact total,
// a T2's customers only when asked, and a customer written after the copy was built is found.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterpartyMatches } from '../../../electron/core/review/counterparties';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import { counterpartiesInput } from '../../../shared/contract/channels/review';
import { fillCustomers } from './synthetic';

let store: LocalStore;
beforeAll(() => {
  store = LocalStore.open(join(mkdtempSync(join(tmpdir(), 'pd-cp-')), 'partner-desk.db'));
  fillCustomers(store, 3000);
});
afterAll(() => store.close());

const search = (text: string, extra: Record<string, unknown> = {}) => counterpartyMatches(store, counterpartiesInput.parse({ search: text, ...extra }));
const all = () => store.db.prepare('SELECT customer_id AS id, account_name AS name, search_text AS t FROM customers WHERE deleted_at IS NULL').all() as { id: string; name: string; t: string }[];

describe('counterparty search', () => {
  it('counts every match in the store and returns the first 20 by account name', () => {
    const term = all()[2500]!.name.slice(0, 3).toLowerCase();
    const expected = all().filter((c) => c.t.includes(term)).map((c) => c.name).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    const r = search(term);
    expect(r.customersTotal).toBe(expected.length);
    expect(r.customers.map((c) => c.accountName)).toEqual(expected.slice(0, 20));
  });

  it('finds a customer by any part of its id, beyond the first 100 of the API', () => {
    const target = all()[2999]!;
    const r = search(target.id.slice(5, 17));
    expect(r.customers.map((c) => c.customerId)).toContain(target.id);
  });

  it('several terms must all match; a T2 filter keeps only that T2’s customers', () => {
    const target = all()[1234]!;
    const r = search(`${target.name.slice(0, 4)} ${target.id.slice(0, 12)}`);
    expect(r.customers.map((c) => c.customerId)).toContain(target.id);
    expect(search('', { indirectPartnerId: 'no-such-t2' })).toMatchObject({ customers: [], customersTotal: 0 });
    expect(search('', { indirectPartnerId: null }).customersTotal).toBe(3000);
  });

  it('sees a customer stored after the previous search (the copy follows the data)', () => {
    expect(search('zz-late-customer').customersTotal).toBe(0);
    store.customers.customers([{ customer_id: 'c-late-1', account_name: 'zz-late-customer' } as never], null, { runId: 'late', fetchedAt: '2026-01-16T00:00:00Z' });
    expect(search('zz-late-customer').customers.map((c) => c.customerId)).toEqual(['c-late-1']);
  });
});
