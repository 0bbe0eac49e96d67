// Histories fetched by time window: adjust records, account changes, coupon records, quota records.
// Incremental: the window starts where the last complete one ended (one day of overlap;
// records are keyed, so the overlap never duplicates), or a year back on the first sync.
import type { WireAccountChange, WireAdjustRecord, WireCouponRecord, WireQuotaRecord } from '../../infra/store/wire';
import { count, fetchPaged, type ListJob } from '../job';
import { isoZ, splitByYear, splitDatesByYear, type Span } from '../windows';

const DAY_MS = 86_400_000;
const OVERLAP_MS = DAY_MS;

/** The window this run covers; a resumed run keeps the window it started with. */
export function recordsWindow(job: ListJob): Span {
  const saved = job.checkpoint.extra.window as { from: string; to: string } | undefined;
  if (saved) return { from: new Date(saved.from), to: new Date(saved.to) };
  const to = new Date(job.options.recordsTo);
  const lastEnd = job.store.lists.get(job.list)?.windowEnd;
  const from = job.options.recordsFrom
    ? new Date(job.options.recordsFrom)
    : lastEnd
      ? new Date(new Date(lastEnd).getTime() - OVERLAP_MS)
      : new Date(to.getTime() - 365 * DAY_MS);
  job.checkpoint.extra.window = { from: from.toISOString(), to: to.toISOString() };
  job.save();
  return { from, to };
}

async function scopes(job: ListJob): Promise<(string | null)[]> {
  return [null, ...(job.role === 'T1' ? await job.resellerIds() : [])];
}

function finish(job: ListJob, window: Span, ok: boolean): boolean {
  if (ok) {
    job.store.lists.patch(job.list, { windowEnd: window.to.toISOString() });
    // Where the synced history starts (windows chain on from here): statements say that
    // movements before it are not in the offline data.
    job.store.db
      .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = min(value, excluded.value)')
      .run(`windowStart:${job.list}`, window.from.toISOString());
  }
  return ok;
}

interface ScopedRecordList<T> {
  readonly unit: string;
  readonly label: string;
  list(
    query: { offset: number; limit: number; operation_time_begin: string; operation_time_end: string; indirect_partner_id?: string },
    opts: { signal: AbortSignal },
  ): Promise<{ records?: readonly T[] | null; total_count?: number | null }>;
  write(items: readonly T[], scope: string | null): void;
}

/** A record list read per scope (own, then each T2's) and per year-long span of the window. */
async function syncScopedRecords<T>(job: ListJob, kind: ScopedRecordList<T>): Promise<boolean> {
  const window = recordsWindow(job);
  const units = (await scopes(job)).flatMap((scope) => splitByYear(window.from, window.to).map((span) => ({ scope, span })));
  const results = await Promise.all(
    units.map(({ scope, span }) =>
      fetchPaged<T>(job, {
        unit: `${kind.unit}:${scope ?? ''}:${isoZ(span.from)}`,
        label: `${kind.label} ${isoZ(span.from)}..${isoZ(span.to)}${scope ? ` of reseller ${scope}` : ''}`,
        fetch: async (offset, limit) => {
          const res = await kind.list(
            {
              offset,
              limit,
              operation_time_begin: isoZ(span.from),
              operation_time_end: isoZ(span.to),
              ...(scope ? { indirect_partner_id: scope } : {}),
            },
            { signal: job.signal },
          );
          return { items: res.records ?? [], total: count(res.total_count) };
        },
        write: (items) => kind.write(items, scope),
      }),
    ),
  );
  return finish(job, window, results.every(Boolean));
}

export function syncAdjustRecords(job: ListJob): Promise<boolean> {
  return syncScopedRecords<WireAdjustRecord>(job, {
    unit: 'adjust',
    label: 'adjust records',
    list: (q, o) => job.api.listPartnerAdjustRecords(q, o),
    write: (items, scope) => job.store.records.adjustRecords(items, scope, job.ctx),
  });
}

export async function syncAccountChanges(job: ListJob): Promise<boolean> {
  const window = recordsWindow(job);
  const spans = splitDatesByYear(window.from, window.to);
  let currency: string | null = null;
  const units = ['BALANCE_TYPE_DEBIT', 'BALANCE_TYPE_CREDIT'].flatMap((balanceType) => spans.map((span) => ({ balanceType, span })));
  const results = await Promise.all(
    units.map(({ balanceType, span }) =>
      fetchPaged<WireAccountChange>(job, {
        unit: `changes:${balanceType}:${span.from}`,
        label: `account changes (${balanceType}) ${span.from}..${span.to}`,
        fetch: async (offset, limit) => {
          const res = await job.api.listPartnerAccountChangeRecords(
            { offset, limit, balance_type: balanceType, trade_time_begin: span.from, trade_time_end: span.to },
            { signal: job.signal },
          );
          currency = res.currency ?? currency;
          return { items: res.records ?? [], total: count(res.total_count) };
        },
        write: (items) => job.store.records.accountChanges(items, balanceType, currency, null, job.ctx),
      }),
    ),
  );
  return finish(job, window, results.every(Boolean));
}

export function syncCouponRecords(job: ListJob): Promise<boolean> {
  return syncScopedRecords<WireCouponRecord>(job, {
    unit: 'couponRecords',
    label: 'coupon records',
    list: (q, o) => job.api.listPartnerCouponsRecord(q, o),
    write: (items, scope) => job.store.records.couponRecords(items, scope, job.ctx),
  });
}

/**
 * The T1's quota grants and reclaims. One scope only: without indirect_partner_id the list
 * covers every T2 (§4.8), and each record names its T2.
 */
export async function syncQuotaRecords(job: ListJob): Promise<boolean> {
  const window = recordsWindow(job);
  const results = await Promise.all(
    splitByYear(window.from, window.to).map((span) =>
      fetchPaged<WireQuotaRecord>(job, {
        unit: `quotaRecords:${isoZ(span.from)}`,
        label: `quota records ${isoZ(span.from)}..${isoZ(span.to)}`,
        fetch: async (offset, limit) => {
          const res = await job.api.listCouponQuotasRecords(
            { offset, limit, operation_time_begin: isoZ(span.from), operation_time_end: isoZ(span.to) },
            { signal: job.signal },
          );
          return { items: res.records ?? [], total: count(res.total_count) };
        },
        write: (items) => job.store.records.quotaRecords(items, job.ctx),
      }),
    ),
  );
  return finish(job, window, results.every(Boolean));
}
