// Lists that describe the current state (resellers, balances, quotas, coupons): fetched in
// full every time; rows a complete listing no longer has are marked deleted.
import type { WireChildQuota, WireIndirectPartner, WireIssuedCoupon, WireQuota } from '../../infra/store/wire';
import { toFailure } from '../failures';
import { attempt, count, fetchPaged, type ListJob } from '../job';
import { runPool } from '../pool';

export async function syncResellers(job: ListJob): Promise<boolean> {
  const ok = await fetchPaged<WireIndirectPartner>(job, {
    unit: 'resellers',
    label: 'resellers',
    fetch: async (offset, limit) => {
      const res = await job.api.listIndirectPartners({ offset, limit }, { signal: job.signal });
      return { items: res.indirect_partners ?? [], total: count(res.count) };
    },
    write: (items) => job.store.customers.resellers(items, job.ctx),
  });
  if (ok) job.store.markMissing('resellers', job.ctx.runId, job.ctx.fetchedAt);
  // Each T2's balances, concurrently on their own lane.
  const ids = (job.store.db.prepare('SELECT indirect_partner_id AS id FROM resellers WHERE deleted_at IS NULL').all() as { id: string }[]).map((r) => r.id);
  job.progress.detail.balancesTotal = ids.length;
  let balancesOk = true;
  let balancesDone = 0;
  await runPool(ids, job.concurrency, async (id) => {
    const r = await attempt(job, () => job.api.listPartnerBalances({ indirect_partner_id: id }, { signal: job.signal }));
    if (!r.ok) {
      balancesOk = false;
      job.failures.push(toFailure(`balances of reseller ${id}`, r.error));
      return;
    }
    job.store.customers.accountBalances(id, r.value.account_balances ?? [], job.ctx);
    job.progress.detail.balancesDone = ++balancesDone;
  }, job.signal);
  return ok && balancesOk;
}

export async function syncPartnerBalances(job: ListJob): Promise<boolean> {
  const r = await attempt(job, () => job.api.listPartnerBalances({}, { signal: job.signal }));
  if (!r.ok) {
    job.failures.push(toFailure('partner balances', r.error));
    return false;
  }
  const items = r.value.account_balances ?? [];
  job.store.customers.accountBalances('', items, job.ctx);
  job.progress.addTotal(items.length);
  job.progress.advance(items.length);
  return true;
}

export async function syncQuotas(job: ListJob): Promise<boolean> {
  const ok = await fetchPaged<WireQuota>(job, {
    unit: 'quotas',
    label: 'quotas',
    fetch: async (offset, limit) => {
      const res = await job.api.listQuotaCoupons({ offset, limit }, { signal: job.signal });
      return { items: res.quotas ?? [], total: count(res.total_count) };
    },
    write: (items) => job.store.vouchers.quotas(items, job.ctx),
  });
  if (ok) job.store.markMissing('quotas', job.ctx.runId, job.ctx.fetchedAt);
  return ok;
}

export async function syncChildQuotas(job: ListJob): Promise<boolean> {
  const ok = await fetchPaged<WireChildQuota>(job, {
    unit: 'childQuotas',
    label: 'child quotas',
    fetch: async (offset, limit) => {
      const res = await job.api.listIssuedCouponQuotas({ offset, limit }, { signal: job.signal });
      return { items: res.quotas ?? [], total: count(res.total_count) };
    },
    write: (items) => job.store.vouchers.childQuotas(items, job.ctx),
  });
  if (ok) job.store.markMissing('child_quotas', job.ctx.runId, job.ctx.fetchedAt);
  return ok;
}

export async function syncIssuedCoupons(job: ListJob): Promise<boolean> {
  const scopes: (string | null)[] = [null, ...(job.role === 'T1' ? await job.resellerIds() : [])];
  const results = await Promise.all(
    scopes.map((scope) =>
      fetchPaged<WireIssuedCoupon>(job, {
        unit: `issuedCoupons:${scope ?? ''}`,
        label: scope ? `coupons issued by reseller ${scope}` : 'issued coupons',
        fetch: async (offset, limit) => {
          const res = await job.api.listIssuedPartnerCoupons(
            { offset, limit, ...(scope ? { indirect_partner_id: scope } : {}) },
            { signal: job.signal },
          );
          return { items: res.user_coupons ?? [], total: count(res.total_count) };
        },
        write: (items) => job.store.vouchers.issuedCoupons(items, scope, job.ctx),
      }),
    ),
  );
  const ok = results.every(Boolean);
  if (ok) job.store.markMissing('issued_coupons', job.ctx.runId, job.ctx.fetchedAt);
  return ok;
}
