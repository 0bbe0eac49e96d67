// Invoice tables in the operations file (journal.db), migration 6: what operators prepared and
// decided about invoices — requests to Huawei (the China site has no invoice API, spec §7.1)
// and the partner's own invoices to its resale customers. Nothing here can be re-fetched, so it
// lives with the journal. Append-only: a document is written once; every status change
// (prepared → submitted → issued with its number / rejected; draft → issued → sent / void) is a
// new event row. Idempotent, so it applies on any database after migrations 4 and 5.
import type { Database } from 'better-sqlite3';
import type { Migration } from '../store/migrations';

const SQL = `
CREATE TABLE IF NOT EXISTS invoice_document (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('request', 'customer')),
  created_at TEXT NOT NULL,
  operator TEXT NOT NULL,
  profile_id TEXT NOT NULL,
  basis TEXT NOT NULL CHECK (basis IN ('period', 'order', 'customerPeriod')),
  invoice_type TEXT NOT NULL,
  from_month TEXT NOT NULL,
  to_month TEXT NOT NULL,
  customer_id TEXT,
  customer_name TEXT,
  order_id TEXT,
  currency TEXT NOT NULL,
  amount TEXT NOT NULL CHECK (typeof(amount) = 'text'),
  cash_amount TEXT NOT NULL CHECK (typeof(cash_amount) = 'text'),
  voucher_amount TEXT NOT NULL CHECK (typeof(voucher_amount) = 'text'),
  -- Title, tax details and delivery as entered (JSON): printed on the request and the invoice.
  details_json TEXT NOT NULL,
  -- The bill lines the amount was taken from (JSON), so the export shows how it was checked.
  lines_json TEXT NOT NULL,
  bills_as_of TEXT
);
CREATE INDEX IF NOT EXISTS invoice_document_kind ON invoice_document(kind, seq);
CREATE INDEX IF NOT EXISTS invoice_document_customer ON invoice_document(customer_id, seq);

CREATE TABLE IF NOT EXISTS invoice_event (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  invoice_id TEXT NOT NULL REFERENCES invoice_document(id),
  at TEXT NOT NULL,
  operator TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('prepared', 'submitted', 'issued', 'rejected', 'draft', 'sent', 'void')),
  invoice_number TEXT,
  note TEXT
);
CREATE INDEX IF NOT EXISTS invoice_event_invoice ON invoice_event(invoice_id, seq);
-- One invoice number names one invoice (per kind: Huawei's numbers and ours never meet).
CREATE TABLE IF NOT EXISTS invoice_number (
  kind TEXT NOT NULL,
  number TEXT NOT NULL,
  invoice_id TEXT NOT NULL REFERENCES invoice_document(id),
  PRIMARY KEY (kind, number)
);

`;

/** Every invoice table refuses UPDATE and DELETE: a change is a new row. */
const APPEND_ONLY = ['invoice_document', 'invoice_event', 'invoice_number'].flatMap((table) =>
  (['UPDATE', 'DELETE'] as const).map((op) =>
    `CREATE TRIGGER IF NOT EXISTS ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, 'invoices are append-only'); END;`),
).join('\n');

export function applyInvoicesSchema(db: Database): void {
  db.exec(SQL);
  db.exec(APPEND_ONLY);
}

const ensured = new WeakSet<Database>();

/**
 * Applies the schema once per connection. A file that passed version 6 while it was still a
 * no-op placeholder (the branches merged in another order) has no invoice tables; this creates
 * them, and changes nothing where migration 6 already ran.
 */
export function ensureInvoicesSchema(db: Database): Database {
  if (!ensured.has(db)) {
    applyInvoicesSchema(db);
    ensured.add(db);
  }
  return db;
}

/** Appended to JOURNAL_MIGRATIONS (journal/migration.ts) as version 6. */
export const invoicesOperationsMigration: Migration = {
  version: 6,
  name: 'invoices: requests to Huawei and invoices to resale customers, status events, numbers',
  up: applyInvoicesSchema,
};
