// Statements of the active profile's offline data: the summary of every customer of a scope
// (all, or one T2's), one customer's statement with its lines, and the exports.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract';
import type {
  CustomerStatement, ResellerStatement, StatementCoverage, StatementSummary, StatementSummaryRow,
} from '../../../shared/contract/channels/statements';
import { computeStatement, money, periodView, sumRows, type ComputedStatement } from './compute';
import { currencyOf, Dec, loadCoverage, loadLedgers, ZERO, type LedgerScope } from './ledger-data';
import { periodOf, type Period } from './period';

export interface StatementQuery extends LedgerScope {
  readonly period: { fromMonth: string; toMonth: string };
  readonly onlyDifferences?: boolean;
}

export interface ComputedSet {
  readonly period: Period;
  readonly currency: string;
  readonly coverage: StatementCoverage;
  readonly statements: ComputedStatement[];
  readonly reseller: ResellerStatement | null;
}

/** Every statement of a scope; `withLines` for exports (the summary needs totals only). */
export function computeSet(db: Database, q: StatementQuery, withLines: boolean): ComputedSet {
  const period = periodOf(q.period);
  const coverage = loadCoverage(db);
  const ledgers = loadLedgers(db, q);
  const statements: ComputedStatement[] = [];
  for (const c of ledgers.values()) {
    const s = computeStatement(c, period, coverage, withLines);
    if (!s.active) continue;
    if (q.onlyDifferences && s.row.reason === 'none') continue;
    statements.push(s);
  }
  return { period, currency: currencyOf(db), coverage, statements, reseller: q.indirectPartnerId ? resellerOf(db, q.indirectPartnerId, period) : null };
}

/** A T2's own movements with its T1 in the period (the T1's adjust records naming the T2). */
function resellerOf(db: Database, id: string, period: Period): ResellerStatement {
  const name = (db.prepare('SELECT coalesce(name, account_name) AS n FROM resellers WHERE indirect_partner_id = ?').get(id) as { n: string | null } | undefined)?.n ?? null;
  const rows = db
    .prepare(`SELECT operation_type, amount FROM adjust_records WHERE customer_id = ? AND indirect_partner_id IS NULL
      AND operation_time >= ? AND operation_time < ? AND amount IS NOT NULL`)
    .all(id, period.from.toISOString(), period.to.toISOString()) as { operation_type: string; amount: string }[];
  let granted = ZERO;
  let reclaimed = ZERO;
  for (const r of rows) {
    if (r.operation_type === 'SOURCE_OPERATION_BEADJUST') granted = granted.plus(r.amount);
    else reclaimed = reclaimed.plus(r.amount);
  }
  const balance = db.prepare("SELECT amount FROM account_balances WHERE owner_id = ? AND account_type = 1").get(id) as { amount: string } | undefined;
  return { indirectPartnerId: id, name, granted: money(granted), reclaimed: money(reclaimed), syncedBalance: balance ? money(new Dec(balance.amount)) : null };
}

export function summaryOf(set: ComputedSet, offset: number, limit: number): StatementSummary {
  const rows = set.statements.map((s) => s.row);
  return {
    period: periodView(set.period),
    currency: set.currency,
    coverage: set.coverage,
    total: rows.length,
    withDifference: rows.filter((r) => r.reason !== 'none' && r.reason !== 'noBalance').length,
    totals: sumRows(rows),
    rows: rows.slice(offset, offset + limit),
    reseller: set.reseller,
  };
}

export function customerStatement(db: Database, period: { fromMonth: string; toMonth: string }, customerId: string): CustomerStatement {
  const set = computeSet(db, { period, customerIds: [customerId] }, true);
  const s = set.statements[0];
  if (!s) {
    const known = db.prepare("SELECT associated_on FROM customers WHERE customer_id = ? AND association_type = '2'").get(customerId) as { associated_on: string | null } | undefined;
    if (!known) throw new AppError('STATEMENT_CUSTOMER_UNKNOWN', { customerId });
  }
  const associatedOn = (db.prepare('SELECT associated_on FROM customers WHERE customer_id = ?').get(customerId) as { associated_on: string | null } | undefined)?.associated_on ?? null;
  return {
    period: periodView(set.period),
    currency: set.currency,
    row: s?.row ?? emptyRow(db, customerId),
    lines: s?.lines ?? [],
    coverage: set.coverage,
    associatedOn,
  };
}

function emptyRow(db: Database, customerId: string): StatementSummaryRow {
  const c = db.prepare('SELECT account_name, customer_name, indirect_partner_id FROM customers WHERE customer_id = ?').get(customerId) as
    { account_name: string | null; customer_name: string | null; indirect_partner_id: string | null };
  const zero = '0.00';
  return {
    customerId, accountName: c.account_name, customerName: c.customer_name, indirectPartnerId: c.indirect_partner_id,
    opening: zero, granted: zero, reclaimed: zero, cashConsumed: zero, voucherConsumed: zero, vouchersIssued: zero, vouchersReclaimed: zero, closing: zero,
    syncedBalance: null, balanceAsOf: null, expectedClosing: null, difference: zero, reason: 'noBalance',
  };
}
