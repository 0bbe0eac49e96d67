// The team soak (issue #16), CI size: two workstations × two processes — Alice's on folder A,
// Bob's on folder B — share one team database and one sandbox. Alice's plans, approved by Bob,
// and single fundings offered to all four at once are run through the real plans area, run
// locks, executor and signed client, with ~10% injected faults (lost answers after commit,
// 5xx before and after commit, resets, 429s) and processes SIGKILLed and started again. Then
// the sandbox's applied log and the team journal agree: nothing applied twice, nothing lost,
// every plan item explained; and Alice's approvals of her own plans were refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTeamSoak, type TeamSoakResult } from './soak-harness';
import { createTeamFixture, type TeamFixture } from './support';

const SEED = Number(process.env.TEAM_SOAK_SEED ?? 1616);
let t: TeamFixture;
let r: TeamSoakResult;

beforeAll(async () => {
  t = await createTeamFixture();
  r = await runTeamSoak({ team: t, seed: SEED, plans: 4, planSize: 25, offers: 40, faultRate: 0.1, kills: 6, timeoutMs: 120_000 });
  const { details, errors, ...numbers } = r;
  console.log(`team soak (seed ${SEED}): ${JSON.stringify(numbers)}${[...details, ...errors].slice(0, 40).map((l) => `\n${l}`).join('')}`);
}, 170_000);
afterAll(() => t?.close());

describe(`the team soak (seed ${SEED})`, () => {
  it('ran what it says: every item and offer, with faults and kills', () => {
    expect(r.planItems).toBe(100);
    expect(r.offers).toBe(40);
    expect(r.faultsFired).toBeGreaterThan(0);
    expect(r.kills).toBe(6);
  });

  it('applied nothing twice, lost nothing, and explains every plan item and offer', () => {
    expect(r.details).toEqual([]);
    expect(r.duplicates).toBe(0);
    expect(r.lost).toBe(0);
    expect(r.unexplained).toBe(0);
    expect(r.applied).toBe(r.planItems + r.offers);
  });

  it('refused every twin pressed while its first send was unresolved, and never sent one', () => {
    expect(r.events['twin-sent'] ?? 0).toBe(0);
    expect(r.events['twin-refused'] ?? 0).toBeGreaterThan(0);
  });

  it('ran each plan in one process at a time, and resumed elsewhere the plans of killed processes', () => {
    // The four start together on the first plan: the others are refused, by its run lock
    // (TEAM_PLAN_RUNNING_ELSEWHERE) or, once the winner has marked it running, by its status.
    expect((r.events['plan-running-elsewhere'] ?? 0) + (r.events['plan-running'] ?? 0)).toBeGreaterThan(0);
    // A plan left running by a killed child (its lock released by the server) is found
    // interrupted and resumed by another, which reconciles what it left in flight.
    expect(r.events['plan-resumed'] ?? 0).toBeGreaterThan(0);
  });

  it('refused Alice’s approvals of her own plans, in the app and (the app bypassed) in the server', () => {
    expect(r.selfApprovals.byApp).toEqual(Array.from({ length: 4 }, () => 'PLAN_APPROVER_IS_AUTHOR'));
    expect(r.selfApprovals.byServer).toBe('PLAN_APPROVER_IS_AUTHOR');
  });
});
