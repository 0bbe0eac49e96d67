// Per-list sync bookkeeping: the as-of time (last complete fetch), the checkpoint a resumed
// sync continues from, what could not be fetched, and the end of the last complete
// records window (where an incremental sync starts).
import type { Database } from 'better-sqlite3';
import type { SyncFailure, SyncList, SyncListState } from '../../../../shared/contract/channels/sync';

export interface ListRecord {
  readonly list: SyncList;
  readonly asOf: string | null;
  readonly state: SyncListState;
  readonly done: number;
  readonly total: number | null;
  readonly checkpoint: unknown;
  readonly failures: readonly SyncFailure[];
  readonly note: string | null;
  readonly lastStartedAt: string | null;
  readonly lastFinishedAt: string | null;
  readonly windowEnd: string | null;
}

interface Row {
  list: string; as_of: string | null; state: string; done: number; total: number | null; checkpoint: string | null;
  failures: string | null; note: string | null; last_started_at: string | null; last_finished_at: string | null;
  window_end: string | null;
}

export type ListPatch = Partial<Omit<ListRecord, 'list'>>;

const columns: Record<keyof ListPatch, string> = {
  asOf: 'as_of', state: 'state', done: 'done', total: 'total', checkpoint: 'checkpoint', failures: 'failures',
  note: 'note', lastStartedAt: 'last_started_at', lastFinishedAt: 'last_finished_at', windowEnd: 'window_end',
};

export class SyncStateStore {
  constructor(private readonly db: Database) {}

  get(list: SyncList): ListRecord | null {
    const row = this.db.prepare('SELECT * FROM sync_lists WHERE list = ?').get(list) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  all(): ListRecord[] {
    return (this.db.prepare('SELECT * FROM sync_lists').all() as Row[]).map(toRecord);
  }

  asOf(list: SyncList): string | null {
    const row = this.db.prepare('SELECT as_of FROM sync_lists WHERE list = ?').get(list) as { as_of: string | null } | undefined;
    return row?.as_of ?? null;
  }

  patch(list: SyncList, patch: ListPatch): void {
    const entries = Object.entries(patch) as [keyof ListPatch, unknown][];
    this.db.prepare("INSERT OR IGNORE INTO sync_lists (list, state) VALUES (?, 'idle')").run(list);
    if (!entries.length) return;
    const sets = entries.map(([k]) => `${columns[k]} = @${k}`).join(', ');
    const params: Record<string, unknown> = { list };
    for (const [k, v] of entries) {
      params[k] = k === 'checkpoint' || k === 'failures' ? (v === null || v === undefined ? null : JSON.stringify(v)) : v;
    }
    this.db.prepare(`UPDATE sync_lists SET ${sets} WHERE list = @list`).run(params);
  }
}

function toRecord(row: Row): ListRecord {
  return {
    list: row.list as SyncList,
    asOf: row.as_of,
    state: row.state as SyncListState,
    done: row.done,
    total: row.total,
    checkpoint: row.checkpoint ? (JSON.parse(row.checkpoint) as unknown) : null,
    failures: row.failures ? (JSON.parse(row.failures) as SyncFailure[]) : [],
    note: row.note,
    lastStartedAt: row.last_started_at,
    lastFinishedAt: row.last_finished_at,
    windowEnd: row.window_end,
  };
}

/** Tables whose rows are marked (never dropped) when a complete sync no longer lists them. */
export type MarkableTable = 'customers' | 'resellers' | 'quotas' | 'child_quotas' | 'issued_coupons';

/**
 * After a complete listing by run `runId`: rows it did not list get deleted_at. Only call
 * when every page arrived, or rows on a missing page would be marked wrongly.
 */
export function markMissing(db: Database, table: MarkableTable, runId: string, at: string): number {
  return db
    .prepare(`UPDATE ${table} SET deleted_at = ? WHERE deleted_at IS NULL AND (seen_run IS NULL OR seen_run <> ?)`)
    .run(at, runId).changes;
}
