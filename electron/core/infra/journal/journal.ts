// The money-operation journal of one profile: entries (intents) and their state events.
// Every write is its own transaction on a synchronous=FULL connection, so when a method
// returns, the row is on disk. Transitions are checked here; the schema refuses edits.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../../shared/contract/errors';
import type {
  JournalEntryView,
  JournalEventView,
  JournalFilters,
  JournalPage,
  JournalState,
  MoneyOperation,
  ReconcileEvidence,
} from '../../../../shared/contract/channels/activity';
import type { WriteDetails } from '../../../../shared/domain/operations';
import type { JournalDb } from './database';
import { cachedStatement } from '../store/statement-cache';

export interface NewJournalEntry {
  readonly operator: string;
  readonly profileId: string;
  readonly profileName: string;
  readonly operation: MoneyOperation;
  readonly counterpartyId: string;
  readonly counterpartyName?: string | null;
  readonly indirectPartnerId?: string | null;
  /** Canonical decimal text. */
  readonly amount: string;
  readonly currency: string;
  readonly memo?: string | null;
  readonly retryOf?: string | null;
  readonly planId?: string | null;
  readonly planItemId?: string | null;
  /** Quota, coupon, validity… (WriteDetails), immutable with the intent. */
  readonly details?: WriteDetails | null;
  /** The batch call this entry goes out in (one id per call). */
  readonly batchId?: string | null;
  /** What makes two intents the same write (the descriptor's intentKey); default the legacy key. */
  readonly intentKey?: string | null;
}

export interface NewJournalEvent {
  readonly state: JournalState;
  readonly operator: string;
  readonly requestId?: string | null;
  readonly code?: string | null;
  readonly message?: string | null;
  readonly transId?: string | null;
  readonly evidence?: ReconcileEvidence | null;
}

/**
 * Which state may follow which. unknown → unknown records an undecided reconciliation.
 * reconciled-not-applied → reconciled-done records evidence that appeared later (records
 * lag): found when the evidence is read again before a re-send. A `failed` entry carries a
 * recognised refusal, which is proof, so nothing follows it.
 */
const NEXT: Readonly<Record<JournalState, readonly JournalState[]>> = {
  pending: ['sent', 'failed', 'unknown', 'reconciled-done', 'reconciled-not-applied'],
  sent: ['done', 'failed', 'unknown', 'reconciled-done', 'reconciled-not-applied'],
  unknown: ['unknown', 'reconciled-done', 'reconciled-not-applied'],
  done: [],
  failed: [],
  'reconciled-done': [],
  'reconciled-not-applied': ['reconciled-done'],
};

/**
 * Refused: a transition not in NEXT, or "not applied, never sent" once the entry has left
 * `pending`. That conclusion is drawn from a read of `pending` alone (no records are read),
 * and it is true only while the entry is still pending: another workstation, or another call
 * of this process, may have marked it sent and sent it since the read.
 */
function refused(current: JournalState, event: NewJournalEvent): boolean {
  return !NEXT[current].includes(event.state) || (event.evidence?.neverSent === true && current !== 'pending');
}

export class JournalTransitionError extends Error {
  constructor(readonly entryId: string, readonly from: JournalState, readonly to: JournalState) {
    super(`journal entry ${entryId}: ${from} → ${to} is not allowed`);
    this.name = 'JournalTransitionError';
  }
}

/**
 * A record (trans id) explains at most one entry: the claim index refused a second claim.
 * With several workstations on one journal, another one's reconciliation got there first.
 */
export class JournalClaimConflictError extends Error {
  constructor(readonly entryId: string, readonly transId: string) {
    super(`journal entry ${entryId}: record ${transId} already explains another entry`);
    this.name = 'JournalClaimConflictError';
  }
}

interface EntryRow {
  id: string; seq: number; created_at: string; operator: string; profile_id: string; profile_name: string;
  operation: MoneyOperation; counterparty_id: string; counterparty_name: string | null; indirect_partner_id: string | null;
  amount: string; currency: string; memo: string | null; retry_of: string | null; plan_id: string | null; plan_item_id: string | null;
  details: string | null; batch_id: string | null; intent_key: string | null;
}
interface EventRow {
  seq: number; entry_id: string; state: JournalState; at: string; operator: string; request_id: string | null;
  code: string | null; message: string | null; trans_id: string | null; evidence: string | null;
}

const CURRENT_STATE = '(SELECT state FROM journal_event v WHERE v.entry_id = e.id ORDER BY v.seq DESC LIMIT 1)';

/** The key of a funding intent, as entries before version 5 (no intent_key) are matched. */
export const legacyIntentKey = (e: { operation: string; counterpartyId: string; indirectPartnerId?: string | null; amount: string }): string =>
  `${e.operation}|${e.counterpartyId}|${e.indirectPartnerId ?? ''}|${e.amount}`;

/** Why one entry of `beginMany` was not written. */
export type BeginRefusal = { readonly refused: AppError };
const UNRESOLVED_SQL = `${CURRENT_STATE} IN ('pending','sent','unknown')`;

export class Journal {
  constructor(
    private readonly db: JournalDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private sql(text: string) {
    return cachedStatement(this.db, text);
  }

  /**
   * Writes the intent and its `pending` event in one durable commit; returns the entry. With
   * `refuseUnresolvedTwin` the check for an identical unresolved intent runs inside the same
   * IMMEDIATE transaction, so two connections cannot both pass it. A plan item's first send
   * is unique in the schema (PLAN_ITEM_ALREADY_SENT).
   */
  begin(entry: NewJournalEntry, options: { refuseUnresolvedTwin?: boolean } = {}): JournalEntryView {
    const [one] = this.beginMany([entry], options);
    if (!one || 'refused' in one) throw one?.refused ?? new Error('journal: nothing written');
    return one;
  }

  /**
   * Writes many intents (one batch call) in one durable commit, each with its `pending`
   * event; an intent with an unresolved twin (or an earlier one of the same batch) is refused
   * on its own, the others are written.
   */
  beginMany(entries: readonly NewJournalEntry[], options: { refuseUnresolvedTwin?: boolean } = {}): Array<JournalEntryView | BeginRefusal> {
    const at = this.now().toISOString();
    const out: Array<string | BeginRefusal> = [];
    const write = this.db.transaction(() => {
      let seq = (this.sql('SELECT COALESCE(MAX(seq), 0) AS n FROM journal_entry').get() as { n: number }).n;
      for (const entry of entries) {
        const key = entry.intentKey ?? legacyIntentKey(entry);
        if (options.refuseUnresolvedTwin) {
          const twin = this.unresolvedTwinByKey(key);
          if (twin) {
            out.push({ refused: new AppError('MONEY_UNRESOLVED_DUPLICATE', { id: twin.id, amount: twin.amount, counterparty: twin.counterpartyName ?? twin.counterpartyId }) });
            continue;
          }
        }
        const id = randomUUID();
        seq += 1;
        try {
          this.insertEntry(id, seq, at, entry, key);
        } catch (error) {
          const refusal = uniqueRefusal(error, entry);
          if (!refusal) throw error;
          seq -= 1;
          out.push({ refused: refusal });
          continue;
        }
        this.insertEvent(id, at, { state: 'pending', operator: entry.operator });
        out.push(id);
      }
    });
    write.immediate();
    return out.map((x) => (typeof x === 'string' ? this.require(x) : x));
  }

  private insertEntry(id: string, seq: number, at: string, entry: NewJournalEntry, key: string): void {
    this.sql(
        `INSERT INTO journal_entry (id, seq, created_at, operator, profile_id, profile_name, operation, counterparty_id,
           counterparty_name, indirect_partner_id, amount, currency, memo, retry_of, plan_id, plan_item_id, details, batch_id, intent_key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id, seq, at, entry.operator, entry.profileId, entry.profileName, entry.operation, entry.counterpartyId,
        entry.counterpartyName ?? null, entry.indirectPartnerId ?? null, entry.amount, entry.currency, entry.memo ?? null,
        entry.retryOf ?? null, entry.planId ?? null, entry.planItemId ?? null,
        entry.details ? JSON.stringify(entry.details) : null, entry.batchId ?? null, key,
      );
  }

  /** Appends the same state to many entries in one durable commit (a batch call's `sent`). */
  appendMany(entryIds: readonly string[], event: NewJournalEvent): JournalEntryView[] {
    this.db.transaction(() => {
      const at = this.now().toISOString();
      for (const id of entryIds) {
        const current = this.currentState(id);
        if (current === null) throw new Error(`journal entry ${id} does not exist`);
        if (refused(current, event)) throw new JournalTransitionError(id, current, event.state);
        this.insertEvent(id, at, event);
      }
    }).immediate();
    return entryIds.map((id) => this.require(id));
  }

  /**
   * Appends each entry its own event in one durable commit (a batch call's per-item outcomes):
   * all of them or, when any transition is refused or the disk fails, none.
   */
  appendEach(events: ReadonlyArray<{ readonly entryId: string; readonly event: NewJournalEvent }>): JournalEntryView[] {
    this.db.transaction(() => {
      const at = this.now().toISOString();
      for (const { entryId, event } of events) {
        const current = this.currentState(entryId);
        if (current === null) throw new Error(`journal entry ${entryId} does not exist`);
        if (refused(current, event)) throw new JournalTransitionError(entryId, current, event.state);
        this.insertEvent(entryId, at, event);
      }
    }).immediate();
    return events.map((e) => this.require(e.entryId));
  }

  /** Appends a state event after checking the transition; durable when it returns. */
  append(entryId: string, event: NewJournalEvent): JournalEntryView {
    this.db.transaction(() => {
      const current = this.currentState(entryId);
      if (current === null) throw new Error(`journal entry ${entryId} does not exist`);
      if (refused(current, event)) throw new JournalTransitionError(entryId, current, event.state);
      this.insertEvent(entryId, this.now().toISOString(), event);
    }).immediate();
    return this.require(entryId);
  }

  get(id: string): JournalEntryView | null {
    const row = this.sql('SELECT * FROM journal_entry WHERE id = ?').get(id) as EntryRow | undefined;
    return row ? this.view(row) : null;
  }

  require(id: string): JournalEntryView {
    const v = this.get(id);
    if (!v) throw new Error(`journal entry ${id} does not exist`);
    return v;
  }

  /** Unresolved (pending, sent, unknown) entries, oldest first: the order reconciliation claims records in. */
  unresolved(): JournalEntryView[] {
    const rows = this.sql(`SELECT * FROM journal_entry e WHERE ${UNRESOLVED_SQL} ORDER BY seq`).all() as EntryRow[];
    return rows.map((r) => this.view(r));
  }

  /** An unresolved entry for the same operation, counterparty and amount, if any. */
  unresolvedTwin(e: { operation: MoneyOperation; counterpartyId: string; indirectPartnerId: string | null; amount: string }): JournalEntryView | null {
    return this.unresolvedTwinByKey(legacyIntentKey(e));
  }

  /** An unresolved entry with this intent key (entries from before version 5 by the legacy key). */
  unresolvedTwinByKey(key: string): JournalEntryView | null {
    const row = this.sql(
        `SELECT * FROM journal_entry e WHERE (e.intent_key = @key OR (e.intent_key IS NULL AND
           e.operation || '|' || e.counterparty_id || '|' || COALESCE(e.indirect_partner_id, '') || '|' || e.amount = @key))
           AND ${UNRESOLVED_SQL} ORDER BY seq LIMIT 1`,
      )
      .get({ key }) as EntryRow | undefined;
    return row ? this.view(row) : null;
  }

  /** Entries of one batch call, in the order they were written. */
  byBatch(batchId: string): JournalEntryView[] {
    const rows = this.sql('SELECT * FROM journal_entry WHERE batch_id = ? ORDER BY seq').all(batchId) as EntryRow[];
    return rows.map((r) => this.view(r));
  }

  /** Records a confirmation as used; false when it had been used already (durable when it returns). */
  useConfirmation(tokenHash: string, operator: string, channel: string): boolean {
    const r = this.sql('INSERT OR IGNORE INTO confirmation_use (token_hash, used_at, operator, channel) VALUES (?, ?, ?, ?)')
      .run(tokenHash, this.now().toISOString(), operator, channel);
    return r.changes === 1;
  }

  /** Whether an applied transaction id already explains some entry (other than `exceptEntryId`). */
  isClaimed(transId: string, exceptEntryId?: string): boolean {
    const row = this.sql(`SELECT entry_id FROM journal_event WHERE trans_id = ? AND state IN ('done','reconciled-done') LIMIT 1`)
      .get(transId) as { entry_id: string } | undefined;
    return row !== undefined && row.entry_id !== exceptEntryId;
  }

  /** Entries of one batch-plan item, oldest first (a plan item may have a re-send). */
  byPlanItem(planId: string, planItemId: string): JournalEntryView[] {
    const rows = this.sql('SELECT * FROM journal_entry WHERE plan_id = ? AND plan_item_id = ? ORDER BY seq')
      .all(planId, planItemId) as EntryRow[];
    return rows.map((r) => this.view(r));
  }

  /** Unresolved entries first (oldest first), then everything else newest first. */
  list(filters: JournalFilters = {}, offset = 0, limit = 200): JournalPage {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filters.states?.length) {
      where.push(`${CURRENT_STATE} IN (${filters.states.map(() => '?').join(',')})`);
      args.push(...filters.states);
    }
    if (filters.operations?.length) {
      where.push(`e.operation IN (${filters.operations.map(() => '?').join(',')})`);
      args.push(...filters.operations);
    }
    if (filters.from) {
      where.push('e.created_at >= ?');
      args.push(toIsoBound(filters.from, 'from'));
    }
    if (filters.to) {
      where.push('e.created_at <= ?');
      args.push(toIsoBound(filters.to, 'to'));
    }
    if (filters.counterparty) {
      where.push("(instr(lower(e.counterparty_id), lower(?)) > 0 OR instr(lower(COALESCE(e.counterparty_name, '')), lower(?)) > 0)");
      args.push(filters.counterparty, filters.counterparty);
    }
    if (filters.planId) {
      where.push('e.plan_id = ?');
      args.push(filters.planId);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.sql(`SELECT COUNT(*) AS n FROM journal_entry e ${clause}`).get(...args) as { n: number }).n;
    const unresolved = (
      this.sql(`SELECT COUNT(*) AS n FROM journal_entry e WHERE ${UNRESOLVED_SQL}`).get() as { n: number }
    ).n;
    const rows = this.sql(
        `SELECT e.* FROM journal_entry e ${clause}
         ORDER BY CASE WHEN ${UNRESOLVED_SQL} THEN 0 ELSE 1 END,
                  CASE WHEN ${UNRESOLVED_SQL} THEN e.seq ELSE -e.seq END
         LIMIT ? OFFSET ?`,
      )
      .all(...args, limit, offset) as EntryRow[];
    return { entries: rows.map((r) => this.view(r)), total, unresolved };
  }

  private currentState(entryId: string): JournalState | null {
    const row = this.sql('SELECT state FROM journal_event WHERE entry_id = ? ORDER BY seq DESC LIMIT 1')
      .get(entryId) as { state: JournalState } | undefined;
    return row?.state ?? null;
  }

  private insertEvent(entryId: string, at: string, e: NewJournalEvent): void {
    try {
      this.insertEventRow(entryId, at, e);
    } catch (error) {
      const c = error as { code?: string; message?: string };
      if (e.transId && c.code === 'SQLITE_CONSTRAINT_UNIQUE' && /trans_id/.test(c.message ?? '')) throw new JournalClaimConflictError(entryId, e.transId);
      throw error;
    }
  }

  private insertEventRow(entryId: string, at: string, e: NewJournalEvent): void {
    this.sql(
        `INSERT INTO journal_event (entry_id, state, at, operator, request_id, code, message, trans_id, evidence)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        entryId, e.state, at, e.operator, e.requestId ?? null, e.code ?? null, e.message ?? null, e.transId ?? null,
        e.evidence ? JSON.stringify(e.evidence) : null,
      );
  }

  private view(row: EntryRow): JournalEntryView {
    const events = (this.sql('SELECT * FROM journal_event WHERE entry_id = ? ORDER BY seq').all(row.id) as EventRow[]).map(
      eventView,
    );
    const last = events[events.length - 1];
    if (!last) throw new Error(`journal entry ${row.id} has no events`);
    const retriedBy = this.sql('SELECT id FROM journal_entry WHERE retry_of = ?').get(row.id) as { id: string } | undefined;
    const lastWith = <K extends keyof JournalEventView>(key: K) =>
      [...events].reverse().find((ev) => ev[key] !== null)?.[key] ?? null;
    return {
      id: row.id,
      seq: row.seq,
      createdAt: row.created_at,
      operator: row.operator,
      profileId: row.profile_id,
      profileName: row.profile_name,
      operation: row.operation,
      counterpartyId: row.counterparty_id,
      counterpartyName: row.counterparty_name,
      indirectPartnerId: row.indirect_partner_id,
      amount: row.amount,
      currency: row.currency,
      memo: row.memo,
      retryOf: row.retry_of,
      retriedBy: retriedBy?.id ?? null,
      planId: row.plan_id,
      planItemId: row.plan_item_id,
      details: row.details ? (JSON.parse(row.details) as WriteDetails) : null,
      batchId: row.batch_id,
      intentKey: row.intent_key ?? legacyIntentKey({ operation: row.operation, counterpartyId: row.counterparty_id, indirectPartnerId: row.indirect_partner_id, amount: row.amount }),
      state: last.state,
      stateAt: last.at,
      requestId: lastWith('requestId') as string | null,
      sentAt: events.find((ev) => ev.state === 'sent')?.at ?? null,
      code: last.code,
      message: last.message,
      transId: lastWith('transId') as string | null,
      evidence: lastWith('evidence') as ReconcileEvidence | null,
      events,
    };
  }
}

function eventView(r: EventRow): JournalEventView {
  return {
    seq: r.seq,
    state: r.state,
    at: r.at,
    operator: r.operator,
    requestId: r.request_id,
    code: r.code,
    message: r.message,
    transId: r.trans_id,
    evidence: r.evidence ? (JSON.parse(r.evidence) as ReconcileEvidence) : null,
  };
}

/** A bare date filter covers the whole day (UTC): "to 2025-01-31" includes that day. */
function toIsoBound(value: string, side: 'from' | 'to'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return side === 'from' ? `${value}T00:00:00.000Z` : `${value}T23:59:59.999Z`;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

/** A unique index refusing an entry: a plan item sent before, an entry re-sent before. */
function uniqueRefusal(error: unknown, entry: NewJournalEntry): AppError | null {
  const e = error as { code?: string; message?: string };
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' && /plan_item_id/.test(e.message ?? '')) {
    return new AppError('PLAN_ITEM_ALREADY_SENT', { planId: entry.planId ?? '', item: entry.planItemId ?? '' });
  }
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' && /retry_of/.test(e.message ?? '')) {
    return new AppError('MONEY_RETRY_NOT_ALLOWED', { id: entry.retryOf ?? '', state: 'retried' });
  }
  return null;
}
