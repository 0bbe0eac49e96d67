// Four-eyes tables in the operations file (journal.db): the partner account's approval policy
// and approver roster as an append-only event log (current state is derived from it), and
// the signature columns of a plan's approval. Idempotent, so a standalone plans database
// (tests, the bench) can apply it too.
import type { Database } from 'better-sqlite3';
import type { Migration } from '../store/migrations';

const EVENTS_SQL = `
CREATE TABLE IF NOT EXISTS approval_policy_event (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  operator TEXT NOT NULL,
  account TEXT NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('approver-enrolled', 'approver-removed', 'policy-set')),
  subject TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
CREATE TRIGGER IF NOT EXISTS approval_policy_event_no_update BEFORE UPDATE ON approval_policy_event
  BEGIN SELECT RAISE(ABORT, 'approval policy log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS approval_policy_event_no_delete BEFORE DELETE ON approval_policy_event
  BEGIN SELECT RAISE(ABORT, 'approval policy log is append-only'); END;
`;

/** Which key signed a plan's approval, and the signature (base64). */
const APPROVAL_COLUMNS = ['approval_key', 'approval_signature'] as const;

export function applyFourEyesSchema(db: Database): void {
  db.exec(EVENTS_SQL);
  const have = new Set((db.prepare("SELECT name FROM pragma_table_info('plans')").all() as { name: string }[]).map((c) => c.name));
  for (const column of APPROVAL_COLUMNS) if (!have.has(column)) db.exec(`ALTER TABLE plans ADD COLUMN ${column} TEXT`);
}

/** Appended to JOURNAL_MIGRATIONS (journal/migration.ts) as version 4. */
export const fourEyesOperationsMigration: Migration = {
  version: 4,
  name: 'four eyes: approval policy and roster log, signed plan approvals',
  up: applyFourEyesSchema,
};
