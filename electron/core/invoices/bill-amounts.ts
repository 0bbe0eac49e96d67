// What the offline bills say for an invoice: the cash part (what the balance paid, invoiced)
// and the voucher part (a discount, shown apart and not invoiced), per month, customer and
// service. The same scope rule as the statements: one scope per customer and month.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract';
import type { InvoiceAmounts, InvoiceLine } from '../../../shared/contract/channels/invoices';
import { compareAmounts } from '../../../shared/domain/money';
import { Dec, ZERO } from '../statements/ledger-data';
import { money } from '../statements/compute';
import { monthsBetween, periodOf } from '../statements/period';

export interface InvoiceSourceInput {
  readonly kind: 'request' | 'customer';
  readonly basis: 'period' | 'order' | 'customerPeriod';
  readonly period: { fromMonth: string; toMonth: string };
  readonly customerId?: string;
  readonly orderId?: string;
  readonly orderAmount?: string;
}

const VOUCHER = new Set(['BALANCE_TYPE_COUPON', 'BALANCE_TYPE_RCASH_COUPON']);

export function invoiceAmounts(db: Database, src: InvoiceSourceInput): InvoiceAmounts {
  periodOf(src.period);
  const needsCustomer = src.basis !== 'period' || src.kind === 'customer';
  const missing: string[] = [];
  if (needsCustomer && !src.customerId) missing.push('customerId');
  if (src.basis === 'order' && !src.orderId) missing.push('orderId');
  if (src.basis === 'order' && !src.orderAmount) missing.push('orderAmount');
  if (missing.length) throw new AppError('INVOICE_DETAILS_INCOMPLETE', { fields: missing.join(', ') });
  let customerName: string | null = null;
  if (src.customerId) {
    const c = db.prepare('SELECT coalesce(customer_name, account_name) AS n FROM customers WHERE customer_id = ?').get(src.customerId) as { n: string | null } | undefined;
    if (!c) throw new AppError('STATEMENT_CUSTOMER_UNKNOWN', { customerId: src.customerId });
    customerName = c.n;
  }
  const rows = db
    .prepare(`SELECT b.cycle, b.customer_id, b.cloud_service_type_name AS service, b.amount, b.account_details FROM bill_sums b
      WHERE b.cycle >= ? AND b.cycle <= ? AND (? IS NULL OR b.customer_id = ?)
        AND (b.indirect_partner_id IS NULL OR NOT EXISTS (
          SELECT 1 FROM bill_sums n WHERE n.cycle = b.cycle AND n.customer_id = b.customer_id AND n.indirect_partner_id IS NULL))
      ORDER BY b.cycle, b.customer_id, service`)
    .all(src.period.fromMonth, src.period.toMonth, src.customerId ?? null, src.customerId ?? null) as
    { cycle: string; customer_id: string; service: string | null; amount: string; account_details: string | null }[];
  const grouped = new Map<string, { cycle: string; customerId: string; service: string | null; cash: Dec; voucher: Dec }>();
  let cash = ZERO;
  let voucher = ZERO;
  for (const r of rows) {
    const key = `${r.cycle}|${r.customer_id}|${r.service ?? ''}`;
    let g = grouped.get(key);
    if (!g) grouped.set(key, (g = { cycle: r.cycle, customerId: r.customer_id, service: r.service, cash: ZERO, voucher: ZERO }));
    const details = r.account_details ? (JSON.parse(r.account_details) as { balance_type?: string; amount?: unknown }[]) : null;
    if (!details) {
      g.cash = g.cash.plus(r.amount);
      cash = cash.plus(r.amount);
      continue;
    }
    for (const d of details) {
      if (d.amount === undefined || d.amount === null) continue;
      const a = new Dec(String(d.amount));
      if (d.balance_type === 'BALANCE_TYPE_DEBIT') {
        g.cash = g.cash.plus(a);
        cash = cash.plus(a);
      } else if (VOUCHER.has(d.balance_type ?? '')) {
        g.voucher = g.voucher.plus(a);
        voucher = voucher.plus(a);
      }
    }
  }
  const what = `${customerName ?? src.customerId ?? ''} ${src.period.fromMonth}${monthsBetween(src.period.fromMonth, src.period.toMonth) > 1 ? `–${src.period.toMonth}` : ''}`.trim();
  if (!cash.gt(0)) throw new AppError('INVOICE_NOTHING_TO_INVOICE', { what });
  let amount = cash;
  if (src.basis === 'order') {
    // An order is invoiced for its own amount, which the bills of the customer must cover.
    if (compareAmounts(src.orderAmount!, money(cash)) > 0 || !new Dec(src.orderAmount!).gt(0)) {
      throw new AppError('INVOICE_DETAILS_INCOMPLETE', { fields: `orderAmount ≤ ${money(cash)}` });
    }
    amount = new Dec(src.orderAmount!);
  }
  const lines: InvoiceLine[] = [...grouped.values()].map((g) => ({ cycle: g.cycle, customerId: g.customerId, service: g.service, cash: money(g.cash), voucher: money(g.voucher) }));
  const asOf = (db.prepare("SELECT as_of FROM sync_lists WHERE list = 'billSums'").get() as { as_of: string | null } | undefined)?.as_of ?? null;
  const currency = (db.prepare('SELECT currency FROM bill_sums WHERE currency IS NOT NULL LIMIT 1').get() as { currency: string } | undefined)?.currency ?? 'CNY';
  return { currency, amount: money(amount), cashAmount: money(cash), voucherAmount: money(voucher), lines, billsAsOf: asOf, customerName };
}
