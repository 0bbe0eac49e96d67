// The plan runner over the real journal and executor, with a scripted wire.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../shared/contract';
import { PlanRepository } from '../../../electron/core/plans/plan-repository';
import { PlanRunner } from '../../../electron/core/plans/run/plan-runner';
import { LocalStore } from '../../../electron/core/store/local-store';
import type { MoneyCall, MoneyCallResult } from '../../../electron/core/money';
import { FakeWire } from '../journal/fake-wire';
import { executorPort, journaledExecutor } from './fixtures';

let store: LocalStore;
let repo: PlanRepository;

function plan(id: string, n: number): void {
  const now = new Date().toISOString();
  repo.insert({ id, name: id, kind: 'fund-customers', status: 'ready', author: 'a', createdAt: now, updatedAt: now, requiresApproval: false,
    contentHash: '0'.repeat(64), total: '0.00', errorRows: 0, problems: [], allocatable: null, approval: null, startedAt: null, finishedAt: null }, []);
  repo.createItems(id, Array.from({ length: n }, (_, index) => ({ index, counterpartyId: `c${index}`, counterpartyName: null, indirectPartnerId: null, amount: '1.00', memo: '' })), now);
}

/** A wire whose sends wait until released, to hold items in flight. */
class SlowWire extends FakeWire {
  concurrent = 0;
  maxConcurrent = 0;
  override async send(call: MoneyCall): Promise<MoneyCallResult> {
    this.concurrent += 1;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.concurrent);
    await new Promise((r) => setTimeout(r, 20));
    this.concurrent -= 1;
    return super.send(call);
  }
}

beforeEach(() => {
  store = LocalStore.open(':memory:');
  repo = new PlanRepository(store.db);
});
afterEach(() => store.close());

describe('plan runner', () => {
  it('keeps several items in flight within the rate, and reports progress with the amount moved', async () => {
    plan('p', 30);
    const wire = new SlowWire();
    const events: ProgressEvent[] = [];
    const runner = new PlanRunner('p', { repo, money: executorPort(journaledExecutor(wire)), operator: 'op', ratePerSecond: 500, concurrency: 6, onProgress: (e) => events.push(e) });
    expect(await runner.run()).toBe('finished');
    expect(wire.maxConcurrent).toBeGreaterThan(1);
    expect(wire.sent).toHaveLength(30);
    expect(events.at(-1)).toMatchObject({ task: 'plan:p', done: 30, total: 30, state: 'done', detail: { amountMoved: '30.00' } });
  });

  it('paces request starts at the given rate: any 11 consecutive starts span at least 10 average gaps', async () => {
    plan('p', 12);
    const wire = new FakeWire();
    const start = Date.now();
    await new PlanRunner('p', { repo, money: executorPort(journaledExecutor(wire)), operator: 'op', ratePerSecond: 20 }).run();
    expect(Date.now() - start).toBeGreaterThanOrEqual(10 * 50 - 10);
  });

  it('pauses: no new item starts, the rest stays pending and resumes later', async () => {
    plan('p', 40);
    const wire = new SlowWire();
    const money = executorPort(journaledExecutor(wire));
    const runner = new PlanRunner('p', { repo, money, operator: 'op', ratePerSecond: 200, concurrency: 2 });
    const run = runner.run();
    await new Promise((r) => setTimeout(r, 60));
    runner.pause();
    expect(await run).toBe('paused');
    const pending = repo.itemsWithOutcome('p', ['pending']).length;
    expect(pending).toBeGreaterThan(0);
    expect(repo.get('p')!.status).toBe('paused');
    expect(await new PlanRunner('p', { repo, money, operator: 'op', ratePerSecond: 500 }).run()).toBe('finished');
    expect(wire.sent).toHaveLength(40);
  });

  it('cancels: items not started are skipped, nothing is sent for them', async () => {
    plan('p', 40);
    const wire = new SlowWire();
    const runner = new PlanRunner('p', { repo, money: executorPort(journaledExecutor(wire)), operator: 'op', ratePerSecond: 200, concurrency: 2 });
    const run = runner.run();
    await new Promise((r) => setTimeout(r, 60));
    runner.cancel();
    expect(await run).toBe('cancelled');
    const skipped = repo.itemsWithOutcome('p', ['skipped']).length;
    expect(skipped + wire.sent.length).toBe(40);
    expect(skipped).toBeGreaterThan(0);
  });

  it('an unknown answer is reconciled at once: applied → reconciled-done, without a second send', async () => {
    plan('p', 3);
    const wire = new FakeWire([
      { result: { outcome: 'done', transId: 'T1', requestId: null }, applied: true },
      { result: { outcome: 'unknown', reason: 'timeout', requestId: null }, applied: true },
      { result: { outcome: 'unknown', reason: 'reset', requestId: null }, applied: false },
    ]);
    await new PlanRunner('p', { repo, money: executorPort(journaledExecutor(wire)), operator: 'op', ratePerSecond: 500, concurrency: 1 }).run();
    expect(repo.items('p').map((i) => i.outcome)).toEqual(['done', 'reconciled-done', 'reconciled-not-applied']);
    expect(wire.sent).toHaveLength(3);
  });

  it('on resume, an item proven not applied is re-sent once as a linked retry; an applied one never again', async () => {
    plan('p', 2);
    const wire = new FakeWire([
      { result: { outcome: 'unknown', reason: 'reset', requestId: null }, applied: false },
      { result: { outcome: 'unknown', reason: 'lost', requestId: null }, applied: true },
    ]);
    const ex = journaledExecutor(wire);
    const money = executorPort(ex);
    await new PlanRunner('p', { repo, money, operator: 'op', ratePerSecond: 500, concurrency: 1 }).run();
    await new PlanRunner('p', { repo, money, operator: 'op', ratePerSecond: 500, concurrency: 1 }).run();
    expect(repo.items('p').map((i) => i.outcome)).toEqual(['done', 'reconciled-done']);
    expect(wire.sent.map((c) => c.counterpartyId)).toEqual(['c0', 'c1', 'c0']);
    const [first, retry] = ex.journal.byPlanItem('p', '0');
    expect(retry!.retryOf).toBe(first!.id);
  });

  it('after a crash, an item journaled but never answered is reconciled from the records, not re-sent', async () => {
    plan('p', 1);
    const wire = new FakeWire();
    const ex = journaledExecutor(wire);
    // The process died after the executor wrote `sent` and the server applied the request.
    const entry = ex.journal.begin({ operator: 'op', profileId: 'p1', profileName: 'T', operation: 'fundCustomer', counterpartyId: 'c0', amount: '1.00', currency: 'CNY', planId: 'p', planItemId: '0' });
    ex.journal.append(entry.id, { state: 'sent', operator: 'op' });
    wire.addRecord({ operation: 'fundCustomer', counterpartyId: 'c0', amount: '1.00' }, 'TX-applied');
    await new PlanRunner('p', { repo, money: executorPort(ex), operator: 'op', ratePerSecond: 500 }).run();
    expect(wire.sent).toHaveLength(0);
    expect(repo.items('p')[0]).toMatchObject({ outcome: 'reconciled-done', transId: 'TX-applied' });
  });

  it('a throttled item (429) was refused before it reached the service, and is re-sent after backing off', async () => {
    plan('p', 1);
    const wire = new FakeWire([{ result: { outcome: 'failed', code: 'APIG.0308', message: 'throttled', httpStatus: 429, requestId: null }, applied: false }]);
    const runner = new PlanRunner('p', { repo, money: executorPort(journaledExecutor(wire)), operator: 'op', ratePerSecond: 500, throttleBackoffMs: 5 });
    await runner.run();
    expect(runner.rateLimited).toBe(1);
    expect(wire.sent).toHaveLength(2);
    expect(repo.items('p')[0]).toMatchObject({ outcome: 'done', attempts: 2 });
  });

  it('after a crash right after a 429, the throttled item is re-sent on resume, linked to the refused entry', async () => {
    plan('p', 1);
    const wire = new FakeWire();
    const ex = journaledExecutor(wire);
    const refused = ex.journal.begin({ operator: 'op', profileId: 'p1', profileName: 'T', operation: 'fundCustomer', counterpartyId: 'c0', amount: '1.00', currency: 'CNY', planId: 'p', planItemId: '0' });
    ex.journal.append(refused.id, { state: 'sent', operator: 'op' });
    ex.journal.append(refused.id, { state: 'failed', operator: 'op', code: 'APIG.0308', message: 'throttled' });
    await new PlanRunner('p', { repo, money: executorPort(ex), operator: 'op', ratePerSecond: 500 }).run();
    expect(wire.sent).toHaveLength(1);
    expect(repo.items('p')[0]!.outcome).toBe('done');
    expect(ex.journal.byPlanItem('p', '0')[1]!.retryOf).toBe(refused.id);
  });
});
