// The invoices of a shared profile, in the team database (schema version 2): the same rows and
// view as the solo file (invoices/invoice-repository.ts). The server stamps the operator (the
// login role); a status change runs under a per-invoice advisory lock, and our own invoices
// are numbered under one lock, so two workstations never issue one number or decide one
// invoice twice; the number's primary key refuses a duplicate even so.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { AppError } from '../../../../shared/contract/errors';
import { type InvoiceDetails, type InvoiceKind, type InvoiceStatus, type InvoiceView } from '../../../../shared/contract/channels/invoices';
import { FIRST_STATUS, invoiceView, statusChange, type DocRow, type EventRow, type InvoiceStore, type NewInvoice } from '../invoice-store/invoice-records';
import { inTransaction, LOCK_SPACE, pgError } from './connection';

type Queryable = Pick<pg.PoolClient, 'query'>;

const UNIQUE_VIOLATION = '23505';

export class TeamInvoiceStore implements InvoiceStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** `_operator`: the server records the login role. */
  async create(input: NewInvoice, _operator: string, profileId: string): Promise<InvoiceView> {
    const id = randomUUID();
    const at = this.now().toISOString();
    await inTransaction(this.pool, async (c) => {
      await c.query(
        `INSERT INTO invoice_document (id, kind, created_at, profile_id, basis, invoice_type, from_month, to_month, customer_id, customer_name,
           order_id, currency, amount, cash_amount, voucher_amount, details_json, lines_json, bills_as_of)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
        [
          id, input.kind, at, profileId, input.basis, input.invoiceType, input.period.fromMonth, input.period.toMonth, input.customerId ?? null,
          input.amounts.customerName, input.orderId ?? null, input.amounts.currency, input.amounts.amount, input.amounts.cashAmount,
          input.amounts.voucherAmount, JSON.stringify(input.details), JSON.stringify(input.amounts.lines), input.amounts.billsAsOf,
        ],
      );
      await this.appendEvent(c, id, at, FIRST_STATUS[input.kind], null, null);
    });
    return this.get(id);
  }

  get(id: string): Promise<InvoiceView> {
    return this.read(this.pool, id);
  }

  async list(kind: InvoiceKind): Promise<InvoiceView[]> {
    const docs = (await this.pool.query<DocRow>('SELECT * FROM invoice_document WHERE kind = $1 ORDER BY seq DESC', [kind])).rows;
    const events = (
      await this.pool.query<EventRow>('SELECT e.* FROM invoice_event e JOIN invoice_document d ON d.id = e.invoice_id WHERE d.kind = $1 ORDER BY e.seq', [kind])
    ).rows;
    const byDoc = new Map<string, EventRow[]>();
    for (const e of events) byDoc.set(e.invoice_id, [...(byDoc.get(e.invoice_id) ?? []), e]);
    return docs.map((d) => invoiceView(d, byDoc.get(d.id) ?? []));
  }

  async lastDetails(kind: InvoiceKind, customerId?: string): Promise<InvoiceDetails | null> {
    const row = (
      await this.pool.query<{ details_json: string }>(
        'SELECT details_json FROM invoice_document WHERE kind = $1 AND ($2::text IS NULL OR customer_id = $2) ORDER BY seq DESC LIMIT 1',
        [kind, customerId ?? null],
      )
    ).rows[0];
    return row ? (JSON.parse(row.details_json) as InvoiceDetails) : null;
  }

  async setStatus(id: string, to: InvoiceStatus, _operator: string, opts: { invoiceNumber?: string; note?: string }): Promise<InvoiceView> {
    await inTransaction(this.pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_SPACE.invoice, id]);
      const current = await this.read(c, id);
      const change = statusChange(current, to, opts);
      const number = change.number === 'own' ? await this.nextNumber(c) : change.number;
      if (number !== null) await this.claimNumber(c, current.kind, number, id);
      await this.appendEvent(c, id, this.now().toISOString(), to, number, opts.note ?? null);
    });
    return this.get(id);
  }

  private async read(db: Queryable, id: string): Promise<InvoiceView> {
    const doc = (await db.query<DocRow>('SELECT * FROM invoice_document WHERE id = $1', [id])).rows[0];
    if (!doc) throw new AppError('INVOICE_REQUEST_UNKNOWN', { id });
    const events = (await db.query<EventRow>('SELECT * FROM invoice_event WHERE invoice_id = $1 ORDER BY seq', [id])).rows;
    return invoiceView(doc, events);
  }

  private async appendEvent(db: Queryable, id: string, at: string, status: InvoiceStatus, number: string | null, note: string | null): Promise<void> {
    await db.query('INSERT INTO invoice_event (invoice_id, at, status, invoice_number, note) VALUES ($1, $2, $3, $4, $5)', [id, at, status, number, note]);
  }

  private async claimNumber(db: Queryable, kind: InvoiceKind, number: string, id: string): Promise<void> {
    const taken = async () => {
      const other = (await db.query<{ invoice_id: string }>('SELECT invoice_id FROM invoice_number WHERE kind = $1 AND number = $2', [kind, number])).rows[0];
      return new AppError('INVOICE_NUMBER_TAKEN', { number, other: other?.invoice_id ?? '?' });
    };
    const other = (await db.query('SELECT 1 FROM invoice_number WHERE kind = $1 AND number = $2', [kind, number])).rowCount;
    if (other) throw await taken();
    await db.query('SAVEPOINT claim');
    try {
      await db.query('INSERT INTO invoice_number (kind, number, invoice_id) VALUES ($1, $2, $3)', [kind, number, id]);
    } catch (error) {
      if (pgError(error).code !== UNIQUE_VIOLATION) throw error;
      // Another workstation claimed it between the look and the insert.
      await db.query('ROLLBACK TO SAVEPOINT claim');
      throw await taken();
    }
  }

  private async nextNumber(db: Queryable): Promise<string> {
    await db.query('SELECT pg_advisory_xact_lock($1, 0)', [LOCK_SPACE.invoiceNumber]);
    const year = this.now().getUTCFullYear();
    const n = Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM invoice_number WHERE kind = 'customer' AND number LIKE $1", [`${year}-%`])).rows[0]!.n);
    return `${year}-${String(n + 1).padStart(5, '0')}`;
  }
}
