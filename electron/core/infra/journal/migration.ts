// Schema of the money-operation journal. Append-only by construction: triggers refuse UPDATE
// and DELETE, so a state change is a new event row and a correction is a new entry.
// Amounts are TEXT (decimal strings), never REAL. Runs through the store's migration
// mechanism (user_version steps), on the journal's own database file — the operations file,
// which since version 2 also holds the batch plans (plans/schema.ts) and since version 3 the
// four-eyes policy and roster (four-eyes/schema.ts).
import { writeDetailsMigration } from './write-details-schema';
import { alertsOperationsMigration } from './alerts-schema';
import { fourEyesOperationsMigration } from './four-eyes-schema';
import { plansOperationsMigration } from './plans-schema';
import type { Migration } from '../store/migrations';

const SCHEMA_1 = `
CREATE TABLE IF NOT EXISTS journal_entry (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  operator TEXT NOT NULL,
  profile_id TEXT NOT NULL,
  profile_name TEXT NOT NULL,
  operation TEXT NOT NULL,
  counterparty_id TEXT NOT NULL,
  counterparty_name TEXT,
  indirect_partner_id TEXT,
  amount TEXT NOT NULL CHECK (typeof(amount) = 'text'),
  currency TEXT NOT NULL,
  memo TEXT,
  retry_of TEXT REFERENCES journal_entry(id),
  plan_id TEXT,
  plan_item_id TEXT
);
CREATE INDEX IF NOT EXISTS journal_entry_created ON journal_entry(created_at);
CREATE INDEX IF NOT EXISTS journal_entry_counterparty ON journal_entry(counterparty_id, operation);
CREATE INDEX IF NOT EXISTS journal_entry_plan ON journal_entry(plan_id, plan_item_id);
-- At most one re-send per entry.
CREATE UNIQUE INDEX IF NOT EXISTS journal_entry_retry_once ON journal_entry(retry_of) WHERE retry_of IS NOT NULL;

CREATE TABLE IF NOT EXISTS journal_event (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entry_id TEXT NOT NULL REFERENCES journal_entry(id),
  state TEXT NOT NULL CHECK (state IN ('pending','sent','done','failed','unknown','reconciled-done','reconciled-not-applied')),
  at TEXT NOT NULL,
  operator TEXT NOT NULL,
  request_id TEXT,
  code TEXT,
  message TEXT,
  trans_id TEXT,
  evidence TEXT
);
CREATE INDEX IF NOT EXISTS journal_event_entry ON journal_event(entry_id, seq);
-- One applied transaction explains at most one entry: no adjust record is claimed twice.
CREATE UNIQUE INDEX IF NOT EXISTS journal_event_trans_claim ON journal_event(trans_id)
  WHERE trans_id IS NOT NULL AND state IN ('done','reconciled-done');

CREATE TRIGGER IF NOT EXISTS journal_entry_no_update BEFORE UPDATE ON journal_entry
  BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
CREATE TRIGGER IF NOT EXISTS journal_entry_no_delete BEFORE DELETE ON journal_entry
  BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
CREATE TRIGGER IF NOT EXISTS journal_event_no_update BEFORE UPDATE ON journal_event
  BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
CREATE TRIGGER IF NOT EXISTS journal_event_no_delete BEFORE DELETE ON journal_event
  BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
`;

// Version 3 (write engine, issue #11): confirmations are used once, recorded durably; a plan
// item's first send is unique (a re-send is always linked with retry_of).
const SCHEMA_3 = `
CREATE TABLE IF NOT EXISTS confirmation_use (
  token_hash TEXT PRIMARY KEY,
  used_at TEXT NOT NULL,
  operator TEXT NOT NULL,
  channel TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS confirmation_use_no_update BEFORE UPDATE ON confirmation_use
  BEGIN SELECT RAISE(ABORT, 'confirmation uses are append-only'); END;
CREATE TRIGGER IF NOT EXISTS confirmation_use_no_delete BEFORE DELETE ON confirmation_use
  BEGIN SELECT RAISE(ABORT, 'confirmation uses are append-only'); END;
CREATE UNIQUE INDEX IF NOT EXISTS journal_entry_plan_first_send ON journal_entry(plan_id, plan_item_id)
  WHERE plan_id IS NOT NULL AND retry_of IS NULL;
`;

export const JOURNAL_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'money journal: entries, events, append-only triggers', up: (db) => db.exec(SCHEMA_1) },
  plansOperationsMigration,
  { version: 3, name: 'write engine: single-use confirmations, unique first send of a plan item', up: (db) => db.exec(SCHEMA_3) },
  fourEyesOperationsMigration,
  writeDetailsMigration,
  // 6 is reserved for the branch merged beside this one (statements #14): versions are
  // consecutive, so until it lands this step changes nothing. On merge the real migration takes
  // its place; a file already at 7 has run it as a no-op, which is why every journal migration
  // is idempotent (CREATE … IF NOT EXISTS).
  { version: 6, name: 'reserved (issue #14)', up: () => undefined },
  alertsOperationsMigration,
];
