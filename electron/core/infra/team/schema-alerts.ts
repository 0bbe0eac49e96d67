// Version 3 of the team schema: alert rules and the fired-alert log of the operations file
// (the SQLite file's migration 7), per partner account: the team's rules are one set, and a
// state change found by any workstation's check is logged once for all (the next check
// elsewhere compares with it). Rules are settings, replaced as a set; the log and what was
// done about it are append-only, their operator stamped by the server.
import { appendOnlyTriggersSql } from './schema-journal';

export const ALERT_LOG_TABLES = ['alert_event', 'alert_action'] as const;

export const ALERTS_SCHEMA_SQL = `
CREATE TABLE alert_rule (
  account text NOT NULL,
  id text NOT NULL,
  position integer NOT NULL,
  kind text NOT NULL,
  amount text CHECK (amount IS NULL OR amount ~ '^-?[0-9]+(\\.[0-9]+)?$'),
  percent integer,
  days integer,
  enabled boolean NOT NULL DEFAULT true,
  updated_at text NOT NULL,
  operator text NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (account, id)
);

CREATE TABLE alert_event (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account text NOT NULL,
  rule_id text NOT NULL,
  kind text NOT NULL,
  amount text,
  percent integer,
  days integer,
  at text NOT NULL,
  state text NOT NULL CHECK (state IN ('firing', 'cleared')),
  subject_key text NOT NULL,
  subjects text NOT NULL,
  operator text NOT NULL,
  recorded_at timestamptz NOT NULL
);
CREATE INDEX alert_event_rule ON alert_event (account, rule_id, seq);

CREATE TABLE alert_action (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_seq bigint NOT NULL REFERENCES alert_event (seq),
  at text NOT NULL,
  operator text NOT NULL,
  recorded_at timestamptz NOT NULL,
  action text NOT NULL CHECK (action IN ('notified', 'draft-plan')),
  plan_id text
);
CREATE INDEX alert_action_event ON alert_action (event_seq);

CREATE TABLE alert_check (
  account text PRIMARY KEY,
  checked_at text NOT NULL
);

CREATE TRIGGER alert_rule_stamp BEFORE INSERT ON alert_rule FOR EACH ROW EXECUTE FUNCTION stamp_operator();
CREATE TRIGGER alert_event_stamp BEFORE INSERT ON alert_event FOR EACH ROW EXECUTE FUNCTION stamp_operator();
CREATE TRIGGER alert_action_stamp BEFORE INSERT ON alert_action FOR EACH ROW EXECUTE FUNCTION stamp_operator();
${appendOnlyTriggersSql(ALERT_LOG_TABLES)}
`;

export const alertGrantsSql = (operator: string): string => `
GRANT SELECT ON alert_rule, alert_event, alert_action, alert_check TO ${operator};
GRANT INSERT (account, id, position, kind, amount, percent, days, enabled, updated_at), DELETE ON alert_rule TO ${operator};
GRANT INSERT (account, rule_id, kind, amount, percent, days, at, state, subject_key, subjects) ON alert_event TO ${operator};
GRANT INSERT (event_seq, at, action, plan_id) ON alert_action TO ${operator};
GRANT INSERT, UPDATE (checked_at) ON alert_check TO ${operator};
`;
