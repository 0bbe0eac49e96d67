// Plan tables, as migration 2 of the operations file (journal.db): plans are records of what
// operators did, not a re-fetchable snapshot, so they live beside the money journal. Every
// statement is idempotent so a standalone database (tests, the bench) can apply it directly.
// Amounts are TEXT decimals; there is no REAL column.
import type { Migration } from '../store/migrations';
import { LEGACY_COPY_SQL } from './legacy-plans';

export const PLANS_MIGRATION = {
  id: 'plans-1',
  sql: `
CREATE TABLE IF NOT EXISTS plans (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  author TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  requires_approval INTEGER NOT NULL DEFAULT 0,
  content_hash TEXT NOT NULL,
  total TEXT NOT NULL DEFAULT '0.00',
  error_rows INTEGER NOT NULL DEFAULT 0,
  problems_json TEXT NOT NULL DEFAULT '[]',
  allocatable TEXT,
  allocatable_fetched_at TEXT,
  approval_approver TEXT,
  approval_at TEXT,
  approval_hash TEXT,
  approval_via TEXT,
  started_at TEXT,
  finished_at TEXT
);
CREATE TABLE IF NOT EXISTS plan_rows (
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  target TEXT NOT NULL,
  amount TEXT NOT NULL,
  memo TEXT NOT NULL,
  source_line INTEGER,
  counterparty_id TEXT,
  counterparty_name TEXT,
  indirect_partner_id TEXT,
  balance TEXT,
  balance_fetched_at TEXT,
  canonical_amount TEXT,
  problems_json TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (plan_id, idx)
);
CREATE TABLE IF NOT EXISTS plan_items (
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  counterparty_id TEXT NOT NULL,
  counterparty_name TEXT,
  indirect_partner_id TEXT,
  amount TEXT NOT NULL,
  memo TEXT NOT NULL,
  outcome TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  journal_entry_id TEXT,
  trans_id TEXT,
  error_code TEXT,
  error_message TEXT,
  updated_at TEXT NOT NULL,
  finished_at TEXT,
  PRIMARY KEY (plan_id, idx)
);
CREATE INDEX IF NOT EXISTS plan_items_outcome ON plan_items(plan_id, outcome);
`,
} as const;

/** Appended to JOURNAL_MIGRATIONS (journal/migration.ts) as version 2. */
export const plansOperationsMigration: Migration = {
  version: 2,
  name: 'batch plans: plans, rows, execution items (moved from the snapshot store)',
  up: (db) => db.exec(PLANS_MIGRATION.sql + LEGACY_COPY_SQL),
};
