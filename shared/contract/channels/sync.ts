// Sync of the active profile's lists from the partner API into the local store, and the
// store's health (a damaged database is reported, and only moved aside on request).
// Progress arrives as `task.progress` events with task "sync:<list>"; connectivity
// changes as `app.connectivity`.
import { z } from 'zod';
import { channel } from '../define';
import { syncLists, type SyncList } from '../../domain/sync-lists';
import { monthText } from './review';

export { defaultSyncLists, syncLists, type SyncList } from '../../domain/sync-lists';

export const syncStartInput = z
  .strictObject({
    lists: z.array(z.enum(syncLists)).min(1).optional(),
    /** Bill cycles for billSums/billDetails; default: the last 3 months (Beijing time). */
    months: z.array(monthText).max(24).optional(),
    /**
     * Window for adjust records and account changes (ISO dates). Default: from the end of the
     * last successful sync (incremental) or one year back on the first sync. Spans over one year
     * are split into one-year requests.
     */
    recordsFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}/).optional(),
    recordsTo: z.string().regex(/^\d{4}-\d{2}-\d{2}/).optional(),
    /** Continue a cancelled or interrupted sync from its checkpoints instead of starting over. */
    resume: z.boolean().default(false),
  })
  .optional();

export type SyncListState = 'idle' | 'queued' | 'running' | 'done' | 'partial' | 'failed' | 'cancelled' | 'skipped';

export interface SyncFailure {
  /** e.g. "customers offset 300", "balances batch 12", "adjustRecords 2025-01-01..2025-12-31 offset 0". */
  readonly what: string;
  /** Our error code (e.g. API_UNREACHABLE) or the API's (e.g. CBC.0151). */
  readonly code: string;
  readonly message: string;
  readonly requestId?: string;
}

export interface SyncListStatus {
  readonly list: SyncList;
  readonly state: SyncListState;
  readonly done: number;
  readonly total: number | null;
  /** Last time this list was fetched completely (the as-of time screens show). */
  readonly asOf: string | null;
  readonly rowCount: number;
  /** Pages or batches that could not be fetched even after retries, in the last run. */
  readonly failures: readonly SyncFailure[];
  /** Why a list was skipped, e.g. "T1 only". */
  readonly note?: string;
}

export interface SyncStatus {
  readonly running: boolean;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** True when the last run was cancelled or interrupted and `resume` can continue it. */
  readonly resumable: boolean;
  readonly lists: readonly SyncListStatus[];
  readonly connectivity: { readonly online: boolean; readonly since: string | null };
}

export interface StoreHealth {
  /** ok: opened and checked; corrupt: damaged, see reason; missing: nothing synced yet. */
  readonly state: 'ok' | 'corrupt' | 'missing';
  readonly file: string;
  readonly reason?: string;
  readonly schemaVersion?: number;
}

/** Whether the active profile's endpoint answers, as last checked (see `app.connectivity`). */
export interface ConnectivityStatus {
  readonly online: boolean;
  /** Since when it has been (un)reachable; null when it has never been found unreachable. */
  readonly since: string | null;
  readonly endpoint: string;
  readonly reason?: string;
}

export const syncChannels = {
  start: channel<SyncStatus>()(syncStartInput, ['SYNC_ALREADY_RUNNING', 'STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  /** Stops after the requests in flight; what was fetched stays. Resume with start({ resume: true }). */
  cancel: channel<SyncStatus>()(z.undefined().optional()),
  status: channel<SyncStatus>()(z.undefined().optional(), ['STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  /**
   * The current connectivity, for a renderer that has just loaded (events only say what
   * changes). Waits for a check already in flight, e.g. the one made as the session started.
   */
  connectivity: channel<ConnectivityStatus>()(z.undefined().optional()),
  /** Checks the endpoint now (one cheap read) and answers the resulting state. */
  checkConnectivity: channel<ConnectivityStatus>()(z.undefined().optional()),
  storeHealth: channel<StoreHealth>()(z.undefined().optional(), ['STORE_UNAVAILABLE']),
  /**
   * The user's explicit way forward from a damaged store: the file (and its -wal/-shm) is moved
   * aside to `<name>.corrupt-<time>` — never deleted — and an empty store is created; then sync again.
   */
  startFresh: channel<{ movedTo: string | null; health: StoreHealth }>()(
    z.strictObject({ confirm: z.literal(true) }),
    ['SYNC_ALREADY_RUNNING', 'STORE_UNAVAILABLE'],
  ),
};
