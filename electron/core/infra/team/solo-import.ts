// Moving a solo profile's operations file (journal.db) into the team database, once. Every
// entry keeps its id, operator (the OS user name that made it) and times, every event its
// order, so a solo unresolved entry blocks its twin team-wide and a solo claim stays claimed.
// Only an administrator (owner member) may attribute records to others; the copy is one
// transaction, refused when an import happened or the team has written entries already.
// Plan approvals are not copied: they name OS users and keys of the solo roster, not roles;
// a plan that has not run is approved again in the team database (docs/TEAM.md).
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { AppError } from '../../../../shared/contract/errors';
import { legacyIntentKey } from '../journal/journal';
import { LOCK_SPACE, teamRoles } from './connection';

export interface SoloImportReport {
  readonly entries: number;
  readonly events: number;
  readonly confirmations: number;
  readonly rosterEvents: number;
  readonly plans: number;
  readonly invoices: number;
}

type Row = Record<string, unknown>;

const has = (solo: Database.Database, table: string) =>
  solo.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;

/** Inserts `rows` into `table`, the listed columns only, one statement per row (inside the caller's transaction). */
async function copy(client: pg.ClientBase, table: string, columns: readonly string[], rows: readonly Row[], map: (r: Row) => unknown[] = (r) => columns.map((c) => r[c] ?? null)): Promise<number> {
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
  for (const row of rows) await client.query(sql, map(row));
  return rows.length;
}

const ENTRY_COLUMNS = ['id', 'created_at', 'operator', 'profile_id', 'profile_name', 'operation', 'counterparty_id', 'counterparty_name',
  'indirect_partner_id', 'amount', 'currency', 'memo', 'retry_of', 'plan_id', 'plan_item_id', 'details', 'batch_id', 'intent_key'] as const;
const EVENT_COLUMNS = ['entry_id', 'state', 'at', 'operator', 'request_id', 'code', 'message', 'trans_id', 'evidence'] as const;
const PLAN_COLUMNS = ['id', 'name', 'kind', 'status', 'author', 'created_at', 'updated_at', 'requires_approval', 'content_hash', 'total',
  'error_rows', 'problems_json', 'allocatable', 'allocatable_fetched_at', 'started_at', 'finished_at', 'params_json'] as const;
const ROW_COLUMNS = ['plan_id', 'idx', 'target', 'amount', 'memo', 'source_line', 'counterparty_id', 'counterparty_name', 'indirect_partner_id',
  'balance', 'balance_fetched_at', 'canonical_amount', 'problems_json', 'valid_time', 'expire_time', 'details_json'] as const;
const ITEM_COLUMNS = ['plan_id', 'idx', 'counterparty_id', 'counterparty_name', 'indirect_partner_id', 'amount', 'memo', 'outcome', 'attempts',
  'journal_entry_id', 'trans_id', 'error_code', 'error_message', 'updated_at', 'finished_at', 'details_json'] as const;

const INVOICE_COLUMNS = ['id', 'kind', 'created_at', 'operator', 'profile_id', 'basis', 'invoice_type', 'from_month', 'to_month', 'customer_id',
  'customer_name', 'order_id', 'currency', 'amount', 'cash_amount', 'voucher_amount', 'details_json', 'lines_json', 'bills_as_of'] as const;
const INVOICE_EVENT_COLUMNS = ['invoice_id', 'at', 'operator', 'status', 'invoice_number', 'note'] as const;

/** `client`: a dedicated connection of an administrator, outside any transaction. */
export async function importSoloOperations(client: pg.ClientBase, solo: Database.Database, account: string): Promise<SoloImportReport> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, 1)', [LOCK_SPACE.migrations]);
    const who = (await client.query<{ db: string; role: string }>('SELECT current_database() AS db, session_user AS role')).rows[0]!;
    const owner = teamRoles(who.db).owner;
    const may = (await client.query<{ ok: boolean }>("SELECT pg_has_role(session_user, $1, 'MEMBER') AS ok", [owner])).rows[0]!.ok;
    if (!may) throw new AppError('TEAM_IMPORT_NEEDS_OWNER', { role: who.role, owner });
    const done = (await client.query<{ at: Date; by_role: string; entries: number }>('SELECT at, by_role, entries FROM solo_import')).rows[0];
    if (done) throw new AppError('TEAM_IMPORT_ALREADY_DONE', { entries: done.entries, by: done.by_role, at: done.at.toISOString() });
    const existing = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM journal_entry')).rows[0]!.n);
    if (existing > 0) throw new AppError('TEAM_IMPORT_NOT_EMPTY', { entries: existing });

    // Oldest first: a re-send after its original, each entry's events in their order.
    const entries = await copy(client, 'journal_entry', ENTRY_COLUMNS, solo.prepare('SELECT * FROM journal_entry ORDER BY seq').all() as Row[], (r) =>
      ENTRY_COLUMNS.map((c) =>
        c === 'intent_key'
          ? (r.intent_key ?? legacyIntentKey({ operation: String(r.operation), counterpartyId: String(r.counterparty_id), indirectPartnerId: r.indirect_partner_id as string | null, amount: String(r.amount) }))
          : (r[c] ?? null),
      ),
    );
    const events = await copy(client, 'journal_event', EVENT_COLUMNS, solo.prepare('SELECT * FROM journal_event ORDER BY seq').all() as Row[]);
    const confirmations = has(solo, 'confirmation_use')
      ? await copy(client, 'confirmation_use', ['token_hash', 'used_at', 'operator', 'channel'], solo.prepare('SELECT * FROM confirmation_use').all() as Row[])
      : 0;
    const rosterEvents = has(solo, 'approval_policy_event')
      ? await copy(client, 'approval_policy_event', ['at', 'operator', 'account', 'change', 'subject', 'before_json', 'after_json'],
        solo.prepare('SELECT * FROM approval_policy_event ORDER BY seq').all() as Row[])
      : 0;
    let plans = 0;
    if (has(solo, 'plans')) {
      plans = await copy(client, 'plans', PLAN_COLUMNS, solo.prepare('SELECT * FROM plans ORDER BY created_at').all() as Row[], (r) =>
        // A file from before the voucher plans (its migration 8) has no settings: none.
        // A plan left running solo has no runner any more: paused, resumable after a team approval.
        PLAN_COLUMNS.map((c) =>
          c === 'requires_approval' ? r[c] === 1 : c === 'params_json' ? (r[c] ?? '{}') : c === 'status' && r[c] === 'running' ? 'paused' : (r[c] ?? null),
        ),
      );
      await copy(client, 'plan_rows', ROW_COLUMNS, solo.prepare('SELECT * FROM plan_rows ORDER BY plan_id, idx').all() as Row[]);
      await copy(client, 'plan_items', ITEM_COLUMNS, solo.prepare('SELECT * FROM plan_items ORDER BY plan_id, idx').all() as Row[]);
    }
    // Invoices (the file's migration 6): documents in their order, then events, then numbers.
    let invoices = 0;
    if (has(solo, 'invoice_document')) {
      invoices = await copy(client, 'invoice_document', INVOICE_COLUMNS, solo.prepare('SELECT * FROM invoice_document ORDER BY seq').all() as Row[]);
      await copy(client, 'invoice_event', INVOICE_EVENT_COLUMNS, solo.prepare('SELECT * FROM invoice_event ORDER BY seq').all() as Row[]);
      await copy(client, 'invoice_number', ['kind', 'number', 'invoice_id'], solo.prepare('SELECT * FROM invoice_number').all() as Row[]);
    }
    await client.query('INSERT INTO solo_import (id, account, entries, events, plans) VALUES (1, $1, $2, $3, $4)', [account, entries, events, plans]);
    await client.query('COMMIT');
    return { entries, events, confirmations, rosterEvents, plans, invoices };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
