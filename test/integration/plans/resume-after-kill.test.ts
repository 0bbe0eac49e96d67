// A plan executed by a child process that is SIGKILLed mid-batch, then resumed: the
// sandbox's log of applied money operations proves no item was applied twice and none lost.
import { describe, expect, it } from 'vitest';
import { runSoak } from './soak-harness';

describe('plan execution survives hard kills', () => {
  it('resumes after SIGKILL without repeating or losing an item (no faults)', async () => {
    const r = await runSoak({ seed: 11, operations: 60, planSize: 60, faultRate: 0, killsPerPlan: 3 });
    expect(r.kills).toBeGreaterThanOrEqual(2);
    expect(r.details).toEqual([]);
    expect(r.applied).toBe(60);
  }, 120_000);

  it('soak (CI size): 10% injected faults and hard kills; the applied-operation log and the journal match item for item', async () => {
    const r = await runSoak({ seed: 2024, operations: 160, planSize: 80, faultRate: 0.1, killsPerPlan: 2 });
    expect(r.faultsFired).toBeGreaterThan(0);
    // Two processes on one data folder: every second one refused while a plan ran.
    expect(r.intruders).toBeGreaterThan(0);
    expect(r.intrudersRefused).toBe(r.intruders);
    expect(r.details).toEqual([]);
    expect(r.applied).toBe(r.planned);
  }, 180_000);
});
