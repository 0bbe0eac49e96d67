// Coupon plans executed in batch calls of 100 by a child process that is SIGKILLed mid-plan
// and resumed, with faults on CreatePartnerCoupons (answers lost after the coupons were
// issued, 5xx before and after, resets, malformed bodies, 429s) and the coupon records lagging
// behind the writes: the sandbox's log of issued coupons and the journal agree coupon for
// coupon — none issued twice, none lost, every failed item failed for a documented reason.
// The same for T2 quota grants (UpdateCouponQuotas, ListCouponQuotasRecords) as the T1.
import { describe, expect, it } from 'vitest';
import { runSoak } from './soak-harness';

describe('coupon plans survive hard kills and faults', () => {
  it('resumes after SIGKILL in calls of 100 without a second coupon for any customer (no faults)', async () => {
    const r = await runSoak({ seed: 12, kind: 'issue-coupons', operations: 250, planSize: 250, faultRate: 0, killsPerPlan: 2, recordLagSeconds: 60 });
    expect(r.kills).toBeGreaterThanOrEqual(1);
    expect(r.details).toEqual([]);
    expect(r.duplicates).toBe(0);
    expect(r.applied + Object.values(r.refusals).reduce((a, b) => a + b, 0)).toBe(250);
  }, 180_000);

  it('fault matrix and soak (CI size): every fault kind once, then random faults, hard kills; every coupon explained, none twice', async () => {
    const matrix = ['drop-after-commit', 'error-after-commit', 'malformed-body', 'delay', 'error-before-commit', 'reset', 'throttle'] as const;
    const r = await runSoak({ seed: 4242, kind: 'issue-coupons', operations: 1000, planSize: 500, faultRate: 0.5, killsPerPlan: 2, recordLagSeconds: 60, matrix });
    expect(r.matrixFired).toEqual(matrix);
    expect(r.faultsFired).toBeGreaterThan(matrix.length);
    // The custodied sub-account in each plan: refused per customer inside a call that issued the rest.
    expect(r.refusals).toEqual({ 'CBC.50000034': 2 });
    expect(r.intrudersRefused).toBe(r.intruders);
    expect(r.details).toEqual([]);
    expect(r.duplicates).toBe(0);
    expect(r.applied + Object.values(r.refusals).reduce((a, b) => a + b, 0)).toBe(r.planned);
  }, 300_000);

  it('T2 quota grants in calls of every T2: fault matrix, random faults and SIGKILLs; every child quota explained, none twice', async () => {
    const matrix = ['drop-after-commit', 'error-after-commit', 'malformed-body', 'delay', 'error-before-commit', 'reset', 'throttle'] as const;
    const r = await runSoak({ seed: 77, kind: 'grant-quotas', operations: 60, planSize: 30, faultRate: 0.5, killsPerPlan: 2, recordLagSeconds: 60, matrix });
    expect(r.matrixFired).toEqual(matrix);
    expect(r.details).toEqual([]);
    expect(r.duplicates).toBe(0);
    expect(r.applied).toBe(r.planned);
  }, 300_000);
});
