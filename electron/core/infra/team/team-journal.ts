// The money journal in the team database: the operations of the SQLite Journal
// (journal/journal.ts), async, returning the same JournalEntryView. What the SQLite journal
// gets from one IMMEDIATE transaction on one file, this gets from the server:
//   - an identical unresolved intent is refused inside the inserting transaction, under an
//     advisory transaction lock per intent key, so two workstations cannot both pass the check;
//   - the transition table is checked by the server's insert trigger under a per-entry lock;
//   - a plan item's first send, a re-send and a claimed trans id are unique indexes;
//   - the operator is the database login role: `operator` fields of the inputs are ignored.
// READ COMMITTED throughout: each statement after a lock sees what was committed before it.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { AppError } from '../../../../shared/contract/errors';
import type { JournalEntryView, JournalFilters, JournalPage, JournalState, MoneyOperation } from '../../../../shared/contract/channels/activity';
import { JournalClaimConflictError, JournalTransitionError, legacyIntentKey, type BeginRefusal, type NewJournalEntry, type NewJournalEvent } from '../journal/journal';
import type { AsyncJournal } from '../journal/async-journal';
import { inTransaction, LOCK_SPACE, pgError, TEAM_SQLSTATE } from './connection';
import { entryViews, type EntryRow, type Queryable } from './journal-views';

const CURRENT_STATE = '(SELECT v.state FROM journal_event v WHERE v.entry_id = e.id ORDER BY v.seq DESC LIMIT 1)';
const UNRESOLVED = `${CURRENT_STATE} IN ('pending','sent','unknown')`;

/** A bare date filter covers the whole day (UTC), as in the SQLite journal's list. */
function dayBound(value: string, side: 'from' | 'to'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return `${value}T${side === 'from' ? '00:00:00.000' : '23:59:59.999'}Z`;
}

export type { AsyncJournal };

export class TeamJournal implements AsyncJournal {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async begin(entry: NewJournalEntry, options: { refuseUnresolvedTwin?: boolean } = {}): Promise<JournalEntryView> {
    const [one] = await this.beginMany([entry], options);
    if (!one || 'refused' in one) throw one?.refused ?? new Error('journal: nothing written');
    return one;
  }

  /**
   * Many intents (one batch call) in one commit, each with its `pending` event; an intent with
   * an unresolved twin anywhere in the team (or earlier in this batch) is refused on its own.
   */
  async beginMany(entries: readonly NewJournalEntry[], options: { refuseUnresolvedTwin?: boolean } = {}): Promise<Array<JournalEntryView | BeginRefusal>> {
    const at = this.now().toISOString();
    const keyed = entries.map((entry) => ({ entry, key: entry.intentKey ?? legacyIntentKey(entry) }));
    const out = await inTransaction(this.pool, async (client) => {
      if (options.refuseUnresolvedTwin) {
        // One lock per distinct key, always in the same order, so two batches never deadlock.
        const keys = [...new Set(keyed.map((k) => k.key))].sort();
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext(k)) FROM (SELECT unnest($2::text[]) AS k ORDER BY 1) s', [LOCK_SPACE.intentKey, keys]);
      }
      const results: Array<string | BeginRefusal> = [];
      for (const { entry, key } of keyed) {
        if (options.refuseUnresolvedTwin) {
          const twin = await this.twinRow(client, key);
          if (twin) {
            results.push({ refused: new AppError('MONEY_UNRESOLVED_DUPLICATE', { id: twin.id, amount: twin.amount, counterparty: twin.counterparty_name ?? twin.counterparty_id }) });
            continue;
          }
        }
        const id = randomUUID();
        await client.query('SAVEPOINT entry');
        try {
          await insertEntry(client, id, at, entry, key);
          await client.query("INSERT INTO journal_event (entry_id, state, at) VALUES ($1, 'pending', $2)", [id, at]);
          await client.query('RELEASE SAVEPOINT entry');
          results.push(id);
        } catch (error) {
          const refusal = uniqueRefusal(error, entry);
          if (!refusal) throw error;
          await client.query('ROLLBACK TO SAVEPOINT entry');
          results.push({ refused: refusal });
        }
      }
      return results;
    });
    const ids = out.filter((x): x is string => typeof x === 'string');
    const views = new Map((await this.byIds(ids)).map((v) => [v.id, v]));
    return out.map((x) => (typeof x === 'string' ? views.get(x)! : x));
  }

  /** Appends a state event; the server checks the transition. Durable when it returns. */
  async append(entryId: string, event: NewJournalEvent): Promise<JournalEntryView> {
    const [one] = await this.appendMany([entryId], event);
    return one!;
  }

  /** The same state to many entries in one commit (a batch call's `sent`). */
  async appendMany(entryIds: readonly string[], event: NewJournalEvent): Promise<JournalEntryView[]> {
    return this.appendEach(entryIds.map((entryId) => ({ entryId, event })));
  }

  /** Each entry its own event, in one commit (a batch call's outcomes). */
  async appendEach(events: ReadonlyArray<{ readonly entryId: string; readonly event: NewJournalEvent }>): Promise<JournalEntryView[]> {
    const at = this.now().toISOString();
    await inTransaction(this.pool, async (client) => {
      for (const { entryId: id, event } of events) {
        if (event.evidence?.neverSent) await this.assertStillPending(client, id, event.state);
        try {
          await client.query(
            `INSERT INTO journal_event (entry_id, state, at, request_id, code, message, trans_id, evidence)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [id, event.state, at, event.requestId ?? null, event.code ?? null, event.message ?? null, event.transId ?? null,
              event.evidence ? JSON.stringify(event.evidence) : null],
          );
        } catch (error) {
          const e = pgError(error);
          if (e.code === TEAM_SQLSTATE.transition) throw new JournalTransitionError(id, e.detail as JournalState, event.state);
          if (e.code === '23505' && e.constraint === 'journal_event_trans_claim') throw new JournalClaimConflictError(id, event.transId ?? '');
          if (e.code === '23503') throw new Error(`journal entry ${id} does not exist`, { cause: error });
          throw error;
        }
      }
    });
    return this.byIds(events.map((e) => e.entryId));
  }

  /**
   * "Never sent" is concluded from a read of `pending` alone; another workstation may have
   * sent the entry since. Checked under the entry's lock (the transition trigger's), in the
   * appending transaction, as the SQLite journal checks it.
   */
  private async assertStillPending(client: Queryable, id: string, state: JournalState): Promise<void> {
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_SPACE.entry, id]);
    const r = await client.query<{ state: JournalState }>('SELECT state FROM journal_event WHERE entry_id = $1 ORDER BY seq DESC LIMIT 1', [id]);
    const current = r.rows[0]?.state;
    if (current !== undefined && current !== 'pending') throw new JournalTransitionError(id, current, state);
  }

  async get(id: string): Promise<JournalEntryView | null> {
    return (await this.byIds([id]))[0] ?? null;
  }

  async require(id: string): Promise<JournalEntryView> {
    const v = await this.get(id);
    if (!v) throw new Error(`journal entry ${id} does not exist`);
    return v;
  }

  /** Unresolved entries, oldest first: the order reconciliation claims records in. */
  async unresolved(): Promise<JournalEntryView[]> {
    return this.select(`WHERE ${UNRESOLVED} ORDER BY e.seq`, []);
  }

  async unresolvedTwin(e: { operation: MoneyOperation; counterpartyId: string; indirectPartnerId: string | null; amount: string }): Promise<JournalEntryView | null> {
    return this.unresolvedTwinByKey(legacyIntentKey(e));
  }

  async unresolvedTwinByKey(key: string): Promise<JournalEntryView | null> {
    const row = await this.twinRow(this.pool, key);
    return row ? ((await entryViews(this.pool, [row]))[0] ?? null) : null;
  }

  async byBatch(batchId: string): Promise<JournalEntryView[]> {
    return this.select('WHERE e.batch_id = $1 ORDER BY e.seq', [batchId]);
  }

  /** Records a confirmation as used team-wide; false when any workstation used it already. */
  async useConfirmation(tokenHash: string, _operator: string, channel: string): Promise<boolean> {
    const r = await this.pool.query(
      'INSERT INTO confirmation_use (token_hash, used_at, channel) VALUES ($1, $2, $3) ON CONFLICT (token_hash) DO NOTHING',
      [tokenHash, this.now().toISOString(), channel],
    );
    return r.rowCount === 1;
  }

  async isClaimed(transId: string, exceptEntryId?: string): Promise<boolean> {
    const r = await this.pool.query<{ entry_id: string }>(
      "SELECT entry_id FROM journal_event WHERE trans_id = $1 AND state IN ('done','reconciled-done') LIMIT 1",
      [transId],
    );
    const row = r.rows[0];
    return row !== undefined && row.entry_id !== exceptEntryId;
  }

  async byPlanItem(planId: string, planItemId: string): Promise<JournalEntryView[]> {
    return this.select('WHERE e.plan_id = $1 AND e.plan_item_id = $2 ORDER BY e.seq', [planId, planItemId]);
  }

  /** Unresolved entries first (oldest first), then everything else newest first. */
  async list(filters: JournalFilters = {}, offset = 0, limit = 200): Promise<JournalPage> {
    const where: string[] = [];
    const args: unknown[] = [];
    const arg = (v: unknown) => `$${args.push(v)}`;
    if (filters.states?.length) where.push(`${CURRENT_STATE} = ANY(${arg(filters.states)})`);
    if (filters.operations?.length) where.push(`e.operation = ANY(${arg(filters.operations)})`);
    if (filters.from) where.push(`e.created_at >= ${arg(dayBound(filters.from, 'from'))}`);
    if (filters.to) where.push(`e.created_at <= ${arg(dayBound(filters.to, 'to'))}`);
    if (filters.counterparty) {
      const p = arg(filters.counterparty.toLowerCase());
      where.push(`(strpos(lower(e.counterparty_id), ${p}) > 0 OR strpos(lower(COALESCE(e.counterparty_name, '')), ${p}) > 0)`);
    }
    if (filters.planId) where.push(`e.plan_id = ${arg(filters.planId)}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM journal_entry e ${clause}`, args);
    const unresolved = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM journal_entry e WHERE ${UNRESOLVED}`);
    const entries = await this.select(
      `${clause} ORDER BY CASE WHEN ${UNRESOLVED} THEN 0 ELSE 1 END, CASE WHEN ${UNRESOLVED} THEN e.seq ELSE -e.seq END
       LIMIT ${arg(limit)} OFFSET ${arg(offset)}`,
      args,
    );
    return { entries, total: Number(total.rows[0]!.n), unresolved: Number(unresolved.rows[0]!.n) };
  }

  private async twinRow(db: Queryable, key: string): Promise<EntryRow | null> {
    const r = await db.query<EntryRow>(`SELECT e.* FROM journal_entry e WHERE e.intent_key = $1 AND ${UNRESOLVED} ORDER BY e.seq LIMIT 1`, [key]);
    return r.rows[0] ?? null;
  }

  private async byIds(ids: readonly string[]): Promise<JournalEntryView[]> {
    const views = await this.select('WHERE e.id = ANY($1)', [ids]);
    const byId = new Map(views.map((v) => [v.id, v]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private async select(tail: string, args: readonly unknown[]): Promise<JournalEntryView[]> {
    // One connection for the rows and their events: a consistent read within one statement each.
    const client = await this.pool.connect();
    try {
      const rows = await client.query<EntryRow>(`SELECT e.* FROM journal_entry e ${tail}`, [...args]);
      return await entryViews(client, rows.rows);
    } finally {
      client.release();
    }
  }
}

async function insertEntry(client: Queryable, id: string, at: string, entry: NewJournalEntry, key: string): Promise<void> {
  await client.query(
    `INSERT INTO journal_entry (id, created_at, profile_id, profile_name, operation, counterparty_id, counterparty_name,
       indirect_partner_id, amount, currency, memo, retry_of, plan_id, plan_item_id, details, batch_id, intent_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    [
      id, at, entry.profileId, entry.profileName, entry.operation, entry.counterpartyId, entry.counterpartyName ?? null,
      entry.indirectPartnerId ?? null, entry.amount, entry.currency, entry.memo ?? null, entry.retryOf ?? null,
      entry.planId ?? null, entry.planItemId ?? null, entry.details ? JSON.stringify(entry.details) : null, entry.batchId ?? null, key,
    ],
  );
}

/** A unique index refusing an entry: a plan item sent before, an entry re-sent before. */
function uniqueRefusal(error: unknown, entry: NewJournalEntry): AppError | null {
  const e = pgError(error);
  if (e.code !== '23505') return null;
  if (e.constraint === 'journal_entry_plan_first_send') return new AppError('PLAN_ITEM_ALREADY_SENT', { planId: entry.planId ?? '', item: entry.planItemId ?? '' });
  if (e.constraint === 'journal_entry_retry_once') return new AppError('MONEY_RETRY_NOT_ALLOWED', { id: entry.retryOf ?? '', state: 'retried' });
  return null;
}
