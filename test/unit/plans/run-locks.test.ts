// The runner's run lock, solo: a plan runs once at a time in this process, the lock is given
// back at the end (also when the run fails), and a lease lost mid-run stops the sending and
// leaves the plan's status to whoever holds the lock now.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalDb, type JournalDb } from '../../../electron/core/infra/journal/database';
import { createMemoryVault } from '../../../electron/core/infra/vault/memory-vault';
import { operatorKeys } from '../../../electron/core/plans/four-eyes/operator-keys';
import { PlanRepository } from '../../../electron/core/plans/plan-repository';
import { PlansService } from '../../../electron/core/plans/plans-service';
import { PlanRunner } from '../../../electron/core/plans/run/plan-runner';
import { inProcessRunLocks, type RunLease, type RunLocks } from '../../../electron/core/plans/run/run-locks';
import { AppError } from '../../../shared/contract';
import { FakeWire } from '../journal/fake-wire';
import { executorPort, journaledExecutor, readyPlan } from './fixtures';

let operations: JournalDb;
let repo: PlanRepository;

const plan = (id: string, n: number) => readyPlan(repo, id, n);

/** A lock whose lease the test can take away, as the team server does when a connection dies. */
function losableLocks(): RunLocks & { lose(): void; released: number } {
  const events = new EventEmitter<{ lost: [Error] }>();
  const state = { lost: false, released: 0 };
  const lease: RunLease = { get lost() { return state.lost; }, events, release: async () => void (state.released += 1) };
  return {
    acquire: async () => lease,
    lose() {
      state.lost = true;
      events.emit('lost', new Error('connection closed'));
    },
    get released() { return state.released; },
  };
}

beforeEach(() => {
  operations = openJournalDb(':memory:');
  repo = new PlanRepository(operations);
});
afterEach(() => operations.close());

describe('the solo run lock', () => {
  it('refuses a second run of the same plan while the first holds it, and is free again after', async () => {
    const locks = inProcessRunLocks();
    const lease = await locks.acquire('p');
    await expect(locks.acquire('p')).rejects.toMatchObject({ code: 'PLAN_WRONG_STATE', details: { status: 'running' } });
    const other = await locks.acquire('q');
    await lease.release();
    await other.release();
    await (await locks.acquire('p')).release();
  });

  it('is held by the runner for the run and given back when it ends', async () => {
    plan('p', 3);
    const locks = inProcessRunLocks();
    const runner = new PlanRunner('p', { repo, money: executorPort(journaledExecutor(new FakeWire(), operations)), operator: 'op', runLocks: locks });
    const run = runner.run();
    await expect(new PlanRunner('p', { repo, money: executorPort(journaledExecutor(new FakeWire(), operations)), operator: 'op', runLocks: locks }).run())
      .rejects.toMatchObject({ code: 'PLAN_WRONG_STATE' });
    expect(await run).toBe('finished');
    await (await locks.acquire('p')).release();
  });
});

describe('a lease lost mid-run', () => {
  it('stops sending new items, records the ones sent, and writes no plan status', async () => {
    plan('p', 10);
    const wire = new FakeWire();
    const locks = losableLocks();
    const port = executorPort(journaledExecutor(wire, operations));
    let sends = 0;
    const money = { ...port, execute: async (intent: Parameters<typeof port.execute>[0]) => {
      if (++sends === 3) locks.lose();
      return port.execute(intent);
    } };
    const runner = new PlanRunner('p', { repo, money, operator: 'op', runLocks: locks, concurrency: 1 });
    expect(await runner.run()).toBe('lost');
    expect(runner.lostLock).toBe(true);
    expect(wire.sent).toHaveLength(3);
    expect(repo.items('p').filter((i) => i.outcome === 'done')).toHaveLength(3);
    expect(repo.items('p').filter((i) => i.outcome === 'pending')).toHaveLength(7);
    expect(repo.require('p').status).toBe('running');
    expect(locks.released).toBe(1);
  });
});

/** Locks held by other workstations, as a class whose methods read its own fields (as PlanRunLocks' do). */
class HeldElsewhere implements RunLocks {
  constructor(private readonly held: ReadonlyMap<string, { role: string; applicationName: string }>) {}

  async acquire(planId: string): Promise<RunLease> {
    throw new AppError('TEAM_PLAN_RUNNING_ELSEWHERE', { planId, holder: this.held.get(planId)?.role ?? '?', application: '?' });
  }

  async holder(planId: string) {
    return this.held.get(planId) ?? null;
  }
}

describe('plans the service finds running', () => {
  it('lists one whose run lock another workstation holds as running there, and one nobody holds as interrupted (paused)', async () => {
    plan('elsewhere', 2);
    plan('abandoned', 2);
    repo.update('elsewhere', { status: 'running' });
    repo.update('abandoned', { status: 'running' });
    const service = new PlansService({
      db: () => operations, runLocks: new HeldElsewhere(new Map([['elsewhere', { role: 'alice', applicationName: 'ws-A' }]])),
      reference: { load: () => Promise.reject(new Error('no sheets here')) }, money: () => null, onProgress: () => undefined,
      account: () => 'acct', keys: operatorKeys(createMemoryVault()),
    });
    const byId = new Map((await service.list()).map((p) => [p.id, p]));
    expect(byId.get('elsewhere')).toMatchObject({ status: 'running', runningOn: { role: 'alice', application: 'ws-A' } });
    expect(byId.get('abandoned')).toMatchObject({ status: 'paused' });
    expect(byId.get('abandoned')?.runningOn).toBeUndefined();
    expect(repo.require('elsewhere').status).toBe('running');
  });
});
