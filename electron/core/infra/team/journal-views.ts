// Rows of the team journal tables into the JournalEntryView the SQLite journal returns, for
// many entries at once (two queries, not two per entry: the server may be across a network).
import type pg from 'pg';
import type {
  JournalEntryView,
  JournalEventView,
  JournalState,
  MoneyOperation,
  ReconcileEvidence,
} from '../../../../shared/contract/channels/activity';
import type { WriteDetails } from '../../../../shared/domain/operations';

export interface EntryRow {
  id: string; seq: string; created_at: Date; operator: string; profile_id: string; profile_name: string;
  operation: MoneyOperation; counterparty_id: string; counterparty_name: string | null; indirect_partner_id: string | null;
  amount: string; currency: string; memo: string | null; retry_of: string | null; plan_id: string | null; plan_item_id: string | null;
  details: WriteDetails | null; batch_id: string | null; intent_key: string;
}

interface EventRow {
  seq: string; entry_id: string; state: JournalState; at: Date; operator: string; request_id: string | null;
  code: string | null; message: string | null; trans_id: string | null; evidence: ReconcileEvidence | null;
}

export type Queryable = Pick<pg.ClientBase, 'query'>;

function eventView(r: EventRow): JournalEventView {
  return {
    seq: Number(r.seq), state: r.state, at: r.at.toISOString(), operator: r.operator, requestId: r.request_id,
    code: r.code, message: r.message, transId: r.trans_id, evidence: r.evidence,
  };
}

/** Views of `rows`, in their order. */
export async function entryViews(db: Queryable, rows: readonly EntryRow[]): Promise<JournalEntryView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const events = await db.query<EventRow>('SELECT * FROM journal_event WHERE entry_id = ANY($1) ORDER BY seq', [ids]);
  const retries = await db.query<{ id: string; retry_of: string }>('SELECT id, retry_of FROM journal_entry WHERE retry_of = ANY($1)', [ids]);
  const byEntry = new Map<string, JournalEventView[]>();
  for (const e of events.rows) {
    const list = byEntry.get(e.entry_id) ?? [];
    list.push(eventView(e));
    byEntry.set(e.entry_id, list);
  }
  const retriedBy = new Map(retries.rows.map((r) => [r.retry_of, r.id]));
  return rows.map((row) => view(row, byEntry.get(row.id) ?? [], retriedBy.get(row.id) ?? null));
}

function view(row: EntryRow, events: readonly JournalEventView[], retriedBy: string | null): JournalEntryView {
  const last = events[events.length - 1];
  if (!last) throw new Error(`journal entry ${row.id} has no events`);
  const lastWith = <K extends keyof JournalEventView>(key: K) => [...events].reverse().find((ev) => ev[key] !== null)?.[key] ?? null;
  return {
    id: row.id,
    seq: Number(row.seq),
    createdAt: row.created_at.toISOString(),
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
    retriedBy,
    planId: row.plan_id,
    planItemId: row.plan_item_id,
    details: row.details,
    batchId: row.batch_id,
    intentKey: row.intent_key,
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
