// Coupon plans. Throughput: 3,000 customers issued one coupon each from the SP's quota, as a
// plan (calls of 100 through the journaled executor) against the sandbox in its own process at
// 150 ms latency with its rate limits on, paced only by the client's own 10/s limiter. The
// bound is the calls the plan needs ÷ that rate: the run cannot be faster, so the ratio shows
// how much latency and journaling add. Soak: coupon plans under faults (a fault matrix, then
// random), lagging records and SIGKILLs; customers given a second coupon must be 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpClient } from '../../../electron/core/infra/http';
import { createMoneyExecutor, Journal, openJournalDb } from '../../../electron/core/money';
import { planPortOf } from '../../../electron/core/money/plan-port';
import { partnerApiWire } from '../../../electron/core/infra/writes/partner-api-wire';
import { createPartnerApi, operations } from '../../../electron/core/infra/partner-api';
import { PlanRepository } from '../../../electron/core/plans/plan-repository';
import { PlanRunner } from '../../../electron/core/plans/run/plan-runner';
import { DEMO_SP, FIXTURE_CUSTOMERS } from '../../../electron/sandbox/index';
import { createCouponPlan, openPlanDb, runSoak } from '../../../test/integration/plans/soak-harness';
import type { BenchRow } from '../bench-row';
import { sandboxProcess } from '../sandbox-process';

const CUSTOMERS = 3000;
/** The client's per-operation limit (electron/core/infra/http): the pace every call waits for. */
const RATE_PER_SECOND = 10;

async function issueThroughput(): Promise<BenchRow[]> {
  const sb = await sandboxProcess(['--seed', '7', '--customers', '12000', '--latency-ms', '150']);
  const dir = mkdtempSync(join(tmpdir(), 'coupons-bench-'));
  let calls = 0;
  let throttled = 0;
  try {
    const client = createHttpClient({
      endpoint: sb.url,
      credentials: { ak: DEMO_SP.ak, domainId: DEMO_SP.domainId, getSecret: async () => DEMO_SP.sk },
      onEvent: (e) => {
        if (e.operation === 'CreatePartnerCoupons') calls += 1;
        if (e.status === 429) throttled += 1;
      },
    });
    const api = createPartnerApi(client);
    const listed = await api.listAll(operations.customers.listSubCustomers, { association_type: '2' });
    const ids = listed.map((c) => c.customer_id).filter((id) => id !== FIXTURE_CUSTOMERS.custodied).slice(0, CUSTOMERS);
    if (ids.length < CUSTOMERS) throw new Error(`only ${ids.length} resale customers in the sandbox`);
    const planDb = join(dir, 'plans.db');
    createCouponPlan(planDb, 'bench', ids, ids.map(() => '10.00'));
    const executor = createMoneyExecutor({
      journal: new Journal(openJournalDb(join(dir, 'journal.db'))),
      wire: partnerApiWire(api),
      profile: { id: 'sandbox', name: 'Sandbox', currency: 'CNY' },
    });
    const repo = new PlanRepository(openPlanDb(planDb));
    const runner = new PlanRunner('bench', { repo, operator: 'bench', money: planPortOf(executor) });
    calls = 0;
    const start = performance.now();
    await runner.run();
    const seconds = (performance.now() - start) / 1000;
    client.close();
    const done = repo.items('bench').filter((i) => i.outcome === 'done').length;
    if (done !== CUSTOMERS) throw new Error(`${done} of ${CUSTOMERS} coupons issued`);
    const bound = calls / RATE_PER_SECOND;
    return [
      {
        key: 'coupon_issue_ratio_to_bound',
        label: `Coupon plan: ${CUSTOMERS} customers in ${calls} calls at 150 ms latency, time ÷ (calls ÷ ${RATE_PER_SECOND}/s) — ${seconds.toFixed(2)} s, ${throttled} × 429`,
        value: Math.round((seconds / bound) * 1000) / 1000,
        unit: 'ratio',
        target: '<= 1.2',
        bound: Math.round(bound * 100) / 100,
      },
    ];
  } finally {
    sb.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function couponSoak(): Promise<BenchRow[]> {
  const matrix = ['drop-after-commit', 'error-after-commit', 'malformed-body', 'delay', 'error-before-commit', 'reset', 'throttle'] as const;
  const r = await runSoak({ seed: 20261204, kind: 'issue-coupons', operations: 3000, planSize: 1000, faultRate: 0.5, killsPerPlan: 2, recordLagSeconds: 60, matrix });
  if (r.details.length) console.error(r.details.slice(0, 20).join('\n'));
  return [
    {
      key: 'coupon_soak_duplicates',
      label: `Coupon soak: ${r.planned} coupons, ${r.faultsFired} faults, ${r.kills} kills, ${r.mismatches} unexplained — customers given a second coupon`,
      value: r.duplicates,
      unit: 'count',
      target: '== 0',
      bound: null,
    },
  ];
}

export default async function couponsBench(): Promise<BenchRow[]> {
  return [...(await issueThroughput()), ...(await couponSoak())];
}
