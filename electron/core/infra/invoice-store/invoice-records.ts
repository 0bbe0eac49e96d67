// Where invoices live, as promises: the solo operations file (SQLite, invoices/invoice-repository.ts)
// and the team database (infra/team/team-invoice-store.ts) both implement it, with the same rows
// and the same view, so the invoices channels drive either. Beneath the area, so infra can
// implement it.
import { AppError } from '../../../../shared/contract/errors';
import { INVOICE_TRANSITIONS } from '../../../../shared/contract/channels/invoices';
import type {
  InvoiceAmounts, InvoiceBasis, InvoiceDetails, InvoiceEventView, InvoiceKind, InvoiceStatus, InvoiceType, InvoiceView,
} from '../../../../shared/contract/channels/invoices';

export interface DocRow {
  id: string; kind: InvoiceKind; created_at: string; operator: string; basis: InvoiceBasis; invoice_type: InvoiceType;
  from_month: string; to_month: string; customer_id: string | null; customer_name: string | null; order_id: string | null;
  currency: string; amount: string; cash_amount: string; voucher_amount: string; details_json: string; lines_json: string; bills_as_of: string | null;
}
export interface EventRow { invoice_id: string; at: string; operator: string; status: InvoiceStatus; invoice_number: string | null; note: string | null }

export interface NewInvoice {
  readonly kind: InvoiceKind;
  readonly basis: InvoiceBasis;
  readonly invoiceType: InvoiceType;
  readonly period: { fromMonth: string; toMonth: string };
  readonly customerId?: string;
  readonly orderId?: string;
  readonly details: InvoiceDetails;
  readonly amounts: InvoiceAmounts;
}

/** A document's first status: a request is prepared, an invoice of ours starts as a draft. */
export const FIRST_STATUS: Record<InvoiceKind, InvoiceStatus> = { request: 'prepared', customer: 'draft' };

/**
 * What changing `current` to `to` takes, checked as both stores check it: a transition the
 * kind does not allow is refused; an issue takes a number, Huawei's (entered, for a request)
 * or one of ours ('own': the store draws the next in its transaction).
 */
export function statusChange(current: InvoiceView, to: InvoiceStatus, opts: { invoiceNumber?: string }): { number: string | 'own' | null } {
  const allowed = INVOICE_TRANSITIONS[current.kind][current.status] ?? [];
  if (!allowed.includes(to)) throw new AppError('INVOICE_STATUS_NOT_ALLOWED', { id: current.id, from: current.status, to });
  if (to !== 'issued') return { number: null };
  if (current.kind === 'customer') return { number: 'own' };
  if (!opts.invoiceNumber) throw new AppError('INVOICE_NUMBER_REQUIRED');
  return { number: opts.invoiceNumber };
}

export interface InvoiceStore {
  create(input: NewInvoice, operator: string, profileId: string): Promise<InvoiceView>;
  get(id: string): Promise<InvoiceView>;
  list(kind: InvoiceKind): Promise<InvoiceView[]>;
  lastDetails(kind: InvoiceKind, customerId?: string): Promise<InvoiceDetails | null>;
  /** One status change, checked against INVOICE_TRANSITIONS; issuing claims the number. */
  setStatus(id: string, to: InvoiceStatus, operator: string, opts: { invoiceNumber?: string; note?: string }): Promise<InvoiceView>;
}

export function invoiceView(d: DocRow, events: readonly EventRow[]): InvoiceView {
  const last = events.at(-1);
  const numbered = [...events].reverse().find((e) => e.invoice_number);
  const ev: InvoiceEventView[] = events.map((e) => ({ at: e.at, operator: e.operator, status: e.status, invoiceNumber: e.invoice_number, note: e.note }));
  return {
    id: d.id, kind: d.kind, basis: d.basis, invoiceType: d.invoice_type, period: { fromMonth: d.from_month, toMonth: d.to_month },
    customerId: d.customer_id, customerName: d.customer_name, orderId: d.order_id, currency: d.currency, amount: d.amount,
    cashAmount: d.cash_amount, voucherAmount: d.voucher_amount, details: JSON.parse(d.details_json) as InvoiceDetails,
    lines: JSON.parse(d.lines_json) as InvoiceView['lines'], billsAsOf: d.bills_as_of, createdAt: d.created_at, operator: d.operator,
    status: last?.status ?? 'prepared', invoiceNumber: numbered?.invoice_number ?? null, events: ev,
  };
}
