// Versioned migrations of the team database, applied on connect: in one transaction, under
// a transaction-level advisory lock (two workstations connecting at once: one applies, the
// other waits and finds the schema current). A schema newer than this app is refused before
// anything is written; an older one is upgraded only by a member of the owner role, since
// operators must not own what they write to (the owner bypasses grants).
import type pg from 'pg';
import { AppError } from '../../../../shared/contract/errors';
import { LOCK_SPACE, TEAM_CHANNEL, TEAM_SCHEMA, teamRoles, type TeamRoles } from './connection';
import { APPEND_ONLY_TABLES, JOURNAL_SCHEMA_SQL, appendOnlyTriggersSql } from './schema-journal';
import { PLANS_SCHEMA_SQL } from './schema-plans';
import { INVOICES_SCHEMA_SQL, invoiceGrantsSql } from './schema-invoices';
import { ALERTS_SCHEMA_SQL, alertGrantsSql } from './schema-alerts';

export interface TeamMigration {
  readonly version: number;
  readonly name: string;
  /** Runs as the owner role with search_path = partner_desk. */
  readonly sql: (roles: TeamRoles) => string;
}

const id = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Operators read everything, write only the columns that are theirs to say; never UPDATE/DELETE a record. */
function grantsSql({ operator }: TeamRoles): string {
  const op = id(operator);
  return `
REVOKE ALL ON ALL TABLES IN SCHEMA ${TEAM_SCHEMA} FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${TEAM_SCHEMA} FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA ${TEAM_SCHEMA} FROM PUBLIC;
GRANT SELECT ON ${[...APPEND_ONLY_TABLES, 'plans', 'plan_rows', 'plan_items'].join(', ')} TO ${op};
GRANT INSERT (id, created_at, profile_id, profile_name, operation, counterparty_id, counterparty_name, indirect_partner_id,
  amount, currency, memo, retry_of, plan_id, plan_item_id, details, batch_id, intent_key) ON journal_entry TO ${op};
GRANT INSERT (entry_id, state, at, request_id, code, message, trans_id, evidence) ON journal_event TO ${op};
GRANT INSERT (token_hash, used_at, channel) ON confirmation_use TO ${op};
GRANT INSERT (at, account, change, subject, before_json, after_json) ON approval_policy_event TO ${op};
GRANT INSERT (plan_id, approved_at, content_hash, key_fingerprint, signature, via) ON plan_approval TO ${op};
GRANT INSERT (id, name, kind, status, created_at, updated_at, requires_approval, content_hash, total, error_rows, problems_json,
  allocatable, allocatable_fetched_at, started_at, finished_at, params_json) ON plans TO ${op};
GRANT UPDATE (name, kind, status, updated_at, requires_approval, content_hash, total, error_rows, problems_json,
  allocatable, allocatable_fetched_at, started_at, finished_at, params_json) ON plans TO ${op};
GRANT DELETE ON plans TO ${op};
GRANT SELECT, INSERT, UPDATE, DELETE ON plan_rows, plan_items TO ${op};
`;
}

const render = (sql: string) => sql.replaceAll('{{channel}}', TEAM_CHANNEL).replaceAll('{{entryLock}}', String(LOCK_SPACE.entry));

export const TEAM_MIGRATIONS: readonly TeamMigration[] = [
  {
    version: 1,
    name: 'team operations file: journal, confirmations, plans, approvals, roster; append-only, four eyes, notify',
    sql: (roles) => render(JOURNAL_SCHEMA_SQL + PLANS_SCHEMA_SQL + appendOnlyTriggersSql()) + grantsSql(roles),
  },
  {
    version: 2,
    name: 'invoices: requests to Huawei and invoices to resale customers, status events, numbers unique team-wide; append-only',
    sql: (roles) => INVOICES_SCHEMA_SQL + invoiceGrantsSql(id(roles.operator)),
  },
  {
    version: 3,
    name: 'alerts: rules per partner account, the fired-alert log and what was done; the log append-only',
    sql: (roles) => ALERTS_SCHEMA_SQL + alertGrantsSql(id(roles.operator)),
  },
];

export const TEAM_SCHEMA_VERSION = TEAM_MIGRATIONS[TEAM_MIGRATIONS.length - 1]!.version;

export interface MigrationReport {
  readonly from: number;
  readonly to: number;
  readonly applied: readonly number[];
}

/** The schema's version as any role sees it (0: no schema yet). Catalog queries need no grant. */
async function currentVersion(client: pg.ClientBase): Promise<number> {
  const exists = await client.query(
    `SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = 'schema_migration'`,
    [TEAM_SCHEMA],
  );
  if (exists.rowCount === 0) return 0;
  const r = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${TEAM_SCHEMA}.schema_migration`);
  return r.rows[0]?.v ?? 0;
}

/**
 * Brings the connected database to this app's schema version, or refuses. `client` is a
 * dedicated connection, outside any transaction; it is left on its login role.
 */
export async function migrateTeamDatabase(client: pg.ClientBase, migrations: readonly TeamMigration[] = TEAM_MIGRATIONS): Promise<MigrationReport> {
  const latest = migrations[migrations.length - 1]!.version;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, 0)', [LOCK_SPACE.migrations]);
    const from = await currentVersion(client);
    if (from > latest) throw new AppError('TEAM_SCHEMA_NEWER', { database: from, app: latest });
    if (from === latest) {
      await client.query('COMMIT');
      return { from, to: from, applied: [] };
    }
    const who = await client.query<{ db: string; role: string }>('SELECT current_database() AS db, session_user AS role');
    const { db, role } = who.rows[0]!;
    const roles = teamRoles(db);
    const may = await client.query<{ ok: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1) AND pg_has_role(session_user, $1, 'MEMBER') AS ok`,
      [roles.owner],
    );
    if (!may.rows[0]?.ok) throw new AppError('TEAM_SCHEMA_NEEDS_UPGRADE', { database: from, app: latest, role, owner: roles.owner });
    await client.query(`SET LOCAL ROLE ${id(roles.owner)}`);
    await client.query(`SET LOCAL search_path = ${TEAM_SCHEMA}`);
    await client.query(`
CREATE SCHEMA IF NOT EXISTS ${TEAM_SCHEMA};
REVOKE ALL ON SCHEMA ${TEAM_SCHEMA} FROM PUBLIC;
GRANT USAGE ON SCHEMA ${TEAM_SCHEMA} TO ${id(roles.operator)};
CREATE TABLE IF NOT EXISTS schema_migration (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  applied_by text NOT NULL DEFAULT session_user
);
GRANT SELECT ON schema_migration TO ${id(roles.operator)};`);
    const applied: number[] = [];
    for (const m of migrations.filter((x) => x.version > from)) {
      await client.query(m.sql(roles));
      await client.query('INSERT INTO schema_migration (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
    return { from, to: latest, applied };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
