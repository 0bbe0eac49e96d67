// Batch plan throughput: 300 customer fundings executed through the journaled executor
// against the sandbox at 150 ms latency with its rate limits on (10/s per operation), paced
// only by the client's own limiter, at the runner's default concurrency. Counts every 429.
// The sandbox runs in its own process, as a remote API would: in-process, the journal's
// synchronous commits would also stall the server's clock and bunch its arrival times.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpClient } from '../../../electron/core/infra/http';
import { createMoneyExecutor, Journal, openJournalDb } from '../../../electron/core/money';
import { partnerApiWire } from '../../../electron/core/infra/writes/partner-api-wire';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import { PlanRepository } from '../../../electron/core/plans/plan-repository';
import { PlanRunner } from '../../../electron/core/plans/run/plan-runner';
import { planPortOf } from '../../../electron/core/money/plan-port';
import { DEMO_SP } from '../../../electron/sandbox/index';
import { createFundingPlan, openPlanDb } from '../../../test/integration/plans/soak-harness';
import type { BenchRow } from '../bench-row';
import { sandboxProcess } from '../sandbox-process';

export default async function batchBench(): Promise<BenchRow[]> {
  const sb = await sandboxProcess(['--seed', '5', '--customers', '1000', '--latency-ms', '150']);
  const dir = mkdtempSync(join(tmpdir(), 'plans-bench-'));
  let throttled = 0;
  try {
    const listed = (await (await fetch(`${sb.url}/_sandbox/customers?owner=${DEMO_SP.domainId}&association_type=2&limit=300`)).json()) as { customers: { id: string }[] };
    const ids = listed.customers.map((c) => c.id);
    if (ids.length < 300) throw new Error(`only ${ids.length} resale customers in the sandbox`);
    const planDb = join(dir, 'plans.db');
    createFundingPlan(planDb, 'bench', ids, ids.map(() => '1.00'));
    const client = createHttpClient({
      endpoint: sb.url,
      credentials: { ak: DEMO_SP.ak, domainId: DEMO_SP.domainId, getSecret: async () => DEMO_SP.sk },
      onEvent: (e) => {
        if (e.status === 429) throttled += 1;
      },
    });
    const executor = createMoneyExecutor({
      journal: new Journal(openJournalDb(join(dir, 'journal.db'))),
      wire: partnerApiWire(createPartnerApi(client)),
      profile: { id: 'sandbox', name: 'Sandbox', currency: 'CNY' },
    });
    const repo = new PlanRepository(openPlanDb(planDb));
    const runner = new PlanRunner('bench', {
      repo,
      operator: 'bench',
      money: planPortOf(executor),
    });
    const start = performance.now();
    await runner.run();
    const seconds = (performance.now() - start) / 1000;
    client.close();
    const done = repo.items('bench').filter((i) => i.outcome === 'done').length;
    throttled = Math.max(throttled, runner.rateLimited);
    return [
      { key: 'batch_items_per_s', label: 'Batch plan: 300 fundings at 150 ms latency, items per second', value: Math.round((done / seconds) * 100) / 100, unit: 'items/s', target: '>= 9', bound: 10 },
      { key: 'batch_429_count', label: 'Batch plan: HTTP 429 answers during the 300-item run', value: throttled, unit: 'count', target: '== 0', bound: null },
    ];
  } finally {
    sb.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
