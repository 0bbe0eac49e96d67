// A plan runs on one workstation at a time, through the runner's run lock port backed by the
// team database's PlanRunLocks. Workstation A runs a plan; B's run is refused with
// TEAM_PLAN_RUNNING_ELSEWHERE and writes nothing. A's lock connection is then ended by the
// server (pg_terminate_backend, as when A's machine vanishes): A stops sending, and B takes
// the lock and finishes the plan, every item applied exactly once.
import { describe, expect, it } from 'vitest';
import { PlanRunLocks, type PlanRunLease } from '../../electron/core/infra/team/plan-run-lock';
import { generateOperatorKey, signApproval } from '../../electron/core/plans/four-eyes/keys';
import { PlanRunner } from '../../electron/core/plans/run/plan-runner';
import type { RunLocks } from '../../electron/core/plans/run/run-locks';
import { FakePartner, journalPort } from './plan-support';
import { until, useTeamSuite } from './support';

const suite = useTeamSuite();
const ACCOUNT = 'domain-partner-1';
const ITEMS = 12;

/** The team's locks, keeping each lease so the test can end its connection. */
function recording(locks: PlanRunLocks): RunLocks & { readonly leases: PlanRunLease[] } {
  const leases: PlanRunLease[] = [];
  return { leases, acquire: async (id) => { const l = await locks.acquire(id); leases.push(l); return l; }, holder: (id) => locks.holder(id) };
}

/** Alice's plan of ITEMS fundings, approved by Bob for its content: ready to run. */
async function approvedPlan(id: string): Promise<void> {
  const now = new Date().toISOString();
  await suite.alice.plans.insert(
    {
      id, name: 'takeover', kind: 'fund-customers', status: 'ready', author: suite.t.alice, createdAt: now, updatedAt: now, requiresApproval: true,
      contentHash: `hash-${id}`, total: `${ITEMS}.00`, errorRows: 0, params: {}, problems: [], allocatable: null, approval: null, startedAt: null, finishedAt: null,
    },
    [],
  );
  await suite.alice.plans.createItems(
    id,
    Array.from({ length: ITEMS }, (_, index) => ({ index, counterpartyId: `c${index}`, counterpartyName: null, indirectPartnerId: null, amount: '1.00', memo: '' })),
    now,
  );
  const key = generateOperatorKey(suite.t.bob);
  await suite.bob.approvals.enrol(ACCOUNT, { operator: suite.t.bob, fingerprint: key.fingerprint, publicKey: key.publicKey, enrolledAt: now, enrolledBy: suite.t.alice }, now);
  const signature = signApproval(key, { account: ACCOUNT, planId: id, contentHash: `hash-${id}`, approver: suite.t.bob });
  await suite.bob.plans.setApproval(id, { approver: suite.t.bob, approvedAt: now, contentHash: `hash-${id}`, via: 'local', keyFingerprint: key.fingerprint, signature });
}

describe('a plan run under the team run lock', () => {
  it('is refused elsewhere while held; when the holder’s connection dies it stops sending and another workstation finishes it', async () => {
    const planId = 'plan-takeover';
    await approvedPlan(planId);
    // One partner (Huawei) for both workstations, answering in 40 ms.
    const partner = new FakePartner(40);
    const aLocks = recording(new PlanRunLocks(suite.t.config(suite.t.alice, 'Partner Desk on ws-A')));
    const bLocks = recording(new PlanRunLocks(suite.t.config(suite.t.bob, 'Partner Desk on ws-B')));
    const runnerOn = (ws: 'A' | 'B') =>
      new PlanRunner(planId, {
        repo: ws === 'A' ? suite.alice.plans : suite.bob.plans,
        money: journalPort(ws === 'A' ? suite.alice.journal : suite.bob.journal, partner, ws),
        operator: ws === 'A' ? suite.t.alice : suite.t.bob,
        runLocks: ws === 'A' ? aLocks : bLocks,
        concurrency: 1,
      });

    const a = runnerOn('A');
    const aRun = a.run();
    await until(() => partner.applied.length >= 3, 10_000);

    // B is refused while A holds the lock, and writes nothing.
    await expect(runnerOn('B').run()).rejects.toMatchObject({
      code: 'TEAM_PLAN_RUNNING_ELSEWHERE',
      details: { planId, holder: suite.t.alice, application: 'Partner Desk on ws-A' },
    });
    expect(bLocks.leases).toHaveLength(0);
    expect(partner.sends.filter((s) => s.by === 'B')).toHaveLength(0);
    expect((await suite.bob.journal.list({}, 0, 500)).entries.filter((e) => e.operator === suite.t.bob)).toEqual([]);
    expect(await suite.bob.plans.require(planId)).toMatchObject({ status: 'running' });

    // A's machine vanishes: the server ends its lock session and releases the lock.
    const lease = aLocks.leases[0]!;
    const lostAt = new Promise<number>((resolve) => lease.events.once('lost', () => resolve(Date.now())));
    const admin = await suite.t.superuser();
    await admin.query('SELECT pg_terminate_backend($1)', [lease.backendPid]);
    const lostTime = await lostAt;
    expect(await aRun).toBe('lost');
    expect(a.lostLock).toBe(true);
    // Nothing left A after the loss (a send already under way when it came may finish).
    expect(partner.sends.filter((s) => s.by === 'A' && s.at > lostTime)).toEqual([]);
    const sentByA = partner.sends.filter((s) => s.by === 'A').length;
    expect(sentByA).toBeLessThan(ITEMS);
    // A wrote no plan status after losing the lock: the plan is still `running` (A's, now nobody's).
    expect(await suite.bob.plans.require(planId)).toMatchObject({ status: 'running' });
    expect(await bLocks.holder!(planId)).toBeNull();

    // B takes over: it reconciles what A left in flight, sends the rest, once each.
    expect(await runnerOn('B').run()).toBe('finished');
    const items = await suite.bob.plans.items(planId);
    expect(items.map((i) => i.outcome)).toEqual(Array.from({ length: ITEMS }, () => 'done'));
    expect(partner.appliedTwice()).toEqual([]);
    expect(partner.applied).toHaveLength(ITEMS);
    expect(partner.sends.filter((s) => s.by === 'B')).toHaveLength(ITEMS - sentByA);
    expect(await suite.alice.plans.require(planId)).toMatchObject({ status: 'finished' });
    expect(await bLocks.holder!(planId)).toBeNull();
  });
});
