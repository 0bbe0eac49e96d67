// Runs a sync of one profile: the chosen lists concurrently (each operation on its own
// rate-limit lane), progress per list, cancel, resume from checkpoints, a report of what
// could not be fetched, and connectivity tracking (unreachable → stop, keep the store).
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract';
import {
  defaultSyncLists,
  syncLists,
  type SyncList,
  type SyncListState,
  type SyncListStatus,
  type SyncStatus,
} from '../../../shared/contract/channels/sync';
import type { LocalStore } from '../infra/store/local-store';
import type { ListRecord } from '../infra/store/sync-state';
import type { Connectivity } from './connectivity';
import { isAbort, toFailure } from './failures';
import type { Checkpoint, ListJob, SyncOptions } from './job';
import { listRunners, t1Only } from './lists';
import { ListProgress, type ProgressSink } from './progress';
import type { SyncApi } from './sync-api';
import { recentMonths } from './windows';

export interface SyncStartOptions {
  readonly lists?: readonly SyncList[];
  readonly months?: readonly string[];
  readonly recordsFrom?: string;
  readonly recordsTo?: string;
  readonly resume?: boolean;
}

export interface SyncServiceDeps {
  readonly store: LocalStore;
  readonly api: SyncApi;
  readonly role: 'SP' | 'T1';
  readonly progress: ProgressSink;
  readonly connectivity: Connectivity;
  readonly now?: () => Date;
  /** Called once a run has finished (every list done, failed or cancelled): alerts are checked then. */
  readonly onFinished?: (run: { startedAt: string | null; finishedAt: string }) => void;
  /** Requests per operation kept in flight (the client's limiter paces their starts evenly). */
  readonly concurrency?: number;
}

const RESUMABLE: ReadonlySet<SyncListState> = new Set(['running', 'cancelled', 'partial', 'failed']);

export class SyncService {
  private controller: AbortController | null = null;
  private running: Promise<void> | null = null;
  private startedAt: string | null = null;
  private finishedAt: string | null = null;
  private readonly live = new Map<SyncList, ListProgress>();
  private readonly now: () => Date;

  constructor(private readonly deps: SyncServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  get isRunning(): boolean {
    return this.running !== null;
  }

  /** Resolves when the current run (if any) has finished. */
  async whenIdle(): Promise<void> {
    await this.running;
  }

  start(input: SyncStartOptions = {}): SyncStatus {
    if (this.running) throw new AppError('SYNC_ALREADY_RUNNING');
    const { store, role } = this.deps;
    const stored = new Map(store.lists.all().map((r) => [r.list, r]));
    const resumable = (l: SyncList) => {
      const r = stored.get(l);
      return !!r && RESUMABLE.has(r.state) && r.checkpoint !== null;
    };
    let lists = [...(input.lists ?? (input.resume ? syncLists.filter(resumable) : defaultSyncLists))];
    const skipped = role === 'T1' ? [] : lists.filter((l) => t1Only.has(l));
    lists = lists.filter((l) => !skipped.includes(l));
    for (const l of skipped) store.lists.patch(l, { state: 'skipped', note: 'T1 only', failures: [] });
    // A T1's customer, coupon, record and bill lists are per reseller: know the resellers first.
    if (role === 'T1' && !lists.includes('resellers') && lists.length && !store.db.prepare('SELECT 1 FROM resellers LIMIT 1').get()) {
      lists.unshift('resellers');
    }

    const now = this.now();
    const options: SyncOptions = {
      months: input.months?.length ? input.months : recentMonths(now, 3),
      recordsFrom: input.recordsFrom ?? null,
      recordsTo: input.recordsTo ? new Date(input.recordsTo).toISOString() : now.toISOString(),
      now,
    };
    const controller = new AbortController();
    this.controller = controller;
    this.startedAt = now.toISOString();
    this.finishedAt = null;
    this.live.clear();

    const jobs = new Map<SyncList, Promise<boolean>>();
    // Opened once every job exists: lists that need the resellers wait for this run's list of them.
    let openGate: () => void = () => undefined;
    const resellersGate = new Promise<void>((resolve) => (openGate = resolve));
    const resellersDone = () => resellersGate;
    const api = this.trackConnectivity(this.deps.api);

    for (const list of lists) {
      const record = stored.get(list);
      const resume = input.resume !== false && resumable(list) && record?.checkpoint ? (record.checkpoint as Checkpoint) : null;
      const checkpoint: Checkpoint = resume ?? { runId: randomUUID(), startedAt: now.toISOString(), units: {}, extra: {} };
      const progress = new ListProgress(list, this.deps.progress);
      this.live.set(list, progress);
      const job: ListJob = {
        list,
        api,
        store,
        ctx: { runId: checkpoint.runId, fetchedAt: now.toISOString() },
        signal: controller.signal,
        progress,
        failures: [],
        role,
        options,
        checkpoint,
        concurrency: this.deps.concurrency ?? 8,
        save: () => store.lists.patch(list, { checkpoint, done: progress.done, total: progress.total }),
        resellerIds: async () => {
          if (list !== 'resellers') await resellersDone();
          return (store.db.prepare('SELECT indirect_partner_id AS id FROM resellers WHERE deleted_at IS NULL ORDER BY 1').all() as { id: string }[]).map((r) => r.id);
        },
        unreachable: (error) => {
          this.deps.connectivity.offline(error instanceof Error ? error.message : String(error));
          job.failures.push(toFailure(list, error));
          controller.abort();
        },
      };
      store.lists.patch(list, { state: 'running', lastStartedAt: now.toISOString(), failures: [], note: null, checkpoint });
      progress.emit('running', true);
      jobs.set(list, this.runList(job));
    }

    void (jobs.get('resellers') ?? Promise.resolve(true)).finally(openGate);
    this.running = Promise.all(jobs.values()).then(() => {
      this.finishedAt = this.now().toISOString();
      this.running = null;
      this.controller = null;
      this.deps.onFinished?.({ startedAt: this.startedAt, finishedAt: this.finishedAt });
    });
    return this.status();
  }

  private async runList(job: ListJob): Promise<boolean> {
    let state: SyncListState;
    try {
      const complete = await listRunners[job.list](job);
      state = job.signal.aborted ? 'cancelled' : complete ? 'done' : job.failures.length ? 'partial' : 'failed';
    } catch (error) {
      if (!isAbort(error) && !job.signal.aborted) job.failures.push(toFailure(job.list, error));
      state = job.signal.aborted ? (job.failures.length ? 'failed' : 'cancelled') : 'failed';
    }
    const finished = this.now().toISOString();
    this.deps.store.lists.patch(job.list, {
      state,
      failures: job.failures,
      lastFinishedAt: finished,
      done: job.progress.done,
      total: job.progress.total,
      // A complete listing becomes the as-of time; the checkpoint is kept only to resume.
      ...(state === 'done' ? { asOf: job.checkpoint.startedAt, checkpoint: null } : {}),
    });
    job.progress.emit(state === 'done' ? 'done' : state === 'cancelled' ? 'cancelled' : 'failed', true);
    return state === 'done';
  }

  cancel(): SyncStatus {
    this.controller?.abort();
    return this.status();
  }

  status(): SyncStatus {
    const stored = new Map(this.deps.store.lists.all().map((r) => [r.list, r]));
    const lists: SyncListStatus[] = syncLists.map((list) => ({
      ...listStatus(list, stored.get(list), this.live.get(list), this.running !== null),
      rowCount: rowCount(this.deps.store, list),
    }));
    return {
      running: this.running !== null,
      startedAt: this.startedAt,
      finishedAt: this.finishedAt,
      resumable: lists.some((l) => (l.state === 'cancelled' || l.state === 'partial' || l.state === 'failed') && stored.get(l.list)?.checkpoint),
      lists,
      connectivity: this.deps.connectivity.current,
    };
  }

  /** Every successful call proves the endpoint reachable again. */
  private trackConnectivity(api: SyncApi): SyncApi {
    const out: Record<string, unknown> = {};
    for (const [name, fn] of Object.entries(api) as [string, (...a: unknown[]) => Promise<unknown>][]) {
      out[name] = async (...args: unknown[]) => {
        const value = await fn(...args);
        this.deps.connectivity.online();
        return value;
      };
    }
    return out as unknown as SyncApi;
  }
}

const tableOf: Record<SyncList, string> = {
  customers: 'customers WHERE deleted_at IS NULL',
  resellers: 'resellers WHERE deleted_at IS NULL',
  partnerBalances: "account_balances WHERE owner_id = ''",
  adjustRecords: 'adjust_records',
  accountChanges: 'account_changes',
  quotas: 'quotas WHERE deleted_at IS NULL',
  childQuotas: 'child_quotas WHERE deleted_at IS NULL',
  issuedCoupons: 'issued_coupons WHERE deleted_at IS NULL',
  couponRecords: 'coupon_records',
  billSums: 'bill_sums',
  billDetails: 'bill_details',
};

function rowCount(store: LocalStore, list: SyncList): number {
  return (store.db.prepare(`SELECT count(*) AS n FROM ${tableOf[list]}`).get() as { n: number }).n;
}

function listStatus(list: SyncList, r: ListRecord | undefined, live: ListProgress | undefined, running: boolean): SyncListStatus {
  // A list stored as running while no run is active was interrupted (crash, kill): resumable.
  const state: SyncListState = r?.state === 'running' && !running ? 'cancelled' : (r?.state ?? 'idle');
  return {
    list,
    state,
    done: live?.done ?? r?.done ?? 0,
    total: live?.total ?? r?.total ?? null,
    asOf: r?.asOf ?? null,
    rowCount: 0,
    failures: r?.failures ?? [],
    ...(r?.note ? { note: r.note } : {}),
  };
}
