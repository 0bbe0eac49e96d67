// Month-end statements per customer and period (issue #14), computed locally from the offline
// store: opening balance, grants and reclaims, vouchers issued / used / reclaimed, consumption
// split into cash and voucher parts, closing balance — and the closing balance compared with
// the synced balance, the difference shown with its reason, never hidden.
import { z } from 'zod';
import { channel } from '../define';
import { monthText } from './review';

/** A period of whole Beijing-time months (bill cycles), at most 18 (the bill APIs' window). */
export const statementPeriod = z
  .strictObject({ fromMonth: monthText, toMonth: monthText })
  .refine((p) => p.fromMonth <= p.toMonth, { message: 'fromMonth must not be after toMonth', path: ['toMonth'] });

export const STATEMENT_MAX_MONTHS = 18;

/**
 * Why a customer's closing balance from the records differs from the synced balance:
 * - none: they agree to the cent;
 * - carriedIn: the customer was associated before the synced records start (or the bills start
 *   after its association and the records stand above the balance): its earlier movements are
 *   not in the offline data, so the difference is the balance carried in;
 * - recordsMissing: the customer's whole history lies inside the window, yet the records do not
 *   add up to the balance — a record is missing (e.g. it reached the list after the sync);
 * - noBalance: no synced balance for this customer (not funded, or balances not synced).
 */
export const differenceReasons = ['none', 'carriedIn', 'recordsMissing', 'noBalance'] as const;
export type DifferenceReason = (typeof differenceReasons)[number];

export interface StatementTotals {
  readonly opening: string;
  readonly granted: string;
  readonly reclaimed: string;
  /** Net cash the bills took from the balance (consumption minus refunds and write-offs). */
  readonly cashConsumed: string;
  /** What vouchers paid of the bills. */
  readonly voucherConsumed: string;
  readonly vouchersIssued: string;
  readonly vouchersReclaimed: string;
  /** opening + granted − reclaimed − cashConsumed. */
  readonly closing: string;
}

export interface StatementSummaryRow extends StatementTotals {
  readonly customerId: string;
  readonly accountName: string | null;
  readonly customerName: string | null;
  readonly indirectPartnerId: string | null;
  /** The balance as last synced (ListCustomersBalancesDetail), null when none. */
  readonly syncedBalance: string | null;
  readonly balanceAsOf: string | null;
  /** The synced balance minus the movements after the period: what the closing should be. */
  readonly expectedClosing: string | null;
  /** expectedClosing − closing (0.00 when they agree). */
  readonly difference: string;
  readonly reason: DifferenceReason;
}

export type StatementLineKind = 'grant' | 'reclaim' | 'unbind' | 'consumption' | 'refund' | 'voucherIssued' | 'voucherReclaimed';

export interface StatementLine {
  /** UTC instant; a bill line is dated at the end of its Beijing-time month. */
  readonly at: string;
  readonly kind: StatementLineKind;
  /** Trans id, coupon id or bill cycle. */
  readonly reference: string;
  /** Signed effect on the cash balance (0.00 for voucher lines). */
  readonly cash: string;
  /** Voucher amount: issued, reclaimed, or what vouchers paid of a bill. */
  readonly voucher: string;
  /** Cash balance after this line. */
  readonly balance: string;
}

export interface CustomerStatement {
  readonly period: { readonly fromMonth: string; readonly toMonth: string; readonly fromUtc: string; readonly toUtc: string };
  readonly currency: string;
  readonly row: StatementSummaryRow;
  readonly lines: readonly StatementLine[];
  /** Where the offline data starts and when it was fetched, for the explanation. */
  readonly coverage: StatementCoverage;
  readonly associatedOn: string | null;
}

export interface StatementCoverage {
  readonly recordsFrom: string | null;
  readonly firstBillMonth: string | null;
  readonly lastBillMonth: string | null;
  readonly balancesAsOf: string | null;
  readonly recordsAsOf: string | null;
  readonly billsAsOf: string | null;
  readonly couponRecordsAsOf: string | null;
}

export interface StatementSummary {
  readonly period: CustomerStatement['period'];
  readonly currency: string;
  readonly coverage: StatementCoverage;
  readonly total: number;
  /** Customers whose closing differs from the synced balance. */
  readonly withDifference: number;
  readonly totals: StatementTotals & { readonly difference: string };
  readonly rows: readonly StatementSummaryRow[];
  /** For a T2 chosen by a T1: the reseller's own movements with the T1 and its balance. */
  readonly reseller: ResellerStatement | null;
}

export interface ResellerStatement {
  readonly indirectPartnerId: string;
  readonly name: string | null;
  readonly granted: string;
  readonly reclaimed: string;
  readonly syncedBalance: string | null;
}

const scope = {
  /** T1: one T2 and its customers. */
  indirectPartnerId: z.string().min(1).max(64).optional(),
  /** Only customers whose id, account name or name contains this. */
  search: z.string().max(100).optional(),
  /** Only customers whose closing differs from the synced balance. */
  onlyDifferences: z.boolean().optional(),
};

export const statementSummaryInput = z.strictObject({
  period: statementPeriod,
  ...scope,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const statementExportInput = z.strictObject({
  period: statementPeriod,
  ...scope,
  /** Only these customers (one statement each); all customers of the scope otherwise. */
  customerIds: z.array(z.string().min(1).max(64)).min(1).max(20000).optional(),
  format: z.enum(['xlsx', 'pdf']),
  language: z.enum(['en', 'zh-CN']),
});

export interface StatementExportResult {
  readonly path: string;
  readonly fileName: string;
  readonly format: 'xlsx' | 'pdf';
  readonly customerCount: number;
  readonly bytes: number;
}

/** Customers that consumed in a bill month (ListConsumeSubCustomers), as last fetched. */
export interface ConsumersOfMonth {
  readonly month: string;
  readonly fetchedAt: string | null;
  readonly rows: readonly {
    readonly customerId: string;
    readonly accountName: string | null;
    readonly customerName: string | null;
    readonly indirectPartnerId: string | null;
    /** The month's total from the synced bill sums; null when they hold none for the customer. */
    readonly billTotal: string | null;
  }[];
}

const storeErrors = ['STORE_UNAVAILABLE', 'STORE_CORRUPT'] as const;

export const statementsChannels = {
  summary: channel<StatementSummary>()(statementSummaryInput, [...storeErrors, 'STATEMENT_PERIOD_TOO_LONG']),
  customer: channel<CustomerStatement>()(
    z.strictObject({ period: statementPeriod, customerId: z.string().min(1).max(64) }),
    [...storeErrors, 'STATEMENT_PERIOD_TOO_LONG', 'STATEMENT_CUSTOMER_UNKNOWN'],
  ),
  /** Offline: the customers that consumed in a month, as last fetched. */
  consumers: channel<ConsumersOfMonth>()(z.strictObject({ month: monthText }), [...storeErrors]),
  /** Fetches ListConsumeSubCustomers for the month (all pages), keeps it and answers it. */
  syncConsumers: channel<ConsumersOfMonth>()(z.strictObject({ month: monthText }), [...storeErrors], ['online']),
  export: channel<StatementExportResult>()(statementExportInput, [
    ...storeErrors, 'STATEMENT_PERIOD_TOO_LONG', 'STATEMENT_CUSTOMER_UNKNOWN', 'STATEMENT_PDF_TOO_MANY', 'STATEMENT_NOTHING_TO_EXPORT', 'EXPORT_FAILED', 'PDF_FONT_MISSING',
  ]),
};
