// Team schema, version 1, part two: batch plans (the SQLite plans tables, with the approval
// moved to its own append-only table), the approver roster log, and four-eyes in the server:
// the author is the login role that created the plan, and an approval from that role, with a
// key that is not enrolled, or with a key enrolled for another role, is refused by a trigger.
// The Ed25519 signature is checked by the app (plans/four-eyes/approval-check.ts); the server
// keeps which roster key signed.
export const PLANS_SCHEMA_SQL = `
CREATE TABLE plans (
  id text PRIMARY KEY,
  -- The plan's session-level run lock key (pg_try_advisory_lock(bigint)): unique, so no two
  -- plans share a lock, and apart from the two-key locks the app takes elsewhere.
  run_lock_key bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  name text NOT NULL,
  kind text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft','ready','running','paused','finished','cancelled','review')),
  author text NOT NULL DEFAULT session_user,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  requires_approval boolean NOT NULL DEFAULT true,
  content_hash text NOT NULL,
  total text NOT NULL DEFAULT '0.00' CHECK (total ~ '^-?[0-9]+(\\.[0-9]+)?$'),
  error_rows integer NOT NULL DEFAULT 0,
  problems_json text NOT NULL DEFAULT '[]',
  allocatable text,
  allocatable_fetched_at text,
  started_at text,
  finished_at text,
  -- Voucher kinds' plan-level settings (quota, T2, remark), as in SQLite's migration 8.
  params_json text NOT NULL DEFAULT '{}'
);
CREATE TABLE plan_rows (
  plan_id text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  idx integer NOT NULL,
  target text NOT NULL,
  amount text NOT NULL,
  memo text NOT NULL,
  source_line integer,
  counterparty_id text,
  counterparty_name text,
  indirect_partner_id text,
  balance text,
  balance_fetched_at text,
  canonical_amount text,
  problems_json text NOT NULL DEFAULT '[]',
  valid_time text,
  expire_time text,
  details_json text,
  PRIMARY KEY (plan_id, idx)
);
CREATE TABLE plan_items (
  plan_id text NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  idx integer NOT NULL,
  counterparty_id text NOT NULL,
  counterparty_name text,
  indirect_partner_id text,
  amount text NOT NULL,
  memo text NOT NULL,
  outcome text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  journal_entry_id text REFERENCES journal_entry(id),
  trans_id text,
  error_code text,
  error_message text,
  updated_at text NOT NULL,
  finished_at text,
  details_json text,
  PRIMARY KEY (plan_id, idx)
);
CREATE INDEX plan_items_outcome ON plan_items(plan_id, outcome);

-- The partner account's approver roster and policy, as in the operations file (four-eyes-schema.ts).
CREATE TABLE approval_policy_event (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  operator text NOT NULL DEFAULT session_user,
  account text NOT NULL,
  change text NOT NULL CHECK (change IN ('approver-enrolled', 'approver-removed', 'policy-set')),
  subject text NOT NULL,
  before_json text,
  after_json text
);
CREATE INDEX approval_policy_event_subject ON approval_policy_event(subject, seq);

-- Every approval ever given; a plan's current approval is its latest row (no row is edited).
-- A plan with an approval cannot be deleted (the reference), so the record stays.
CREATE TABLE plan_approval (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id text NOT NULL REFERENCES plans(id),
  approver text NOT NULL DEFAULT session_user,
  approved_at text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  content_hash text NOT NULL,
  -- The roster key that signed: SHA-256 (hex) of its SPKI DER.
  key_fingerprint text NOT NULL CHECK (key_fingerprint ~ '^[0-9a-f]{64}$'),
  signature text NOT NULL,
  via text NOT NULL CHECK (via IN ('local', 'file', 'team'))
);
CREATE INDEX plan_approval_plan ON plan_approval(plan_id, seq);

-- A new plan starts before any approval can exist: an operator's plan is draft, ready or
-- review, never already running. (An administrator importing a solo file keeps authors and states.)
-- The one-time move of a solo operations file into this database (solo-import.ts): at most one row.
CREATE TABLE solo_import (
  id integer PRIMARY KEY CHECK (id = 1),
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  by_role text NOT NULL DEFAULT session_user,
  account text NOT NULL,
  entries integer NOT NULL,
  events integer NOT NULL,
  plans integer NOT NULL
);

CREATE FUNCTION plan_stamp_author() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = partner_desk, pg_temp AS $$
BEGIN
  IF NOT may_attribute() THEN
    NEW.author := session_user;
    IF NEW.status NOT IN ('draft', 'ready', 'review') THEN
      RAISE EXCEPTION 'plan %: a new plan cannot start as %', NEW.id, NEW.status USING ERRCODE = 'PDF04';
    END IF;
  END IF;
  RETURN NEW;
END $$;

-- A plan starts running only with an approval of its current content from another role.
-- The app checks the signature against the roster before it runs (approval-check.ts).
CREATE FUNCTION plan_run_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = partner_desk, pg_temp AS $$
DECLARE
  approved_hash text;
  approved_by text;
BEGIN
  IF NEW.status = 'running' AND OLD.status <> 'running' AND NEW.requires_approval THEN
    SELECT content_hash, approver INTO approved_hash, approved_by FROM plan_approval WHERE plan_id = NEW.id ORDER BY seq DESC LIMIT 1;
    IF NOT FOUND OR approved_hash <> NEW.content_hash OR lower(approved_by) = lower(NEW.author) THEN
      RAISE EXCEPTION 'plan %: no approval of its current content by another role than the author', NEW.id USING ERRCODE = 'PDF04';
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE FUNCTION plan_keep_identity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id <> OLD.id OR NEW.author <> OLD.author OR NEW.created_at <> OLD.created_at OR NEW.run_lock_key <> OLD.run_lock_key THEN
    RAISE EXCEPTION 'plan %: id, author, created_at and run lock key never change', OLD.id USING ERRCODE = 'PDI01';
  END IF;
  RETURN NEW;
END $$;

-- Four eyes in the server. SECURITY DEFINER: reads plans and roster whatever the caller may
-- read; session_user stays the approver. Roles compare case-insensitively, as OS names do.
CREATE FUNCTION plan_approval_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = partner_desk, pg_temp AS $$
DECLARE
  plan_author text;
  last_change text;
  key_role text;
BEGIN
  NEW.approver := session_user;
  NEW.recorded_at := clock_timestamp();
  SELECT author INTO plan_author FROM plans WHERE id = NEW.plan_id;
  IF plan_author IS NOT NULL AND lower(plan_author) = lower(NEW.approver) THEN
    RAISE EXCEPTION 'plan %: an approval must come from another role than the author (%)', NEW.plan_id, plan_author
      USING ERRCODE = 'PDF01';
  END IF;
  SELECT change, (after_json::jsonb ->> 'operator') INTO last_change, key_role FROM approval_policy_event
    WHERE subject = NEW.key_fingerprint AND change IN ('approver-enrolled', 'approver-removed') ORDER BY seq DESC LIMIT 1;
  IF last_change IS DISTINCT FROM 'approver-enrolled' THEN
    RAISE EXCEPTION 'key % is not in the approver roster', left(NEW.key_fingerprint, 16) USING ERRCODE = 'PDF02';
  END IF;
  IF key_role IS NULL OR lower(key_role) <> lower(NEW.approver) THEN
    RAISE EXCEPTION 'key % is enrolled for %, not for %', left(NEW.key_fingerprint, 16), COALESCE(key_role, '(nobody)'), NEW.approver
      USING ERRCODE = 'PDF03';
  END IF;
  RETURN NEW;
END $$;

CREATE FUNCTION plan_notify() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = partner_desk, pg_temp AS $$
BEGIN
  PERFORM pg_notify('{{channel}}', json_build_object('kind', TG_ARGV[0], 'planId', NEW.plan_id, 'op', lower(TG_OP))::text);
  RETURN NULL;
END $$;

-- plans has id, not plan_id, and may be deleted (a draft): its own notifier.
CREATE FUNCTION plans_notify() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = partner_desk, pg_temp AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('{{channel}}', json_build_object('kind', 'plan', 'planId', OLD.id, 'status', NULL, 'op', 'delete')::text);
  ELSE
    PERFORM pg_notify('{{channel}}', json_build_object('kind', 'plan', 'planId', NEW.id, 'status', NEW.status, 'op', lower(TG_OP))::text);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION roster_notify() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = partner_desk, pg_temp AS $$
BEGIN
  PERFORM pg_notify('{{channel}}', json_build_object('kind', 'roster', 'seq', NEW.seq, 'change', NEW.change)::text);
  RETURN NULL;
END $$;

CREATE TRIGGER plans_stamp_author BEFORE INSERT ON plans FOR EACH ROW EXECUTE FUNCTION plan_stamp_author();
CREATE TRIGGER plans_keep_identity BEFORE UPDATE ON plans FOR EACH ROW EXECUTE FUNCTION plan_keep_identity();
CREATE TRIGGER plans_run_check BEFORE UPDATE ON plans FOR EACH ROW EXECUTE FUNCTION plan_run_check();
CREATE TRIGGER approval_policy_event_stamp BEFORE INSERT ON approval_policy_event FOR EACH ROW EXECUTE FUNCTION stamp_operator();
CREATE TRIGGER plan_approval_check BEFORE INSERT ON plan_approval FOR EACH ROW EXECUTE FUNCTION plan_approval_check();
CREATE TRIGGER plans_notify AFTER INSERT OR UPDATE OR DELETE ON plans FOR EACH ROW EXECUTE FUNCTION plans_notify();
CREATE TRIGGER plan_items_notify AFTER INSERT OR UPDATE ON plan_items FOR EACH ROW EXECUTE FUNCTION plan_notify('plan-item');
CREATE TRIGGER plan_approval_notify AFTER INSERT ON plan_approval FOR EACH ROW EXECUTE FUNCTION plan_notify('approval');
CREATE TRIGGER approval_policy_event_notify AFTER INSERT ON approval_policy_event FOR EACH ROW EXECUTE FUNCTION roster_notify();
`;
