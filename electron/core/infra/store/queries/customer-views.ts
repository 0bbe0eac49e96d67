// Customers (with balances) and resellers (with balances and customer counts).
import type { z } from 'zod';
import type { customersQuery, resellersQuery } from '../../../../../shared/contract/channels/review';
import { moneyBoundKey } from '../money-text';
import { resolveCustomerSearch } from './customer-search';
import { deletedClause, inClause, likeAny, partnerClause, type ViewSpec, type Where } from './table-query';

type CustomerFilters = z.output<typeof customersQuery>['filters'];
type ResellerFilters = z.output<typeof resellersQuery>['filters'];

const MANY_HITS = 10_000;

/** FTS5 trigram needs three characters; shorter terms use instr() on the same text. */
export function customerSearch(term: string, where: Where): void {
  if ([...term].length >= 3) {
    where.add('c.rowid IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)', `"${term.replace(/"/g, '""')}"`);
  } else {
    // The narrow search_text index is scanned instead of the wide table rows.
    where.add('c.rowid IN (SELECT rowid FROM customers INDEXED BY customers_search WHERE instr(search_text, ?) > 0)', term);
  }
}

function moneyRange(keySql: string, min: string | undefined, max: string | undefined, where: Where): void {
  if (min !== undefined) where.add(`${keySql} >= ?`, moneyBoundKey(min, 'min'));
  if (max !== undefined) where.add(`${keySql} <= ?`, moneyBoundKey(max, 'max'));
}

const customerJoins = `LEFT JOIN customer_balances b ON b.customer_id = c.customer_id
    LEFT JOIN resellers r ON r.indirect_partner_id = c.indirect_partner_id`;

export const customersView: ViewSpec<CustomerFilters> = {
  from: `customers c ${customerJoins}`,
  deferred: { base: 'customers c', joins: customerJoins, unless: /\b[br]\./ },
  // rowid: every index carries it, so an index on the sort column serves the whole ORDER BY.
  key: 'c.rowid',
  defaultSort: 'c.account_name COLLATE NOCASE',
  columns: {
    customerId: { sql: 'c.customer_id' },
    accountName: { sql: 'c.account_name', sort: 'c.account_name COLLATE NOCASE' },
    customerName: { sql: 'c.customer_name' },
    associationType: { sql: 'c.association_type' },
    associatedOn: { sql: 'c.associated_on' },
    label: { sql: 'c.label' },
    telephone: { sql: 'c.telephone' },
    countryCode: { sql: 'c.country_code' },
    email: { sql: 'c.email', sort: 'c.email COLLATE NOCASE' },
    verifiedStatus: { sql: 'c.verified_status' },
    customerType: { sql: 'c.customer_type' },
    isFrozen: { sql: 'c.is_frozen' },
    customerLevel: { sql: 'c.customer_level' },
    xaccountId: { sql: 'c.xaccount_id' },
    accountManager: { sql: 'c.account_manager' },
    indirectPartnerId: { sql: 'c.indirect_partner_id' },
    indirectPartnerName: { sql: 'r.name' },
    balance: { sql: 'b.amount', sort: 'c.balance_key' },
    debtAmount: { sql: 'b.debt_amount', sort: 'b.debt_key' },
    currency: { sql: 'b.currency' },
    balanceFetchedAt: { sql: 'b.fetched_at' },
    fetchedAt: { sql: 'c.fetched_at' },
    deletedAt: { sql: 'c.deleted_at' },
  },
  filter(f, where) {
    if (f.associationType) where.add('c.association_type = ?', f.associationType);
    inClause('c.customer_id', f.customerIds, where);
    inClause('c.verified_status', f.verifiedStatus, where);
    inClause('c.customer_type', f.customerType, where);
    partnerClause('c.indirect_partner_id', f.indirectPartnerId, where);
    moneyRange('c.balance_key', f.balanceMin, f.balanceMax, where);
    if (f.frozen === true) where.add('ifnull(c.is_frozen, 0) <> 0');
    if (f.frozen === false) where.add('ifnull(c.is_frozen, 0) = 0');
    deletedClause('c', f.deleted, where);
  },
  search: customerSearch,
  // A plain search (no filter but the default "not deleted") totals to its hit count when no
  // customer is marked deleted — the common case, and it spares counting tens of thousands.
  quickTotal(where, db) {
    const plain = where.clauses.length === 2 && where.clauses[0] === 'c.deleted_at IS NULL' && where.clauses[1]!.endsWith('c.rowid IN temp.customer_hits');
    if (!plain || db.prepare('SELECT 1 FROM customers WHERE deleted_at IS NOT NULL LIMIT 1').get()) return null;
    return (db.prepare('SELECT count(*) AS n FROM temp.customer_hits').get() as { n: number }).n;
  },
  searchAll(terms, where, db) {
    const hits = resolveCustomerSearch(db, terms);
    // Up to tens of thousands of hits: fetch them by id and keep the top page while sorting.
    // More: walk the sort column's index and probe the hit set (stops after one page); the
    // unary + keeps SQLite from choosing the former.
    where.add(hits > MANY_HITS ? '+c.rowid IN temp.customer_hits' : 'c.rowid IN temp.customer_hits');
  },
};

export const resellersView: ViewSpec<ResellerFilters> = {
  from: `resellers r
    LEFT JOIN account_balances cash ON cash.owner_id = r.indirect_partner_id AND cash.account_type = 1
    LEFT JOIN account_balances credit ON credit.owner_id = r.indirect_partner_id AND credit.account_type = 2`,
  key: 'r.indirect_partner_id',
  defaultSort: 'r.account_name COLLATE NOCASE',
  columns: {
    indirectPartnerId: { sql: 'r.indirect_partner_id' },
    accountName: { sql: 'r.account_name', sort: 'r.account_name COLLATE NOCASE' },
    name: { sql: 'r.name' },
    mobilePhone: { sql: 'r.mobile_phone' },
    email: { sql: 'r.email' },
    associatedOn: { sql: 'r.associated_on' },
    accountManagerId: { sql: 'r.account_manager_id' },
    accountManagerName: { sql: 'r.account_manager_name' },
    balance: { sql: 'cash.amount', sort: 'cash.amount_key' },
    creditBalance: { sql: 'credit.amount', sort: 'credit.amount_key' },
    balanceFetchedAt: { sql: 'cash.fetched_at' },
    customerCount: {
      sql: '(SELECT count(*) FROM customers c WHERE c.indirect_partner_id = r.indirect_partner_id AND c.deleted_at IS NULL)',
    },
    fetchedAt: { sql: 'r.fetched_at' },
    deletedAt: { sql: 'r.deleted_at' },
  },
  filter(f, where) {
    moneyRange('cash.amount_key', f.balanceMin, f.balanceMax, where);
    deletedClause('r', f.deleted, where);
  },
  search: likeAny(['r.indirect_partner_id', 'r.account_name', 'r.name', 'r.mobile_phone', 'r.email']),
};
