// Customers and their balances as one pipeline: while customer pages arrive (concurrently,
// per scope: the partner's own and, for a T1, each T2's), resale customers are batched by
// 100 into balance queries that run at the same time on their own rate-limit lane.
import type { WireCustomer } from '../../infra/store/wire';
import { toFailure } from '../failures';
import { attempt, count, fetchPaged, type ListJob } from '../job';
import { AsyncQueue, runPool } from '../pool';

const BATCH = 100;

interface Batch {
  readonly scope: string | null;
  readonly ids: readonly string[];
}

export async function syncCustomers(job: ListJob): Promise<boolean> {
  const scopes: (string | null)[] = [null, ...(job.role === 'T1' ? await job.resellerIds() : [])];
  const batches = new AsyncQueue<Batch>();
  const pending = new Map<string | null, string[]>();
  let balancesOk = true;
  let balancesDone = 0;

  const enqueue = (scope: string | null, ids: readonly string[], flush: boolean) => {
    const buf = pending.get(scope) ?? [];
    buf.push(...ids);
    while (buf.length >= BATCH || (flush && buf.length > 0)) batches.push({ scope, ids: buf.splice(0, BATCH) });
    pending.set(scope, buf);
  };

  const fetchBatch = async (b: Batch) => {
    const call = () =>
      job.api.listCustomersBalancesDetail(
        { customer_infos: b.ids.map((customer_id) => ({ customer_id })), ...(b.scope ? { indirect_partner_id: b.scope } : {}) },
        { signal: job.signal },
      );
    let r = await attempt(job, call);
    if (!r.ok) r = await attempt(job, call); // a failed batch is retried once as a read
    if (!r.ok) {
      balancesOk = false;
      job.failures.push(toFailure(`balances of ${b.ids.length} customers from ${b.ids[0]}`, r.error));
      return;
    }
    job.store.customers.balances(r.value.customer_balances ?? [], job.ctx);
    balancesDone += b.ids.length;
    job.progress.detail.balancesDone = balancesDone;
  };
  // Settles (never rejects) so an abort while pages are still coming is not left unobserved.
  const balanceWorkers = runPool(batches, job.concurrency, fetchBatch, job.signal).then(
    () => null,
    (error: unknown) => ({ error }),
  );
  // Resuming: resale customers an interrupted run stored but whose balances never came.
  if (Object.keys(job.checkpoint.units).length > 0) {
    for (const [scope, ids] of staleBalances(job)) enqueue(scope, ids, true);
  }

  let pagesOk = true;
  try {
    await Promise.all(
      scopes.map(async (scope) => {
        const ok = await fetchPaged<WireCustomer>(job, {
          unit: `customers:${scope ?? ''}`,
          label: scope ? `customers of reseller ${scope}` : 'customers',
          fetch: async (offset, limit) => {
            const res = await job.api.listSubCustomers(
              { offset, limit, ...(scope ? { indirect_partner_id: scope } : {}) },
              { signal: job.signal },
            );
            return { items: res.customer_infos ?? [], total: count(res.count) };
          },
          write: (items) => {
            job.store.customers.customers(items, scope, job.ctx);
            enqueue(scope, items.filter((c) => c.association_type === '2').map((c) => c.customer_id), false);
          },
        });
        enqueue(scope, [], true);
        if (!ok) pagesOk = false;
      }),
    );
  } finally {
    batches.close();
  }
  const workerFailure = await balanceWorkers;
  if (workerFailure) throw workerFailure.error;
  const complete = pagesOk && balancesOk && !job.signal.aborted;
  if (complete) job.store.markMissing('customers', job.ctx.runId, job.ctx.fetchedAt);
  return complete;
}

/** Resale customers listed in this run whose balance is missing or older than the run. */
function staleBalances(job: ListJob): Map<string | null, string[]> {
  const rows = job.store.db
    .prepare(`SELECT c.customer_id AS id, c.indirect_partner_id AS scope FROM customers c
      LEFT JOIN customer_balances b ON b.customer_id = c.customer_id
      WHERE c.seen_run = ? AND c.association_type = '2' AND (b.fetched_at IS NULL OR b.fetched_at < ?)`)
    .all(job.ctx.runId, job.checkpoint.startedAt) as { id: string; scope: string | null }[];
  const out = new Map<string | null, string[]>();
  for (const r of rows) out.set(r.scope, [...(out.get(r.scope) ?? []), r.id]);
  return out;
}
