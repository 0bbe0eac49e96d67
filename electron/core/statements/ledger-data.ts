// Reads what a statement needs from the offline store in a few bulk queries (20,000 customers
// in one pass): customers with their synced balance, grants and reclaims (adjust records),
// bill cash and voucher parts per month, voucher issues and reclaims (coupon records).
import type { Database } from 'better-sqlite3';
import Decimal from 'decimal.js';
import type { StatementCoverage, StatementLineKind } from '../../../shared/contract/channels/statements';
import { cycleEndUtc } from './period';

// Our own clone: nobody else's Decimal.set() changes the precision of our sums.
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;
export const ZERO = new Dec(0);

export interface Move {
  readonly at: string;
  readonly kind: StatementLineKind;
  readonly reference: string;
  /** Signed effect on the cash balance. */
  readonly cash: Dec;
  readonly voucher: Dec;
}

export interface CustomerLedger {
  readonly customerId: string;
  readonly accountName: string | null;
  readonly customerName: string | null;
  readonly indirectPartnerId: string | null;
  readonly associatedOn: string | null;
  readonly balance: { readonly amount: Dec; readonly fetchedAt: string } | null;
  readonly moves: Move[];
}

export interface LedgerScope {
  readonly indirectPartnerId?: string;
  readonly customerIds?: readonly string[];
  readonly search?: string;
}

interface CustomerRow {
  customer_id: string; account_name: string | null; customer_name: string | null; indirect_partner_id: string | null;
  associated_on: string | null; amount: string | null; fetched_at: string | null;
}

/** Adjust-record operation types → statement line kinds (and the sign on the balance). */
const ADJUST_KINDS: Record<string, { kind: StatementLineKind; sign: 1 | -1 }> = {
  SOURCE_OPERATION_BEADJUST: { kind: 'grant', sign: 1 },
  SOURCE_OPERATION_BERETRIEVE: { kind: 'reclaim', sign: -1 },
  SOURCE_OPERATION_BEUNBIND: { kind: 'unbind', sign: -1 },
};

/** Coupon-record operation types (spec §6.5): 1 issue; 2–5, 7, 8 reclaims of one kind or another. */
const COUPON_RECLAIMS = new Set(['2', '3', '4', '5', '7', '8']);

/** Balance types of bill account details that are vouchers; DEBIT is the customer's cash balance. */
const VOUCHER_BALANCES = new Set(['BALANCE_TYPE_COUPON', 'BALANCE_TYPE_RCASH_COUPON']);

function customers(db: Database, scope: LedgerScope): Map<string, CustomerLedger> {
  const where: string[] = ["c.association_type = '2'"];
  const params: unknown[] = [];
  if (scope.indirectPartnerId) {
    where.push('c.indirect_partner_id = ?');
    params.push(scope.indirectPartnerId);
  }
  if (scope.search) {
    where.push("(instr(lower(c.customer_id), lower(?)) > 0 OR instr(lower(c.account_name), lower(?)) > 0 OR instr(lower(coalesce(c.customer_name, '')), lower(?)) > 0)");
    params.push(scope.search, scope.search, scope.search);
  }
  const rows = db
    .prepare(`SELECT c.customer_id, c.account_name, c.customer_name, c.indirect_partner_id, c.associated_on, b.amount, b.fetched_at
      FROM customers c LEFT JOIN customer_balances b ON b.customer_id = c.customer_id
      WHERE ${where.join(' AND ')} ORDER BY c.account_name, c.customer_id`)
    .all(...params) as CustomerRow[];
  const wanted = scope.customerIds ? new Set(scope.customerIds) : null;
  const out = new Map<string, CustomerLedger>();
  for (const r of rows) {
    if (wanted && !wanted.has(r.customer_id)) continue;
    out.set(r.customer_id, {
      customerId: r.customer_id,
      accountName: r.account_name,
      customerName: r.customer_name || null,
      indirectPartnerId: r.indirect_partner_id,
      associatedOn: r.associated_on,
      balance: r.amount !== null && r.fetched_at ? { amount: new Dec(r.amount), fetchedAt: r.fetched_at } : null,
      moves: [],
    });
  }
  return out;
}

function adjustMoves(db: Database, into: Map<string, CustomerLedger>): void {
  const rows = db
    .prepare('SELECT customer_id, operation_type, amount, operation_time, trans_id FROM adjust_records WHERE customer_id IS NOT NULL AND amount IS NOT NULL AND operation_time IS NOT NULL')
    .iterate() as IterableIterator<{ customer_id: string; operation_type: string | null; amount: string; operation_time: string; trans_id: string | null }>;
  for (const r of rows) {
    const c = into.get(r.customer_id);
    const k = ADJUST_KINDS[r.operation_type ?? ''];
    if (!c || !k) continue;
    const amount = new Dec(r.amount);
    c.moves.push({ at: r.operation_time, kind: k.kind, reference: r.trans_id ?? '', cash: k.sign > 0 ? amount : amount.neg(), voucher: ZERO });
  }
}

interface BillAgg {
  cash: Dec;
  voucher: Dec;
}

/**
 * Bill months per customer. A T1 syncs each month twice (its own scope covers every T2's
 * customers, and each T2's scope again), so one scope is used per customer and month: its own
 * (indirect_partner_id NULL) where present, the T2's otherwise. Without account details (never
 * seen from the API) the whole amount counts as cash — our choice: the balance paid it.
 */
function billMoves(db: Database, into: Map<string, CustomerLedger>): void {
  const rows = db
    .prepare(`SELECT b.cycle, b.customer_id, b.bill_type, b.amount, b.account_details FROM bill_sums b
      WHERE b.indirect_partner_id IS NULL OR NOT EXISTS (
        SELECT 1 FROM bill_sums n WHERE n.cycle = b.cycle AND n.customer_id = b.customer_id AND n.indirect_partner_id IS NULL)`)
    .iterate() as IterableIterator<{ cycle: string; customer_id: string; bill_type: string | null; amount: string; account_details: string | null }>;
  const agg = new Map<string, Map<string, { use: BillAgg; back: BillAgg }>>();
  for (const r of rows) {
    if (!into.has(r.customer_id)) continue;
    let months = agg.get(r.customer_id);
    if (!months) agg.set(r.customer_id, (months = new Map()));
    let m = months.get(r.cycle);
    if (!m) months.set(r.cycle, (m = { use: { cash: ZERO, voucher: ZERO }, back: { cash: ZERO, voucher: ZERO } }));
    // Unsubscribe (1) and write-off (2) lines are money back: shown apart as refunds.
    const target = r.bill_type === '1' || r.bill_type === '2' ? m.back : m.use;
    const details = r.account_details ? (JSON.parse(r.account_details) as { balance_type?: string; amount?: unknown }[]) : null;
    if (!details) {
      target.cash = target.cash.plus(r.amount);
      continue;
    }
    for (const d of details) {
      if (d.amount === undefined || d.amount === null) continue;
      const amount = new Dec(String(d.amount));
      if (d.balance_type === 'BALANCE_TYPE_DEBIT') target.cash = target.cash.plus(amount);
      else if (VOUCHER_BALANCES.has(d.balance_type ?? '')) target.voucher = target.voucher.plus(amount);
    }
  }
  for (const [customerId, months] of agg) {
    const c = into.get(customerId)!;
    for (const [cycle, m] of months) {
      const at = cycleEndUtc(cycle);
      if (!m.use.cash.isZero() || !m.use.voucher.isZero()) c.moves.push({ at, kind: 'consumption', reference: cycle, cash: m.use.cash.neg(), voucher: m.use.voucher });
      if (!m.back.cash.isZero() || !m.back.voucher.isZero()) c.moves.push({ at, kind: 'refund', reference: cycle, cash: m.back.cash.neg(), voucher: m.back.voucher });
    }
  }
}

function couponMoves(db: Database, into: Map<string, CustomerLedger>): void {
  const rows = db
    .prepare("SELECT customer_id, operation_type, operation_amount, operation_time, coupon_id FROM coupon_records WHERE (result IS NULL OR result = '0') AND customer_id IS NOT NULL AND operation_amount IS NOT NULL AND operation_time IS NOT NULL")
    .iterate() as IterableIterator<{ customer_id: string; operation_type: string | null; operation_amount: string; operation_time: string; coupon_id: string | null }>;
  for (const r of rows) {
    const c = into.get(r.customer_id);
    if (!c) continue;
    const kind = r.operation_type === '1' ? 'voucherIssued' : COUPON_RECLAIMS.has(r.operation_type ?? '') ? 'voucherReclaimed' : null;
    if (!kind) continue;
    c.moves.push({ at: r.operation_time, kind, reference: r.coupon_id ?? '', cash: ZERO, voucher: new Dec(r.operation_amount) });
  }
}

export function loadLedgers(db: Database, scope: LedgerScope): Map<string, CustomerLedger> {
  const out = customers(db, scope);
  adjustMoves(db, out);
  billMoves(db, out);
  couponMoves(db, out);
  for (const c of out.values()) c.moves.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return out;
}

export function loadCoverage(db: Database): StatementCoverage {
  const meta = (key: string) => (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
  const asOf = (list: string) => (db.prepare('SELECT as_of FROM sync_lists WHERE list = ?').get(list) as { as_of: string | null } | undefined)?.as_of ?? null;
  const bills = db.prepare('SELECT min(cycle) AS first, max(cycle) AS last FROM bill_sums').get() as { first: string | null; last: string | null };
  return {
    recordsFrom: meta('windowStart:adjustRecords'),
    firstBillMonth: bills.first,
    lastBillMonth: bills.last,
    balancesAsOf: asOf('customers'),
    recordsAsOf: asOf('adjustRecords'),
    billsAsOf: asOf('billSums'),
    couponRecordsAsOf: asOf('couponRecords'),
  };
}

export function currencyOf(db: Database): string {
  const row = db.prepare('SELECT currency FROM customer_balances WHERE currency IS NOT NULL LIMIT 1').get() as { currency: string } | undefined;
  return row?.currency ?? 'CNY';
}
