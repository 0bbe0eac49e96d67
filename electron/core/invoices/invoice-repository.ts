// Invoices in the operations file: a document written once, its statuses as appended events,
// numbers claimed in their own table (one number, one invoice). The partner's own invoices are
// numbered when issued: <year>-<5 digits>, in issue order within the year, in the same
// IMMEDIATE transaction as the event, so two issues can never take one number.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract';
import { type InvoiceDetails, type InvoiceKind, type InvoiceStatus, type InvoiceView } from '../../../shared/contract/channels/invoices';
import { FIRST_STATUS, invoiceView as view, statusChange, type DocRow, type EventRow, type InvoiceStore, type NewInvoice } from '../infra/invoice-store/invoice-records';

export type { NewInvoice } from '../infra/invoice-store/invoice-records';

export class InvoiceRepository {
  constructor(private readonly db: Database, private readonly now: () => Date = () => new Date()) {}

  create(input: NewInvoice, operator: string, profileId: string): InvoiceView {
    const id = randomUUID();
    const at = this.now().toISOString();
    this.db.transaction(() => {
      const seq = (this.db.prepare('SELECT coalesce(max(seq), 0) + 1 AS n FROM invoice_document').get() as { n: number }).n;
      this.db.prepare(`INSERT INTO invoice_document (id, seq, kind, created_at, operator, profile_id, basis, invoice_type, from_month, to_month,
          customer_id, customer_name, order_id, currency, amount, cash_amount, voucher_amount, details_json, lines_json, bills_as_of)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        id, seq, input.kind, at, operator, profileId, input.basis, input.invoiceType, input.period.fromMonth, input.period.toMonth,
        input.customerId ?? null, input.amounts.customerName, input.orderId ?? null, input.amounts.currency, input.amounts.amount,
        input.amounts.cashAmount, input.amounts.voucherAmount, JSON.stringify(input.details), JSON.stringify(input.amounts.lines), input.amounts.billsAsOf,
      );
      this.appendEvent(id, at, operator, FIRST_STATUS[input.kind], null, null);
    }).immediate();
    return this.get(id);
  }

  private appendEvent(id: string, at: string, operator: string, status: InvoiceStatus, number: string | null, note: string | null): void {
    this.db.prepare('INSERT INTO invoice_event (invoice_id, at, operator, status, invoice_number, note) VALUES (?, ?, ?, ?, ?, ?)').run(id, at, operator, status, number, note);
  }

  get(id: string): InvoiceView {
    const doc = this.db.prepare('SELECT * FROM invoice_document WHERE id = ?').get(id) as DocRow | undefined;
    if (!doc) throw new AppError('INVOICE_REQUEST_UNKNOWN', { id });
    const events = this.db.prepare('SELECT * FROM invoice_event WHERE invoice_id = ? ORDER BY seq').all(id) as EventRow[];
    return view(doc, events);
  }

  list(kind: InvoiceKind): InvoiceView[] {
    const docs = this.db.prepare('SELECT * FROM invoice_document WHERE kind = ? ORDER BY seq DESC').all(kind) as DocRow[];
    const events = this.db.prepare('SELECT e.* FROM invoice_event e JOIN invoice_document d ON d.id = e.invoice_id WHERE d.kind = ? ORDER BY e.seq').all(kind) as EventRow[];
    const byDoc = new Map<string, EventRow[]>();
    for (const e of events) byDoc.set(e.invoice_id, [...(byDoc.get(e.invoice_id) ?? []), e]);
    return docs.map((d) => view(d, byDoc.get(d.id) ?? []));
  }

  lastDetails(kind: InvoiceKind, customerId?: string): InvoiceDetails | null {
    const row = this.db
      .prepare('SELECT details_json FROM invoice_document WHERE kind = ? AND (? IS NULL OR customer_id = ?) ORDER BY seq DESC LIMIT 1')
      .get(kind, customerId ?? null, customerId ?? null) as { details_json: string } | undefined;
    return row ? (JSON.parse(row.details_json) as InvoiceDetails) : null;
  }

  setStatus(id: string, to: InvoiceStatus, operator: string, opts: { invoiceNumber?: string; note?: string }): InvoiceView {
    this.db.transaction(() => {
      const current = this.get(id);
      const change = statusChange(current, to, opts);
      const number = change.number === 'own' ? this.nextNumber() : change.number;
      if (number !== null) {
        const other = this.db.prepare('SELECT invoice_id FROM invoice_number WHERE kind = ? AND number = ?').get(current.kind, number) as { invoice_id: string } | undefined;
        if (other) throw new AppError('INVOICE_NUMBER_TAKEN', { number, other: other.invoice_id });
        this.db.prepare('INSERT INTO invoice_number (kind, number, invoice_id) VALUES (?, ?, ?)').run(current.kind, number, id);
      }
      this.appendEvent(id, this.now().toISOString(), operator, to, number, opts.note ?? null);
    }).immediate();
    return this.get(id);
  }

  private nextNumber(): string {
    const year = this.now().getUTCFullYear();
    const n = (this.db.prepare("SELECT count(*) AS n FROM invoice_number WHERE kind = 'customer' AND number LIKE ?").get(`${year}-%`) as { n: number }).n;
    return `${year}-${String(n + 1).padStart(5, '0')}`;
  }
}

/** The solo store: each call one synchronous SQLite step (its IMMEDIATE transaction intact), resolved. */
export class SqliteInvoiceStore implements InvoiceStore {
  constructor(private readonly repo: InvoiceRepository) {}
  create = async (input: NewInvoice, operator: string, profileId: string) => this.repo.create(input, operator, profileId);
  get = async (id: string) => this.repo.get(id);
  list = async (kind: InvoiceKind) => this.repo.list(kind);
  lastDetails = async (kind: InvoiceKind, customerId?: string): Promise<InvoiceDetails | null> => this.repo.lastDetails(kind, customerId);
  setStatus = async (id: string, to: InvoiceStatus, operator: string, opts: { invoiceNumber?: string; note?: string }): Promise<InvoiceView> =>
    this.repo.setStatus(id, to, operator, opts);
}
