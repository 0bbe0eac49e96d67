// One customer's statement for a period, from its movements. The opening balance is what the
// synced movements before the period add up to; the closing adds the period's movements. The
// synced balance (Huawei's own figure) minus the movements after the period is what the
// closing should be; the difference between the two is always shown, with its reason.
import type {
  CustomerStatement, DifferenceReason, StatementCoverage, StatementLine, StatementSummaryRow, StatementTotals,
} from '../../../shared/contract/channels/statements';
import { Dec, ZERO, type CustomerLedger, type Move } from './ledger-data';
import { beijingMonthOf, monthStartUtc, type Period } from './period';

/** Amounts as decimal strings: two decimals at least, more only where the data has them. */
export function money(d: Dec): string {
  return d.toFixed(Math.max(2, d.decimalPlaces()));
}

/** Whether a move had happened when the balance was read at `fetchedAt`. */
function beforeBalance(m: Move, fetchedAt: string): boolean {
  // A month's bill is known at sync time and already reflected in the balance: bill lines are
  // dated at their month's end, so compare by month for them (our choice for the running month).
  if (m.kind === 'consumption' || m.kind === 'refund') return m.reference <= beijingMonthOf(fetchedAt);
  return m.at <= fetchedAt;
}

export interface ComputedStatement {
  readonly row: StatementSummaryRow;
  readonly lines: StatementLine[];
  /** True when the customer had anything to show: a balance or a movement. */
  readonly active: boolean;
}

interface Acc {
  opening: Dec; granted: Dec; reclaimed: Dec; cash: Dec; voucher: Dec; issued: Dec; vReclaimed: Dec;
}

function add(acc: Acc, m: Move): void {
  switch (m.kind) {
    case 'grant': acc.granted = acc.granted.plus(m.cash); break;
    case 'reclaim':
    case 'unbind': acc.reclaimed = acc.reclaimed.minus(m.cash); break;
    case 'consumption': acc.cash = acc.cash.minus(m.cash); acc.voucher = acc.voucher.plus(m.voucher); break;
    case 'refund': acc.cash = acc.cash.minus(m.cash); acc.voucher = acc.voucher.minus(m.voucher); break;
    case 'voucherIssued': acc.issued = acc.issued.plus(m.voucher); break;
    case 'voucherReclaimed': acc.vReclaimed = acc.vReclaimed.plus(m.voucher); break;
  }
}

export function computeStatement(c: CustomerLedger, period: Period, coverage: StatementCoverage, withLines: boolean): ComputedStatement {
  const from = period.from.toISOString();
  const to = period.to.toISOString();
  const acc: Acc = { opening: ZERO, granted: ZERO, reclaimed: ZERO, cash: ZERO, voucher: ZERO, issued: ZERO, vReclaimed: ZERO };
  const lines: StatementLine[] = [];
  let afterPeriodToBalance = ZERO;
  for (const m of c.moves) {
    if (c.balance && m.at >= to && beforeBalance(m, c.balance.fetchedAt)) afterPeriodToBalance = afterPeriodToBalance.plus(m.cash);
    if (m.at < from) acc.opening = acc.opening.plus(m.cash);
  }
  let running = acc.opening;
  for (const m of c.moves) {
    if (m.at < from || m.at >= to) continue;
    add(acc, m);
    running = running.plus(m.cash);
    if (withLines) lines.push({ at: m.at, kind: m.kind, reference: m.reference, cash: money(m.cash), voucher: money(m.voucher), balance: money(running) });
  }
  const closing = running;
  const expected = c.balance ? c.balance.amount.minus(afterPeriodToBalance) : null;
  const difference = expected ? expected.minus(closing) : ZERO;
  const row: StatementSummaryRow = {
    customerId: c.customerId,
    accountName: c.accountName,
    customerName: c.customerName,
    indirectPartnerId: c.indirectPartnerId,
    ...totalsOf(acc, closing),
    syncedBalance: c.balance ? money(c.balance.amount) : null,
    balanceAsOf: c.balance?.fetchedAt ?? null,
    expectedClosing: expected ? money(expected) : null,
    difference: money(difference),
    reason: reasonOf(c, difference, coverage),
  };
  return { row, lines, active: c.balance !== null || c.moves.length > 0 };
}

function totalsOf(acc: Acc, closing: Dec): StatementTotals {
  return {
    opening: money(acc.opening),
    granted: money(acc.granted),
    reclaimed: money(acc.reclaimed),
    cashConsumed: money(acc.cash),
    voucherConsumed: money(acc.voucher),
    vouchersIssued: money(acc.issued),
    vouchersReclaimed: money(acc.vReclaimed),
    closing: money(closing),
  };
}

function reasonOf(c: CustomerLedger, difference: Dec, coverage: StatementCoverage): DifferenceReason {
  if (!c.balance) return 'noBalance';
  if (difference.isZero()) return 'none';
  // Records synced from after the customer's association (or none synced): its earlier grants
  // and reclaims are not here, so the difference is (at least partly) the balance carried in.
  if (!coverage.recordsFrom || !c.associatedOn || c.associatedOn < coverage.recordsFrom) return 'carriedIn';
  // Every grant is here but the bills start after the association: consumption before the
  // first synced month is missing, which leaves the records above the balance (difference < 0).
  const bills = coverage.firstBillMonth ? monthStartUtc(coverage.firstBillMonth).toISOString() : null;
  if (difference.isNegative() && (!bills || c.associatedOn < bills)) return 'carriedIn';
  return 'recordsMissing';
}

/** Sums of many rows (the summary's totals line). */
export function sumRows(rows: readonly StatementSummaryRow[]): StatementTotals & { difference: string } {
  const keys = ['opening', 'granted', 'reclaimed', 'cashConsumed', 'voucherConsumed', 'vouchersIssued', 'vouchersReclaimed', 'closing', 'difference'] as const;
  const sums = Object.fromEntries(keys.map((k) => [k, ZERO])) as Record<(typeof keys)[number], Dec>;
  for (const r of rows) for (const k of keys) sums[k] = sums[k].plus(r[k]);
  return Object.fromEntries(keys.map((k) => [k, money(sums[k])])) as unknown as StatementTotals & { difference: string };
}

export function periodView(period: Period): CustomerStatement['period'] {
  return { fromMonth: period.fromMonth, toMonth: period.toMonth, fromUtc: period.from.toISOString(), toUtc: period.to.toISOString() };
}

export { Dec };
