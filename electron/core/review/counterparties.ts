// The counterparty picker of the Funding and voucher forms: one search over every customer and
// T2 in the local store (name, account name, id, phone, e-mail), answered in a few
// milliseconds for 100,000 customers by the same search index the Customers screen uses.
import type { z } from 'zod';
import {
  resellersQuery,
  type CounterpartyMatches,
  type counterpartiesInput,
  type CustomerRow,
  type ResellerRow,
} from '../../../shared/contract/channels/review';
import type { LocalStore } from '../infra/store/local-store';
import { runTableQuery } from '../infra/store/queries';
import { pickCustomers } from '../infra/store/queries/customer-search';
import { searchTerms } from '../infra/store/queries/table-query';
import { customersView, resellersView } from '../infra/store/queries/customer-views';

type Input = z.output<typeof counterpartiesInput>;

const customerSelect = Object.entries(customersView.columns).map(([name, c]) => `${c.sql} AS "${name}"`).join(', ');

/** The picked customers' rows, in the picked order. */
function customerRows(store: LocalStore, rowids: readonly number[]): CustomerRow[] {
  if (!rowids.length) return [];
  const rows = store.db
    .prepare(`SELECT c.rowid AS rid, ${customerSelect} FROM ${customersView.from} WHERE c.rowid IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(rowids)) as (CustomerRow & { rid: number })[];
  const byId = new Map(rows.map(({ rid, ...row }) => [rid, row as CustomerRow]));
  return rowids.map((r) => byId.get(r)).filter((r): r is CustomerRow => !!r);
}

export function counterpartyMatches(store: LocalStore, input: Input): CounterpartyMatches {
  const kinds = new Set(input.kinds ?? ['customer', 't2']);
  const search = input.search.trim();
  let customers: CustomerRow[] = [];
  let customersTotal = 0;
  if (kinds.has('customer')) {
    const partner = input.indirectPartnerId === undefined ? undefined : (input.indirectPartnerId ?? '');
    const picked = pickCustomers(store.db, searchTerms(search), input.limit, partner);
    customers = customerRows(store, picked.rowids);
    customersTotal = picked.total;
  }
  let resellers: ResellerRow[] = [];
  let resellersTotal = 0;
  if (kinds.has('t2')) {
    const page = runTableQuery<unknown, ResellerRow>(store.db, resellersView as never, resellersQuery.parse({ offset: 0, limit: input.limit, search }));
    resellers = page.rows;
    resellersTotal = page.total;
  }
  return { customers, customersTotal, resellers, resellersTotal, asOf: store.lists.asOf('customers') };
}
