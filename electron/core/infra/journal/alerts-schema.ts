// Journal migration 7 (issue #15): alert rules per profile and the fired-alert log, in the
// operations file (journal.db) beside the money journal: what fired and what an operator did
// about it is a record of the account, like the journal, and survives "start fresh" of the
// snapshot cache. Rules are settings (replaced as a set); the log is append-only.
import type { Migration } from '../store/migrations';

const SCHEMA_7 = `
CREATE TABLE IF NOT EXISTS alert_rule (
  profile_id TEXT NOT NULL,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  amount TEXT CHECK (amount IS NULL OR typeof(amount) = 'text'),
  percent INTEGER,
  days INTEGER,
  enabled INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (profile_id, id)
);

-- One row per state change of a rule: firing (with the subjects it fired for) or cleared.
CREATE TABLE IF NOT EXISTS alert_event (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  profile_id TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  amount TEXT,
  percent INTEGER,
  days INTEGER,
  at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('firing', 'cleared')),
  -- Sorted subject ids joined: the state a later check compares with.
  subject_key TEXT NOT NULL,
  subjects TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alert_event_rule ON alert_event (profile_id, rule_id, seq);

-- What was done about an alert: its OS notification shown, a draft plan made from it.
CREATE TABLE IF NOT EXISTS alert_action (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  event_seq INTEGER NOT NULL REFERENCES alert_event(seq),
  at TEXT NOT NULL,
  operator TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('notified', 'draft-plan')),
  plan_id TEXT
);
CREATE INDEX IF NOT EXISTS alert_action_event ON alert_action (event_seq);

-- The last time the rules were checked, per profile.
CREATE TABLE IF NOT EXISTS alert_check (
  profile_id TEXT PRIMARY KEY,
  checked_at TEXT NOT NULL
);

CREATE TRIGGER IF NOT EXISTS alert_event_no_update BEFORE UPDATE ON alert_event
  BEGIN SELECT RAISE(ABORT, 'the alert log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS alert_event_no_delete BEFORE DELETE ON alert_event
  BEGIN SELECT RAISE(ABORT, 'the alert log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS alert_action_no_update BEFORE UPDATE ON alert_action
  BEGIN SELECT RAISE(ABORT, 'the alert log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS alert_action_no_delete BEFORE DELETE ON alert_action
  BEGIN SELECT RAISE(ABORT, 'the alert log is append-only'); END;
`;

export const alertsOperationsMigration: Migration = {
  version: 7,
  name: 'alerts: rules per profile, the fired-alert log and what was done',
  up: (db) => db.exec(SCHEMA_7),
};
