// Team schema, version 1, part one: the money journal as the SQLite operations file has it
// after its migration 5 (entries with details, batch_id, intent_key; append-only events),
// single-use confirmations, and what only a shared server can add: the operator is the login
// role (session_user: the client cannot name it, SET ROLE cannot change it), the transition
// table is checked by the server under a per-entry lock, and every event is announced with
// NOTIFY when it commits. Frozen once released: a change is a new migration.
//
// Times the app sends (created_at, at, used_at) are the app's clock, as in SQLite: the
// reconciliation windows are computed against it with the measured Huawei clock offset.
// recorded_at is the server's clock, set by the server, for the audit.
export const JOURNAL_SCHEMA_SQL = `
CREATE TABLE journal_entry (
  id text PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  created_at timestamptz(3) NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  operator text NOT NULL DEFAULT session_user,
  profile_id text NOT NULL,
  profile_name text NOT NULL,
  operation text NOT NULL,
  counterparty_id text NOT NULL,
  counterparty_name text,
  indirect_partner_id text,
  -- Decimal text, never a float: byte for byte what the app computed and what intent keys hold.
  amount text NOT NULL CHECK (amount ~ '^-?[0-9]+(\\.[0-9]+)?$'),
  currency text NOT NULL,
  memo text,
  retry_of text REFERENCES journal_entry(id),
  plan_id text,
  plan_item_id text,
  details jsonb,
  batch_id text,
  intent_key text NOT NULL
);
CREATE INDEX journal_entry_created ON journal_entry(created_at);
CREATE INDEX journal_entry_counterparty ON journal_entry(counterparty_id, operation);
CREATE INDEX journal_entry_plan ON journal_entry(plan_id, plan_item_id);
CREATE INDEX journal_entry_batch ON journal_entry(batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX journal_entry_intent ON journal_entry(intent_key);
-- At most one re-send per entry; a plan item's first send is unique team-wide.
CREATE UNIQUE INDEX journal_entry_retry_once ON journal_entry(retry_of) WHERE retry_of IS NOT NULL;
CREATE UNIQUE INDEX journal_entry_plan_first_send ON journal_entry(plan_id, plan_item_id)
  WHERE plan_id IS NOT NULL AND retry_of IS NULL;

CREATE SEQUENCE journal_event_seq;
CREATE TABLE journal_event (
  -- Drawn by the insert trigger after the entry's lock is held, so an entry's events are in seq order.
  seq bigint PRIMARY KEY,
  entry_id text NOT NULL REFERENCES journal_entry(id),
  state text NOT NULL CHECK (state IN ('pending','sent','done','failed','unknown','reconciled-done','reconciled-not-applied')),
  at timestamptz(3) NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  operator text NOT NULL DEFAULT session_user,
  request_id text,
  code text,
  message text,
  trans_id text,
  evidence jsonb
);
CREATE INDEX journal_event_entry ON journal_event(entry_id, seq);
-- One applied transaction (or coupon, child quota, reclaim:<id>) explains at most one entry, team-wide.
CREATE UNIQUE INDEX journal_event_trans_claim ON journal_event(trans_id)
  WHERE trans_id IS NOT NULL AND state IN ('done','reconciled-done');

-- Which state may follow which (the SQLite journal's NEXT table, journal/journal.ts).
CREATE TABLE journal_transition (
  from_state text NOT NULL,
  to_state text NOT NULL,
  PRIMARY KEY (from_state, to_state)
);
INSERT INTO journal_transition (from_state, to_state) VALUES
  ('pending','sent'), ('pending','failed'), ('pending','unknown'), ('pending','reconciled-done'), ('pending','reconciled-not-applied'),
  ('sent','done'), ('sent','failed'), ('sent','unknown'), ('sent','reconciled-done'), ('sent','reconciled-not-applied'),
  ('unknown','unknown'), ('unknown','reconciled-done'), ('unknown','reconciled-not-applied'),
  ('reconciled-not-applied','reconciled-done');

CREATE TABLE confirmation_use (
  token_hash text PRIMARY KEY,
  used_at timestamptz(3) NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  operator text NOT NULL DEFAULT session_user,
  channel text NOT NULL
);

-- Refuses any change to a record of what operators did, whoever asks (the owner too).
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'PDA01';
END $$;

-- Whether the session may attribute a record to someone else: only a member of the owner
-- role (the function's owner, hence current_user inside it), for the one-time import of a
-- solo operations file, whose entries keep the OS user names that made them. The owner
-- could drop these triggers anyway; operators can never do either.
CREATE FUNCTION may_attribute() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = partner_desk, pg_temp AS $$
  SELECT pg_has_role(session_user, current_user, 'MEMBER')
$$;

-- Who and when are the server's to say.
CREATE FUNCTION stamp_operator() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = partner_desk, pg_temp AS $$
BEGIN
  IF NEW.operator IS NULL OR NOT may_attribute() THEN
    NEW.operator := session_user;
  END IF;
  NEW.recorded_at := clock_timestamp();
  RETURN NEW;
END $$;

-- SECURITY DEFINER: draws from the owner's sequence; session_user is still the operator.
-- READ COMMITTED: after the lock, this SELECT sees every event committed before it.
CREATE FUNCTION journal_event_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = partner_desk, pg_temp AS $$
DECLARE
  prev text;
BEGIN
  PERFORM pg_advisory_xact_lock({{entryLock}}, hashtext(NEW.entry_id));
  SELECT state INTO prev FROM journal_event WHERE entry_id = NEW.entry_id ORDER BY seq DESC LIMIT 1;
  IF (prev IS NULL AND NEW.state <> 'pending')
     OR (prev IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journal_transition WHERE from_state = prev AND to_state = NEW.state)) THEN
    RAISE EXCEPTION 'journal entry %: % → % is not allowed', NEW.entry_id, COALESCE(prev, '(none)'), NEW.state
      USING ERRCODE = 'PDT01', DETAIL = COALESCE(prev, '');
  END IF;
  NEW.seq := nextval('journal_event_seq');
  IF NEW.operator IS NULL OR NOT may_attribute() THEN
    NEW.operator := session_user;
  END IF;
  NEW.recorded_at := clock_timestamp();
  RETURN NEW;
END $$;

CREATE FUNCTION journal_event_notify() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = partner_desk, pg_temp AS $$
BEGIN
  PERFORM pg_notify('{{channel}}', json_build_object(
    'kind', 'journal', 'entryId', NEW.entry_id, 'state', NEW.state, 'seq', NEW.seq, 'operator', NEW.operator,
    'planId', (SELECT plan_id FROM journal_entry WHERE id = NEW.entry_id))::text);
  RETURN NULL;
END $$;

CREATE TRIGGER journal_entry_stamp BEFORE INSERT ON journal_entry FOR EACH ROW EXECUTE FUNCTION stamp_operator();
CREATE TRIGGER confirmation_use_stamp BEFORE INSERT ON confirmation_use FOR EACH ROW EXECUTE FUNCTION stamp_operator();
CREATE TRIGGER journal_event_check BEFORE INSERT ON journal_event FOR EACH ROW EXECUTE FUNCTION journal_event_check();
CREATE TRIGGER journal_event_notify AFTER INSERT ON journal_event FOR EACH ROW EXECUTE FUNCTION journal_event_notify();
`;

/** Tables no role may UPDATE, DELETE or TRUNCATE (triggers here, grants in the migration). */
export const APPEND_ONLY_TABLES = ['journal_entry', 'journal_event', 'journal_transition', 'confirmation_use', 'plan_approval', 'approval_policy_event', 'solo_import'] as const;

export const appendOnlyTriggersSql = (tables: readonly string[] = APPEND_ONLY_TABLES): string =>
  tables.map(
    (t) => `CREATE TRIGGER ${t}_append_only BEFORE UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER ${t}_no_truncate BEFORE TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();`,
  ).join('\n');
