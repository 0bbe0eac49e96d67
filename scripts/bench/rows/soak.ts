// Randomized soak (seeded): 2,000 customer fundings in plans of 200, 10% injected faults
// (lost answers after commit, 5xx before/after commit, resets, malformed bodies, 429s) and
// two SIGKILLs of the executing process per plan. Sandbox latency 0 and no client rate
// limiter, so it finishes in minutes; the CI-sized run lives in test/integration/plans.
import { runSoak } from '../../../test/integration/plans/soak-harness';
import type { BenchRow } from '../bench-row';

export default async function soakBench(): Promise<BenchRow[]> {
  const r = await runSoak({ seed: 20260101, operations: 2000, planSize: 200, faultRate: 0.1, killsPerPlan: 2 });
  if (r.details.length) console.error(r.details.slice(0, 20).join('\n'));
  return [
    { key: 'soak_mismatches', label: `Soak: ${r.planned} operations, ${r.faultsFired} faults, ${r.kills} kills — journal vs applied log mismatches`, value: r.mismatches, unit: 'count', target: '== 0', bound: null },
  ];
}
