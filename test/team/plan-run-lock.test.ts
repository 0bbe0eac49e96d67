// A plan runs on one workstation at a time: the run lock is a session-level advisory lock
// that the server releases when the holding connection dies, so a crashed workstation's
// plan can be taken over by another.
import { describe, expect, it } from 'vitest';
import { PlanRunLocks } from '../../electron/core/infra/team/plan-run-lock';
import { until, useTeamSuite } from './support';

const suite = useTeamSuite();
let n = 0;

async function newPlan(): Promise<string> {
  const id = `run-${++n}`;
  const now = new Date().toISOString();
  await suite.alice.pool.query(
    "INSERT INTO plans (id, name, kind, status, created_at, updated_at, content_hash) VALUES ($1, 'run', 'fundCustomer', 'ready', $2, $2, 'h')",
    [id, now],
  );
  return id;
}

describe('the plan run lock', () => {
  it('is held by one workstation; another is refused and told who holds it', async () => {
    const planId = await newPlan();
    const aliceLocks = new PlanRunLocks(suite.t.config(suite.t.alice, 'Partner Desk web host on ws-1'));
    const bobLocks = new PlanRunLocks(suite.t.config(suite.t.bob, 'Partner Desk on ws-2'));
    const lease = await aliceLocks.acquire(planId);
    try {
      await expect(bobLocks.acquire(planId)).rejects.toMatchObject({
        code: 'TEAM_PLAN_RUNNING_ELSEWHERE',
        details: { planId, holder: suite.t.alice, application: 'Partner Desk web host on ws-1' },
      });
      // The same workstation's second run of the plan is refused too: the lock is per connection.
      await expect(aliceLocks.acquire(planId)).rejects.toMatchObject({ code: 'TEAM_PLAN_RUNNING_ELSEWHERE' });
      expect(await bobLocks.holder(planId)).toMatchObject({ role: suite.t.alice, pid: lease.backendPid });
      // Another plan is not affected.
      const other = await bobLocks.acquire(await newPlan());
      await other.release();
    } finally {
      await lease.release();
    }
    expect(await bobLocks.holder(planId)).toBeNull();
    const taken = await bobLocks.acquire(planId);
    await taken.release();
  });

  it('is released by the server when the holding workstation’s connection dies, then acquirable elsewhere', async () => {
    const planId = await newPlan();
    const lease = await new PlanRunLocks(suite.t.config(suite.t.alice)).acquire(planId);
    const lost = new Promise<Error>((resolve) => lease.events.once('lost', resolve));
    const bobLocks = new PlanRunLocks(suite.t.config(suite.t.bob));
    await expect(bobLocks.acquire(planId)).rejects.toMatchObject({ code: 'TEAM_PLAN_RUNNING_ELSEWHERE' });
    // The workstation vanishes: its server process is ended (as when its TCP connection drops).
    const admin = await suite.t.superuser();
    const killed = await admin.query<{ ok: boolean }>('SELECT pg_terminate_backend($1) AS ok', [lease.backendPid]);
    expect(killed.rows[0]!.ok).toBe(true);
    expect((await lost).message).toMatch(/terminat|closed/i);
    expect(lease.lost).toBe(true);
    await until(async () => (await bobLocks.holder(planId)) === null, 5_000);
    const taken = await bobLocks.acquire(planId);
    expect(await bobLocks.holder(planId)).toMatchObject({ role: suite.t.bob, pid: taken.backendPid });
    await taken.release();
    await lease.release();
  });

  it('names an unknown plan as not found', async () => {
    await expect(new PlanRunLocks(suite.t.config(suite.t.bob)).acquire('no-such-plan')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
