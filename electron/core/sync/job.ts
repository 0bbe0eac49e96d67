// What one list's sync gets, and the paging loop every list shares: the first page gives the
// total, the other pages go out concurrently (the client's limiter paces them), a page that
// still fails after the client's own read retries is tried once more at the end, and what
// fails then is reported. Pages already stored by an interrupted run are skipped on resume.
import type { SyncFailure, SyncList } from '../../../shared/contract/channels/sync';
import type { LocalStore } from '../infra/store/local-store';
import type { WriteContext } from '../infra/store/write-context';
import { isAbort, isUnreachable, toFailure } from './failures';
import { runPool } from './pool';
import type { ListProgress } from './progress';
import type { SyncApi } from './sync-api';

export interface UnitCheckpoint {
  total: number | null;
  done: number[];
}

export interface Checkpoint {
  readonly runId: string;
  /** When the interrupted run began: rows older than this were not refreshed by it. */
  readonly startedAt: string;
  readonly units: Record<string, UnitCheckpoint>;
  /** List-specific notes, e.g. the records window being fetched. */
  readonly extra: Record<string, unknown>;
}

export interface SyncOptions {
  readonly months: readonly string[];
  /** ISO instants of the records window (null: incremental from the last window end). */
  readonly recordsFrom: string | null;
  readonly recordsTo: string;
  readonly now: Date;
}

export interface ListJob {
  readonly list: SyncList;
  readonly api: SyncApi;
  readonly store: LocalStore;
  readonly ctx: WriteContext;
  readonly signal: AbortSignal;
  readonly progress: ListProgress;
  readonly failures: SyncFailure[];
  readonly role: 'SP' | 'T1';
  readonly options: SyncOptions;
  readonly checkpoint: Checkpoint;
  /** Requests of one operation kept in flight; the limiter decides when they start. */
  readonly concurrency: number;
  save(): void;
  /** The T1's resellers (from this run's resellers list when it runs, else from the store). */
  resellerIds(): Promise<string[]>;
  /** Called with a network failure: the endpoint is unreachable, stop the whole run. */
  unreachable(error: unknown): void;
}

export const PAGE_SIZE = 100;

export class Aborted extends Error {
  constructor() {
    super('sync aborted');
    this.name = 'AbortError';
  }
}

/** Runs one request; an abort or an unreachable endpoint stops the list, other errors are returned. */
export async function attempt<T>(job: ListJob, call: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  if (job.signal.aborted) throw new Aborted();
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (job.signal.aborted || isAbort(error)) throw new Aborted();
    if (isUnreachable(error)) {
      job.unreachable(error);
      throw new Aborted();
    }
    return { ok: false, error };
  }
}

export interface PageResult<T> {
  readonly items: readonly T[];
  readonly total: number | null;
}

export interface PagedSpec<T> {
  /** Key in the checkpoint, e.g. "customers:" or "customers:<t2 id>". */
  readonly unit: string;
  /** For failure reports, e.g. "customers of T2 abc". */
  readonly label: string;
  fetch(offset: number, limit: number): Promise<PageResult<T>>;
  write(items: readonly T[], offset: number): void;
  readonly pageSize?: number;
}

/** Fetches every page of one list unit; true when every page arrived. */
export async function fetchPaged<T>(job: ListJob, spec: PagedSpec<T>): Promise<boolean> {
  const size = spec.pageSize ?? PAGE_SIZE;
  const unit = (job.checkpoint.units[spec.unit] ??= { total: null, done: [] });
  const done = new Set(unit.done);
  const record = (offset: number, items: readonly T[]) => {
    spec.write(items, offset);
    done.add(offset);
    unit.done.push(offset);
    job.progress.advance(items.length);
    job.save();
  };
  const fetchOne = async (offset: number) => {
    const r = await attempt(job, () => spec.fetch(offset, size));
    if (r.ok) record(offset, r.value.items);
    return r;
  };

  if (unit.total === null) {
    let first = await fetchOne(0);
    if (!first.ok) first = await fetchOne(0); // retried once more as a read, like every page
    if (!first.ok) {
      job.failures.push(toFailure(`${spec.label} offset 0`, first.error));
      return false;
    }
    const { items, total } = first.value;
    if (total === null) return fetchUncounted(job, spec, size, items.length, fetchOne);
    unit.total = total;
    job.progress.addTotal(total);
    job.save();
  } else {
    job.progress.addTotal(unit.total);
    job.progress.advance(Math.min(unit.total, done.size * size));
  }

  const offsets: number[] = [];
  for (let o = size; o < unit.total; o += size) if (!done.has(o)) offsets.push(o);
  const retry: number[] = [];
  await runPool(offsets, job.concurrency, async (o) => {
    const r = await fetchOne(o);
    if (!r.ok) retry.push(o);
  }, job.signal);
  return retryPass(job, spec, retry, fetchOne);
}

/** Lists without a count: page until a short page, one at a time. */
async function fetchUncounted<T>(
  job: ListJob,
  spec: PagedSpec<T>,
  size: number,
  firstLength: number,
  fetchOne: (o: number) => Promise<{ ok: boolean; error?: unknown; value?: PageResult<T> }>,
): Promise<boolean> {
  let length = firstLength;
  for (let o = size; length === size; o += size) {
    const r = await fetchOne(o);
    if (!r.ok) {
      job.failures.push(toFailure(`${spec.label} offset ${o}`, r.error));
      return false;
    }
    length = r.value?.items.length ?? 0;
  }
  return true;
}

async function retryPass<T>(
  job: ListJob,
  spec: PagedSpec<T>,
  offsets: readonly number[],
  fetchOne: (o: number) => Promise<{ ok: boolean; error?: unknown }>,
): Promise<boolean> {
  let complete = true;
  for (const o of [...offsets].sort((a, b) => a - b)) {
    const r = await fetchOne(o);
    if (!r.ok) {
      complete = false;
      job.failures.push(toFailure(`${spec.label} offset ${o}`, r.error));
    }
  }
  return complete;
}

export function count(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
