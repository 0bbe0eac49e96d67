// Live updates across workstations: every journal event, plan change, plan item, approval and
// roster change is announced when it commits; another workstation's listener receives it
// within a second, and after losing its connection it reconnects and asks for a reload.
import { afterEach, describe, expect, it } from 'vitest';
import { generateOperatorKey } from '../../electron/core/plans/four-eyes/keys';
import { TeamEvents, type TeamChange, type TeamLinkStatus } from '../../electron/core/infra/team/team-events';
import { useTeamSuite } from './support';

const suite = useTeamSuite();
let n = 0;
const listeners: TeamEvents[] = [];
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((l) => l.stop()));
});

async function listen(user: string): Promise<{ events: TeamEvents; changes: TeamChange[]; statuses: TeamLinkStatus[]; resyncs: number[] }> {
  const events = new TeamEvents(suite.t.config(user), { minDelayMs: 50, maxDelayMs: 200 });
  listeners.push(events);
  const out = { events, changes: [] as TeamChange[], statuses: [] as TeamLinkStatus[], resyncs: [] as number[] };
  events.on('change', (c) => out.changes.push(c));
  events.on('status', (s) => out.statuses.push(s));
  events.on('resync', () => out.resyncs.push(Date.now()));
  await events.start();
  return out;
}

const next = (events: TeamEvents, match: (c: TeamChange) => boolean, ms = 1_000) =>
  new Promise<TeamChange>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching change within ${ms} ms`)), ms);
    const on = (c: TeamChange) => {
      if (!match(c)) return;
      clearTimeout(timer);
      events.off('change', on);
      resolve(c);
    };
    events.on('change', on);
  });

/** Waits until a change matching `match` is among those received (up to a second). */
async function arrived(changes: readonly TeamChange[], match: (c: TeamChange) => boolean, ms = 1_000): Promise<void> {
  const end = Date.now() + ms;
  while (!changes.some(match)) {
    if (Date.now() > end) throw new Error(`no matching change within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const intent = () => ({
  operator: 'x', profileId: 'p', profileName: 'Team', operation: 'fundCustomer' as const,
  counterpartyId: `ev${++n}`, amount: '5.00', currency: 'CNY', planId: `plan-ev${n}`, planItemId: '1',
});

describe('team events (LISTEN/NOTIFY)', () => {
  it('brings a journal event written on one workstation to another within a second (measured)', async () => {
    const bob = await listen(suite.t.bob);
    // One write first: the pool's first connection (TCP, SCRAM) is not what is measured.
    await suite.alice.journal.begin(intent());
    const latencies: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const started = performance.now();
      const planId = `plan-ev${n + 1}`;
      const seen = next(bob.events, (c) => c.kind === 'journal' && c.state === 'pending' && c.planId === planId);
      const entry = await suite.alice.journal.begin(intent());
      const change = await seen;
      latencies.push(performance.now() - started);
      expect(change).toEqual({ kind: 'journal', entryId: entry.id, state: 'pending', seq: entry.events[0]!.seq, operator: suite.t.alice, planId: entry.planId });
    }
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.ceil(latencies.length * 0.95) - 1]!;
    console.info(`team_event_latency_ms (write on one connection → received on another, n=20): p50 ${latencies[9]!.toFixed(1)}, p95 ${p95.toFixed(1)}`);
    expect(p95).toBeLessThan(1_000);
  });

  it('announces nothing for a transaction that rolls back, and every state of an entry in order when it commits', async () => {
    const bob = await listen(suite.t.bob);
    const refused = await suite.alice.journal.begin(intent());
    await expect(suite.alice.journal.append(refused.id, { state: 'done', operator: 'x' })).rejects.toThrow(/not allowed/);
    const e = await suite.alice.journal.begin(intent());
    await suite.alice.journal.appendMany([e.id], { state: 'sent', operator: 'x' });
    await suite.bob.journal.append(e.id, { state: 'done', operator: 'x', transId: `EV-${n}` });
    await arrived(bob.changes, (c) => c.kind === 'journal' && c.entryId === e.id && c.state === 'done');
    const states = bob.changes.flatMap((c) => (c.kind === 'journal' ? [`${c.entryId === e.id ? 'e' : 'refused'}:${c.state}`] : []));
    expect(states).toEqual(['refused:pending', 'e:pending', 'e:sent', 'e:done']);
  });

  it('announces plan changes, plan items, approvals and roster changes', async () => {
    const bob = await listen(suite.t.bob);
    const planId = `plan-live-${++n}`;
    const now = new Date().toISOString();
    const a = suite.alice.pool;
    await a.query("INSERT INTO plans (id, name, kind, status, created_at, updated_at, content_hash) VALUES ($1, 'live', 'fundCustomer', 'draft', $2, $2, 'h')", [planId, now]);
    await a.query("UPDATE plans SET status = 'ready' WHERE id = $1", [planId]);
    await a.query("INSERT INTO plan_items (plan_id, idx, counterparty_id, amount, memo, outcome, updated_at) VALUES ($1, 0, 'c', '1.00', '', 'pending', $2)", [planId, now]);
    const key = generateOperatorKey(suite.t.bob);
    await suite.bob.approvals.enrol('acct', { operator: suite.t.bob, fingerprint: key.fingerprint, publicKey: key.publicKey, enrolledAt: now, enrolledBy: suite.t.bob }, now);
    await suite.bob.approvals.record(planId, { approvedAt: now, contentHash: 'h', keyFingerprint: key.fingerprint, signature: 'c2ln', via: 'team' });
    await arrived(bob.changes, (c) => c.kind === 'approval');
    expect(bob.changes.filter((c) => c.kind !== 'journal')).toEqual([
      { kind: 'plan', planId, status: 'draft', op: 'insert' },
      { kind: 'plan', planId, status: 'ready', op: 'update' },
      { kind: 'plan-item', planId, op: 'insert' },
      { kind: 'roster', seq: expect.any(Number), change: 'approver-enrolled' },
      { kind: 'approval', planId, op: 'insert' },
    ]);
  });

  it('reconnects after losing the database, says so, asks for a reload, and receives again', async () => {
    const bob = await listen(suite.t.bob);
    expect(bob.statuses).toEqual([{ connected: true }]);
    const pid = await bob.events.backendPid();
    const admin = await suite.t.superuser();
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    const end = Date.now() + 5_000;
    while (bob.resyncs.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(bob.resyncs).toHaveLength(1);
    expect(bob.statuses[1]).toMatchObject({ connected: false, reason: expect.stringMatching(/terminat|closed/i) });
    expect(bob.statuses.at(-1)).toEqual({ connected: true });
    expect(await bob.events.backendPid()).not.toBe(pid);
    const seen = next(bob.events, (c) => c.kind === 'journal' && c.state === 'pending');
    await suite.alice.journal.begin(intent());
    await seen;
  });
});
