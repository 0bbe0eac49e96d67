// The connectivity probe, driven by a fake check and hand-run timers: a network failure marks
// the endpoint unreachable with a reason and since when; any answer (even 401) marks it
// reachable; it re-checks every interval while unreachable, and only then.
import { describe, expect, it } from 'vitest';
import type { ConnectivityEvent } from '../../../shared/contract';
import { ApiError } from '../../../electron/core/infra/http/outcome';
import { Connectivity } from '../../../electron/core/sync/connectivity';
import { ConnectivityProbe, type ProbeCheck, type ProbeTimers } from '../../../electron/core/sync/connectivity-probe';

const info = { operation: 'ListPartnerBalances', outcome: 'failed', possiblySent: false } as const;
const refused = () => new ApiError('API_NETWORK', info, { reason: 'connect ECONNREFUSED 127.0.0.1:9' });
const rejectedSk = () => new ApiError('API_AUTH_FAILED', { ...info, possiblySent: true, status: 401 });

/** Timers the test fires by hand; records the delay each was set for. */
function manualTimers() {
  let next = 1;
  const pending = new Map<number, { fn: () => void; ms: number }>();
  const timers: ProbeTimers = {
    setTimeout: (fn, ms) => {
      pending.set(next, { fn, ms });
      return next++;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  return {
    timers,
    delays: () => [...pending.values()].map((t) => t.ms),
    fire(ms: number) {
      for (const [id, t] of [...pending]) {
        if (t.ms !== ms) continue;
        pending.delete(id);
        t.fn();
      }
    },
  };
}

function rig(results: (() => unknown)[]) {
  const events: ConnectivityEvent[] = [];
  let clock = Date.parse('2026-11-25T01:00:00Z');
  const connectivity = new Connectivity((e) => events.push(e), () => 'https://bss.example.com', () => new Date((clock += 1000)));
  const t = manualTimers();
  const probe = new ConnectivityProbe({ connectivity, timers: t.timers, intervalMs: 30_000, timeoutMs: 20_000 });
  let calls = 0;
  const check: ProbeCheck = async () => {
    const next = results[Math.min(calls++, results.length - 1)]!;
    return next();
  };
  return { events, connectivity, probe, check, timers: t, calls: () => calls };
}

const fail = (e: () => Error) => () => {
  throw e();
};

describe('connectivity probe', () => {
  it('marks the endpoint unreachable on a network failure, with the reason and since when', async () => {
    const r = rig([fail(refused)]);
    const state = await r.probe.watch(r.check);
    expect(state).toMatchObject({ online: false, since: '2026-11-25T01:00:01.000Z', reason: expect.stringContaining('ECONNREFUSED') });
    expect(r.events).toEqual([
      { online: false, since: '2026-11-25T01:00:01.000Z', endpoint: 'https://bss.example.com', reason: 'connect ECONNREFUSED 127.0.0.1:9' },
    ]);
  });

  it('says nothing while the endpoint answers, and checks no more until asked', async () => {
    const r = rig([() => ({ account_balances: [] })]);
    expect(await r.probe.watch(r.check)).toMatchObject({ online: true });
    expect(r.events).toEqual([]);
    expect(r.timers.delays()).toEqual([]);
  });

  it('counts an API error such as a rejected SK as an answer: the endpoint is reachable', async () => {
    const r = rig([fail(refused), fail(rejectedSk)]);
    await r.probe.watch(r.check);
    expect(await r.probe.probe()).toMatchObject({ online: true });
    expect(r.events.map((e) => e.online)).toEqual([false, true]);
  });

  it('re-checks every 30 s while unreachable, keeps the first "since", and stops once back online', async () => {
    const r = rig([fail(refused), fail(refused), () => ({})]);
    await r.probe.watch(r.check);
    expect(r.timers.delays()).toEqual([30_000]);
    r.timers.fire(30_000);
    await expect.poll(() => r.calls()).toBe(2);
    expect(r.events).toHaveLength(1);
    await expect.poll(() => r.timers.delays()).toEqual([30_000]);
    r.timers.fire(30_000);
    await expect.poll(() => r.connectivity.current.online).toBe(true);
    expect(r.events.map((e) => [e.online, e.since])).toEqual([
      [false, '2026-11-25T01:00:01.000Z'],
      [true, '2026-11-25T01:00:02.000Z'],
    ]);
    expect(r.timers.delays()).toEqual([]);
  });

  it('counts a check that does not answer in time as unreachable', async () => {
    const r = rig([() => new Promise(() => undefined)]);
    const checking = r.probe.watch((signal) =>
      new Promise((_, reject) => signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })))),
    );
    r.timers.fire(20_000);
    expect(await checking).toMatchObject({ online: false, reason: 'no answer within 20 s' });
  });

  it('starts re-checking when a sync is the first to find the endpoint gone', async () => {
    const r = rig([() => ({}), () => ({})]);
    await r.probe.watch(r.check);
    r.connectivity.offline('connect ETIMEDOUT');
    expect(r.timers.delays()).toEqual([30_000]);
    r.timers.fire(30_000);
    await expect.poll(() => r.connectivity.current.online).toBe(true);
  });

  it('joins a check in flight instead of sending a second one', async () => {
    const r = rig([() => new Promise((resolve) => setTimeout(resolve, 5))]);
    const first = r.probe.watch(r.check);
    const second = r.probe.probe();
    expect(await r.probe.settled()).toMatchObject({ online: true });
    await Promise.all([first, second]);
    expect(r.calls()).toBe(1);
  });

  it('ignores a late answer for a session that has ended', async () => {
    let fail1: (e: Error) => void = () => undefined;
    const r = rig([]);
    const stale = r.probe.watch(() => new Promise((_, reject) => (fail1 = reject)));
    r.probe.stop();
    fail1(refused());
    await stale;
    expect(r.events).toEqual([]);
    expect(r.timers.delays()).toEqual([]);
  });
});
