// Version 2 of the team schema: the invoices of the operations file (issue #16 lists invoice
// requests with the journal), as the SQLite file keeps them (infra/journal/invoices-schema.ts):
// a document written once, its statuses as appended events, numbers claimed in their own
// table so one number names one invoice team-wide. The operator is the login role, stamped by
// the server; nobody may change or remove a row (grants for operators, triggers for everyone).
import { appendOnlyTriggersSql } from './schema-journal';

export const INVOICE_TABLES = ['invoice_document', 'invoice_event', 'invoice_number'] as const;

export const INVOICES_SCHEMA_SQL = `
CREATE TABLE invoice_document (
  id text PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  kind text NOT NULL CHECK (kind IN ('request', 'customer')),
  created_at text NOT NULL,
  operator text NOT NULL,
  recorded_at timestamptz NOT NULL,
  profile_id text NOT NULL,
  basis text NOT NULL CHECK (basis IN ('period', 'order', 'customerPeriod')),
  invoice_type text NOT NULL,
  from_month text NOT NULL,
  to_month text NOT NULL,
  customer_id text,
  customer_name text,
  order_id text,
  currency text NOT NULL,
  amount text NOT NULL CHECK (amount ~ '^-?[0-9]+(\\.[0-9]+)?$'),
  cash_amount text NOT NULL CHECK (cash_amount ~ '^-?[0-9]+(\\.[0-9]+)?$'),
  voucher_amount text NOT NULL CHECK (voucher_amount ~ '^-?[0-9]+(\\.[0-9]+)?$'),
  details_json text NOT NULL,
  lines_json text NOT NULL,
  bills_as_of text
);
CREATE INDEX invoice_document_kind ON invoice_document (kind, seq);
CREATE INDEX invoice_document_customer ON invoice_document (customer_id, seq);

CREATE TABLE invoice_event (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  invoice_id text NOT NULL REFERENCES invoice_document (id),
  at text NOT NULL,
  operator text NOT NULL,
  recorded_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('prepared', 'submitted', 'issued', 'rejected', 'draft', 'sent', 'void')),
  invoice_number text,
  note text
);
CREATE INDEX invoice_event_invoice ON invoice_event (invoice_id, seq);

CREATE TABLE invoice_number (
  kind text NOT NULL,
  number text NOT NULL,
  invoice_id text NOT NULL REFERENCES invoice_document (id),
  PRIMARY KEY (kind, number)
);

CREATE TRIGGER invoice_document_stamp BEFORE INSERT ON invoice_document FOR EACH ROW EXECUTE FUNCTION stamp_operator();
CREATE TRIGGER invoice_event_stamp BEFORE INSERT ON invoice_event FOR EACH ROW EXECUTE FUNCTION stamp_operator();
${appendOnlyTriggersSql(INVOICE_TABLES)}
`;

/** Operators read them and add rows; the operator, the recording time and the order are the server's. */
export const invoiceGrantsSql = (operator: string): string => `
GRANT SELECT ON ${INVOICE_TABLES.join(', ')} TO ${operator};
GRANT INSERT (id, kind, created_at, profile_id, basis, invoice_type, from_month, to_month, customer_id, customer_name, order_id,
  currency, amount, cash_amount, voucher_amount, details_json, lines_json, bills_as_of) ON invoice_document TO ${operator};
GRANT INSERT (invoice_id, at, status, invoice_number, note) ON invoice_event TO ${operator};
GRANT INSERT (kind, number, invoice_id) ON invoice_number TO ${operator};
`;
