// Bills for the chosen months: monthly sums (per charge mode, per scope) replace the stored
// month once every page arrived; details (opt-in) per customer that consumed that month.
import type { WireBillDetail, WireBillSum } from '../../infra/store/wire';
import { toFailure } from '../failures';
import { attempt, count, fetchPaged, type ListJob } from '../job';
import { runPool } from '../pool';

/** ListSubcustomerMonthlyBills requires a charge mode: yearly/monthly, pay-per-use, savings plan. */
const CHARGE_MODES = ['1', '3', '11'];

export async function syncBillSums(job: ListJob): Promise<boolean> {
  const scopes: (string | null)[] = [null, ...(job.role === 'T1' ? await job.resellerIds() : [])];
  const months = await Promise.all(
    job.options.months.map(async (cycle) => {
      const results = await Promise.all(
        scopes.flatMap((scope) =>
          CHARGE_MODES.map((mode) => {
            let currency: string | null = null;
            return fetchPaged<WireBillSum>(job, {
              unit: `bills:${cycle}:${mode}:${scope ?? ''}`,
              label: `bills ${cycle} charge mode ${mode}${scope ? ` of reseller ${scope}` : ''}`,
              fetch: async (offset, limit) => {
                const res = await job.api.listSubcustomerMonthlyBills(
                  { cycle, charge_mode: mode, offset, limit, ...(scope ? { indirect_partner_id: scope } : {}) },
                  { signal: job.signal },
                );
                currency = res.currency ?? currency;
                return { items: res.bill_sums ?? [], total: count(res.count) };
              },
              write: (items) => job.store.bills.billSums(cycle, items, currency, scope, job.ctx),
            });
          }),
        ),
      );
      const ok = results.every(Boolean);
      if (ok) job.store.bills.replaceCycle(cycle, job.ctx);
      return ok;
    }),
  );
  return months.every(Boolean);
}

export async function syncBillDetails(job: ListJob): Promise<boolean> {
  let ok = true;
  for (const cycle of job.options.months) {
    const consumers: string[] = [];
    const listed = await fetchPaged<{ customer_id: string }>(job, {
      unit: `consumers:${cycle}`,
      label: `customers that consumed in ${cycle}`,
      fetch: async (offset, limit) => {
        const res = await job.api.listConsumeSubCustomers({ bill_cycle: cycle, offset, limit }, { signal: job.signal });
        return { items: res.sub_customers ?? [], total: count(res.total_count) };
      },
      write: (items) => consumers.push(...items.map((c) => c.customer_id)),
    });
    if (!listed) ok = false;
    await runPool(consumers, job.concurrency, async (customerId) => {
      const r = await attempt(job, () =>
        fetchPaged<WireBillDetail>(job, {
          unit: `details:${cycle}:${customerId}`,
          label: `bill details ${cycle} of ${customerId}`,
          fetch: async (offset, limit) => {
            const res = await job.api.listSubCustomerBillDetail(
              { bill_cycle: cycle, customer_id: customerId, offset, limit },
              { signal: job.signal },
            );
            return { items: res.fee_records ?? [], total: count(res.total_count) };
          },
          write: (items) => job.store.bills.billDetails(items.map((d) => ({ bill_cycle: cycle, customer_id: customerId, ...d })), null, job.ctx),
        }),
      );
      if (!r.ok) job.failures.push(toFailure(`bill details ${cycle} of ${customerId}`, r.error));
      if (!r.ok || !r.value) ok = false;
    }, job.signal);
  }
  return ok;
}
