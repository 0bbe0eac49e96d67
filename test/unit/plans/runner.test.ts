// The plan runner over the real journal and executor, with a scripted wire, or with the
// signed HTTP client (and its rate limiter) against a loopback server.
import { worldClock } from '../../support/world-clock';
import { effectiveSettleMs } from '../../../electron/core/infra/writes/reconcile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../shared/contract';
import { createHttpClient, createRateLimiter, type HttpClient, type RateLimiter } from '../../../electron/core/infra/http';
import { partnerApiWire } from '../../../electron/core/infra/writes/partner-api-wire';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import { PlanRepository } from '../../../electron/core/plans/plan-repository';
import { PlanRunner } from '../../../electron/core/plans/run/plan-runner';
import { openJournalDb, type JournalDb } from '../../../electron/core/infra/journal/database';
import type { MoneyCall, MoneyCallResult } from '../../../electron/core/money';
import { startServer, TEST_AK, TEST_SK, type Reply, type TestServer } from '../../support/partner-server';
import { FakeWire } from '../journal/fake-wire';
import { executorPort, journaledExecutor, readyPlan } from './fixtures';

let operations: JournalDb;
let repo: PlanRepository;

const plan = (id: string, n: number) => readyPlan(repo, id, n);

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

/** The client's real limiter on a fake clock; each sleep also yields a real millisecond, so
 *  the runner's other items reach the limiter while one waits. Records every start. */
function recordingLimiter() {
  let t = 0;
  const inner = createRateLimiter({ now: () => t, sleep: async (ms) => { await new Promise((r) => setTimeout(r, 1)); t += ms; } });
  const rec = { starts: [] as { key: string; limit: number; at: number }[], waiting: 0, maxWaiting: 0, penalties: [] as string[] };
  const limiter: RateLimiter = {
    acquire(key, limit) {
      rec.waiting += 1;
      rec.maxWaiting = Math.max(rec.maxWaiting, rec.waiting);
      return inner.acquire(key, limit).then(() => {
        rec.waiting -= 1;
        rec.starts.push({ key, limit, at: t });
      });
    },
    penalize(key, ms) {
      rec.penalties.push(key);
      inner.penalize(key, ms);
    },
  };
  return { limiter, rec };
}

let server: TestServer | null = null;
let client: HttpClient | null = null;

/** A journaled executor over the signed client against a loopback server, with `limiter` injected. */
async function overHttp(limiter: RateLimiter) {
  server = await startServer();
  client = createHttpClient({
    endpoint: server.endpoint,
    credentials: { ak: TEST_AK, domainId: 'partner-domain-1', getSecret: async () => TEST_SK },
    limiter,
    random: () => 0.5,
    totalTimeoutMs: 2000,
  });
  return { server, ex: journaledExecutor(partnerApiWire(createPartnerApi(client)), operations) };
}

/** The adjust-amount answer, a new transfer id each time. */
function funded(): () => Reply {
  let n = 0;
  return () => ({ status: 200, body: { transfer_id: `AD${++n}` } });
}

beforeEach(() => {
  // Plans and journal share the profile's operations file, as in the app.
  operations = openJournalDb(':memory:');
  repo = new PlanRepository(operations);
});
afterEach(async () => {
  operations.close();
  client?.close();
  client = null;
  await server?.close();
  server = null;
});

describe('plan runner', () => {
  it('keeps several items in flight within the rate, and reports progress with the amount moved', async () => {
    plan('p', 30);
    const wire = new SlowWire();
    const events: ProgressEvent[] = [];
    const runner = new PlanRunner('p', { repo, money: executorPort(journaledExecutor(wire, operations)), operator: 'op', concurrency: 6, onProgress: (e) => events.push(e) });
    expect(await runner.run()).toBe('finished');
    expect(wire.maxConcurrent).toBeGreaterThan(1);
    expect(wire.sent).toHaveLength(30);
    expect(events.at(-1)).toMatchObject({ task: 'plan:p', done: 30, total: 30, state: 'done', detail: { amountMoved: '30.00' } });
  });

  it('leaves pacing to the client limiter: its items wait there, and every start is spaced by it on the operation\'s lane', async () => {
    plan('p', 12);
    const { limiter, rec } = recordingLimiter();
    const { server, ex } = await overHttp(limiter);
    server.reply(funded());
    expect(await new PlanRunner('p', { repo, money: executorPort(ex), operator: 'op', concurrency: 4 }).run()).toBe('finished');
    expect(server.received).toHaveLength(12);
    expect(repo.itemsWithOutcome('p', ['done'])).toHaveLength(12);
    expect(rec.starts.every((s) => s.key === `${TEST_AK}|UpdateCustomerAccountAmount` && s.limit === 10)).toBe(true);
    // The limiter's even spacing, (1000 ms + 50 ms margin) / 10, and nothing added by the runner.
    for (let i = 1; i < rec.starts.length; i++) expect(rec.starts[i]!.at - rec.starts[i - 1]!.at).toBeCloseTo(105, 5);
    // The runner keeps its 4 items in flight: all but the one starting wait in the limiter.
    expect(rec.maxWaiting).toBeGreaterThanOrEqual(3);
    expect(rec.maxWaiting).toBeLessThanOrEqual(4);
  });

  it('pauses: no new item starts, the rest stays pending and resumes later', async () => {
    plan('p', 40);
    const wire = new SlowWire();
    const money = executorPort(journaledExecutor(wire, operations));
    const runner = new PlanRunner('p', { repo, money, operator: 'op', concurrency: 2 });
    const run = runner.run();
    await new Promise((r) => setTimeout(r, 60));
    runner.pause();
    expect(await run).toBe('paused');
    const pending = repo.itemsWithOutcome('p', ['pending']).length;
    expect(pending).toBeGreaterThan(0);
    expect(repo.get('p')!.status).toBe('paused');
    expect(await new PlanRunner('p', { repo, money, operator: 'op' }).run()).toBe('finished');
    expect(wire.sent).toHaveLength(40);
  });

  it('cancels: items not started are skipped, nothing is sent for them', async () => {
    plan('p', 40);
    const wire = new SlowWire();
    const runner = new PlanRunner('p', { repo, money: executorPort(journaledExecutor(wire, operations)), operator: 'op', concurrency: 2 });
    const run = runner.run();
    await new Promise((r) => setTimeout(r, 60));
    runner.cancel();
    expect(await run).toBe('cancelled');
    const skipped = repo.itemsWithOutcome('p', ['skipped']).length;
    expect(skipped + wire.sent.length).toBe(40);
    expect(skipped).toBeGreaterThan(0);
  });

  it('an unknown answer is reconciled at once: applied → reconciled-done; missing stays unknown until the settle time', async () => {
    plan('p', 3);
    const wire = new FakeWire([
      { result: { outcome: 'done', transId: 'T1', requestId: null }, applied: true },
      { result: { outcome: 'unknown', reason: 'timeout', requestId: null }, applied: true },
      { result: { outcome: 'unknown', reason: 'reset', requestId: null }, applied: false },
    ]);
    await new PlanRunner('p', { repo, money: executorPort(journaledExecutor(wire, operations)), operator: 'op', concurrency: 1 }).run();
    // A missing record seconds after the send proves nothing: records lag.
    expect(repo.items('p').map((i) => i.outcome)).toEqual(['done', 'reconciled-done', 'unknown']);
    expect(wire.sent).toHaveLength(3);
  });

  it('on resume, an item proven not applied is re-sent once as a linked retry; an applied one never again', async () => {
    plan('p', 2);
    const wire = new FakeWire([
      { result: { outcome: 'unknown', reason: 'reset', requestId: null }, applied: false },
      { result: { outcome: 'unknown', reason: 'lost', requestId: null }, applied: true },
    ]);
    const clock = worldClock();
    const ex = journaledExecutor(wire, operations, clock);
    const money = executorPort(ex);
    await new PlanRunner('p', { repo, money, operator: 'op', concurrency: 1 }).run();
    clock.advance(effectiveSettleMs({ clientTimeoutMs: 30_000 }) + 1000);
    await new PlanRunner('p', { repo, money, operator: 'op', concurrency: 1 }).run();
    expect(repo.items('p').map((i) => i.outcome)).toEqual(['done', 'reconciled-done']);
    expect(wire.sent.map((c) => c.counterpartyId)).toEqual(['c0', 'c1', 'c0']);
    const [first, retry] = (await ex.journal.byPlanItem('p', '0'));
    expect(retry!.retryOf).toBe(first!.id);
  });

  it('after a crash, an item journaled but never answered is reconciled from the records, not re-sent', async () => {
    plan('p', 1);
    const wire = new FakeWire();
    const ex = journaledExecutor(wire, operations);
    // The process died after the executor wrote `sent` and the server applied the request.
    const entry = await ex.journal.begin({ operator: 'op', profileId: 'p1', profileName: 'T', operation: 'fundCustomer', counterpartyId: 'c0', amount: '1.00', currency: 'CNY', planId: 'p', planItemId: '0' });
    (await ex.journal.append(entry.id, { state: 'sent', operator: 'op' }));
    wire.addRecord({ operation: 'fundCustomer', counterpartyId: 'c0', amount: '1.00' }, 'TX-applied');
    await new PlanRunner('p', { repo, money: executorPort(ex), operator: 'op' }).run();
    expect(wire.sent).toHaveLength(0);
    expect(repo.items('p')[0]).toMatchObject({ outcome: 'reconciled-done', transId: 'TX-applied' });
  });

  it('a throttled item (429) was refused before it reached the service, and is re-sent as a linked retry', async () => {
    plan('p', 1);
    const wire = new FakeWire([{ result: { outcome: 'failed', code: 'APIG.0308', message: 'throttled', httpStatus: 429, requestId: null }, applied: false }]);
    const ex = journaledExecutor(wire, operations);
    const runner = new PlanRunner('p', { repo, money: executorPort(ex), operator: 'op' });
    await runner.run();
    expect(runner.rateLimited).toBe(1);
    expect(wire.sent).toHaveLength(2);
    expect(repo.items('p')[0]).toMatchObject({ outcome: 'done', attempts: 2 });
    const [refused, retry] = (await ex.journal.byPlanItem('p', '0'));
    expect(retry!.retryOf).toBe(refused!.id);
  });

  it('after a 429 through the client, the limiter holds the lane (2–5 s) before the re-send starts', async () => {
    plan('p', 2);
    const { limiter, rec } = recordingLimiter();
    const { server, ex } = await overHttp(limiter);
    server.reply(
      { status: 429, body: { error_code: 'APIG.0308', error_msg: 'The throttling threshold has been reached' } },
      funded(),
    );
    const runner = new PlanRunner('p', { repo, money: executorPort(ex), operator: 'op', concurrency: 1 });
    expect(await runner.run()).toBe('finished');
    expect(runner.rateLimited).toBe(1);
    expect(server.received).toHaveLength(3);
    expect(repo.items('p').map((i) => [i.outcome, i.attempts])).toEqual([['done', 2], ['done', 1]]);
    expect(rec.penalties).toEqual([`${TEST_AK}|UpdateCustomerAccountAmount`]);
    // random() = 0.5: a 3.5 s hold from the refused start, then the usual spacing.
    expect(rec.starts.map((s) => s.at)).toEqual([0, 3500, 3605]);
  });

  it('after a crash right after a 429, the throttled item is re-sent on resume, linked to the refused entry', async () => {
    plan('p', 1);
    const wire = new FakeWire();
    const ex = journaledExecutor(wire, operations);
    const refused = await ex.journal.begin({ operator: 'op', profileId: 'p1', profileName: 'T', operation: 'fundCustomer', counterpartyId: 'c0', amount: '1.00', currency: 'CNY', planId: 'p', planItemId: '0' });
    (await ex.journal.append(refused.id, { state: 'sent', operator: 'op' }));
    (await ex.journal.append(refused.id, { state: 'failed', operator: 'op', code: 'APIG.0308', message: 'throttled' }));
    await new PlanRunner('p', { repo, money: executorPort(ex), operator: 'op' }).run();
    expect(wire.sent).toHaveLength(1);
    expect(repo.items('p')[0]!.outcome).toBe('done');
    expect((await ex.journal.byPlanItem('p', '0'))[1]!.retryOf).toBe(refused.id);
  });
});
