import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { createMoneyExecutor, Journal, openJournalDb, type MoneyIntent } from '../../../electron/core/money';
import { effectiveSettleMs } from '../../../electron/core/infra/writes/reconcile';
import { worldClock } from '../../support/world-clock';
import { FakeWire } from './fake-wire';

const ctx = { operator: 'alice' };
const profile = { id: 'p1', name: 'Sandbox', currency: 'CNY' as const };
const fund: MoneyIntent = { operation: 'fundCustomer', counterpartyId: 'c1', amount: '10.00' };

/** Production settle rules (minutes); tests move the clock past them, never set them to 0. */
const reconcileRules = { clientTimeoutMs: 30_000 };
const SETTLE_MS = effectiveSettleMs(reconcileRules);

function setup(wire = new FakeWire()) {
  const clock = worldClock();
  const journal = new Journal(openJournalDb(':memory:'), clock.now);
  const exec = createMoneyExecutor({ journal, wire, profile, reconcile: { ...reconcileRules, now: clock.now } });
  /** Time passes beyond the settle time: records that would show have shown. */
  const settle = (): void => clock.advance(SETTLE_MS + 1000);
  return { journal, wire, exec, clock, settle };
}

describe('the journaled money executor', () => {
  it('commits the intent before the request leaves, then records done with the transaction id', async () => {
    const wire = new FakeWire();
    const { journal, exec } = setup(wire);
    const original = wire.send.bind(wire);
    let stateWhenSent = '';
    wire.send = async (call) => {
      stateWhenSent = journal.list().entries[0]?.state ?? 'none';
      return original(call);
    };
    const e = await exec.execute(fund, ctx);
    expect(stateWhenSent).toBe('sent');
    expect(e).toMatchObject({ state: 'done', transId: 'TX1', operator: 'alice', profileId: 'p1' });
    expect(e.events.map((x) => x.state)).toEqual(['pending', 'sent', 'done']);
  });

  it('records a definite refusal as failed with the API code', async () => {
    const { exec } = setup(new FakeWire([{ applied: false, result: { outcome: 'failed', code: 'CBC.99005003', message: 'Insufficient', httpStatus: 400, requestId: 'r1' } }]));
    const e = await exec.execute(fund, ctx);
    expect(e).toMatchObject({ state: 'failed', code: 'CBC.99005003', requestId: 'r1' });
  });

  it('records an ambiguous answer as unknown, never failed, and sends exactly once', async () => {
    const wire = new FakeWire([{ applied: true, result: { outcome: 'unknown', reason: 'timeout', requestId: null } }]);
    const { exec } = setup(wire);
    const e = await exec.execute(fund, ctx);
    expect(e.state).toBe('unknown');
    expect(wire.sent).toHaveLength(1);
  });

  it('treats a client that throws after sending as unknown', async () => {
    const wire = new FakeWire();
    wire.send = async () => {
      throw new Error('socket hang up');
    };
    const { exec } = setup(wire);
    expect((await exec.execute(fund, ctx)).state).toBe('unknown');
  });

  it('reconciles an applied unknown operation to reconciled-done with the trans_id as evidence', async () => {
    const { exec } = setup(new FakeWire([{ applied: true, result: { outcome: 'unknown', reason: 'reset', requestId: null } }]));
    const e = await exec.execute(fund, ctx);
    const r = await exec.reconcile(e.id, ctx);
    expect(r).toMatchObject({ state: 'reconciled-done', transId: 'TX1' });
    expect(r.evidence?.record?.transId).toBe('TX1');
  });

  it('reconciles an operation that never arrived to reconciled-not-applied', async () => {
    const { exec, settle } = setup(new FakeWire([{ applied: false, result: { outcome: 'unknown', reason: '502', requestId: null } }]));
    const e = await exec.execute(fund, ctx);
    settle();
    expect((await exec.reconcile(e.id, ctx)).state).toBe('reconciled-not-applied');
  });

  it('does not let a record already explaining another entry explain this one', async () => {
    const wire = new FakeWire([
      { applied: true, result: { outcome: 'done', transId: 'TXA', requestId: null } },
      { applied: false, result: { outcome: 'unknown', reason: 'timeout', requestId: null } },
    ]);
    const { exec, settle } = setup(wire);
    await exec.execute(fund, ctx);
    const lost = await exec.execute(fund, ctx);
    settle();
    const r = await exec.reconcile(lost.id, ctx);
    expect(r.state).toBe('reconciled-not-applied');
    expect(r.evidence).toMatchObject({ candidates: 1, claimedByOthers: 1 });
  });

  it('matches two identical lost operations to two records, oldest first', async () => {
    const wire = new FakeWire([
      { applied: true, result: { outcome: 'unknown', reason: 'timeout', requestId: null } },
    ]);
    const { exec, journal } = setup(wire);
    const a = await exec.execute(fund, ctx);
    // The second identical operation is refused while the first is unresolved…
    await expect(exec.execute(fund, ctx)).rejects.toMatchObject({ code: 'MONEY_UNRESOLVED_DUPLICATE' });
    const summary = await exec.reconcileAll(ctx);
    expect(summary).toMatchObject({ examined: 1, applied: 1 });
    expect(journal.require(a.id).transId).toBe('TX1');
  });

  it('answers two reconciliations of one entry running at once with one decision (no second append)', async () => {
    const wire = new FakeWire([{ applied: true, result: { outcome: 'unknown', reason: 'timeout', requestId: null } }]);
    const { exec, journal } = setup(wire);
    const a = await exec.execute(fund, ctx);
    const [x, y, all] = await Promise.all([exec.reconcile(a.id, ctx), exec.reconcile(a.id, ctx), exec.reconcileAll(ctx)]);
    expect([x.state, y.state]).toEqual(['reconciled-done', 'reconciled-done']);
    expect(all.stillUnknown).toBe(0);
    expect(journal.require(a.id).events.map((e) => e.state)).toEqual(['pending', 'sent', 'unknown', 'reconciled-done']);
  });

  it('resolves a second lost send of the same write from two callers at once with the newer record, never the one the first entry holds', async () => {
    const wire = new FakeWire([
      { applied: true, result: { outcome: 'unknown', reason: 'timeout', requestId: null } },
      { applied: true, result: { outcome: 'unknown', reason: 'timeout', requestId: null } },
    ]);
    const { exec, journal, settle } = setup(wire);
    const a = await exec.execute(fund, ctx);
    await exec.reconcile(a.id, ctx);
    // Force a twin past the duplicate guard: the first is resolved, then a second lost send.
    const b = await exec.execute(fund, ctx);
    const c = journal.require(a.id);
    expect(c.state).toBe('reconciled-done');
    settle();
    const [rb, rb2] = await Promise.all([exec.reconcile(b.id, ctx), exec.reconcile(b.id, ctx)]);
    expect(rb).toEqual(rb2);
    expect(rb.state).toBe('reconciled-done');
    expect(rb.transId).not.toBe(c.transId);
  });

  it('keeps an entry unknown when the records cannot be read, and re-sends nothing', async () => {
    const wire = new FakeWire([{ applied: true, result: { outcome: 'unknown', reason: 'timeout', requestId: null } }]);
    const { exec } = setup(wire);
    const e = await exec.execute(fund, ctx);
    wire.recordsFail = new Error('offline');
    await expect(exec.reconcile(e.id, ctx)).rejects.toMatchObject({ code: 'MONEY_RECONCILE_FAILED' });
    const s = await exec.reconcileAll(ctx);
    expect(s.stillUnknown).toBe(1);
    expect(wire.sent).toHaveLength(1);
  });

  it('resolves a crashed pending entry as not applied: it never reached the network', async () => {
    const { exec, journal } = setup();
    const p = journal.begin({ ...fund, operator: 'a', profileId: 'p1', profileName: 'S', currency: 'CNY' });
    const r = await exec.reconcile(p.id, ctx);
    expect(r.state).toBe('reconciled-not-applied');
    expect(r.evidence?.neverSent).toBe(true);
  });

  it('reconciles a crashed sent entry from the records', async () => {
    const wire = new FakeWire();
    const { exec, journal } = setup(wire);
    const p = journal.begin({ ...fund, operator: 'a', profileId: 'p1', profileName: 'S', currency: 'CNY' });
    journal.append(p.id, { state: 'sent', operator: 'a' });
    wire.addRecord(fund, 'TXC');
    expect((await exec.reconcile(p.id, ctx)).state).toBe('reconciled-done');
  });

  it('re-sends only an entry proven not applied, once, as a new linked entry', async () => {
    const wire = new FakeWire([
      { applied: false, result: { outcome: 'unknown', reason: 'timeout', requestId: null } },
      { applied: true, result: { outcome: 'done', transId: 'TXR', requestId: null } },
    ]);
    const { exec, journal, settle } = setup(wire);
    const lost = await exec.execute(fund, ctx);
    await expect(exec.execute({ ...fund, retryOf: lost.id }, ctx)).rejects.toBeInstanceOf(AppError);
    // Too early to conclude: still unknown, and "Send again" still refused.
    expect((await exec.reconcile(lost.id, ctx)).state).toBe('unknown');
    await expect(exec.execute({ ...fund, retryOf: lost.id }, ctx)).rejects.toMatchObject({ code: 'MONEY_RETRY_NOT_ALLOWED' });
    settle();
    expect((await exec.reconcile(lost.id, ctx)).state).toBe('reconciled-not-applied');
    const again = await exec.execute({ ...fund, retryOf: lost.id }, ctx);
    expect(again).toMatchObject({ state: 'done', retryOf: lost.id });
    expect(journal.require(lost.id).retriedBy).toBe(again.id);
    await expect(exec.execute({ ...fund, retryOf: lost.id }, ctx)).rejects.toMatchObject({ code: 'MONEY_RETRY_NOT_ALLOWED' });
  });

  it('does not decide "not applied" before the records had time to show the operation', async () => {
    const wire = new FakeWire([{ applied: false, result: { outcome: 'unknown', reason: 'timeout', requestId: null } }]);
    const { exec, clock } = setup(wire);
    const e = await exec.execute(fund, ctx);
    // Just inside the settle time, counted from the moment the outcome became unknown.
    clock.advance(SETTLE_MS - 5000);
    const r = await exec.reconcile(e.id, ctx);
    expect(r.state).toBe('unknown');
    expect(r.evidence?.undecided).toMatch(/too early/);
    expect(Date.parse(r.evidence!.settleUntil!)).toBe(Date.parse(e.events.find((x) => x.state === 'unknown')!.at) + SETTLE_MS);
    clock.advance(6000);
    expect((await exec.reconcile(e.id, ctx)).state).toBe('reconciled-not-applied');
  });

  it('leaves an entry alone while its own request is still on the wire', async () => {
    const wire = new FakeWire();
    const { exec, journal } = setup(wire);
    let release: () => void = () => {};
    const original = wire.send.bind(wire);
    wire.send = (call) => new Promise((r) => { release = () => r(original(call)); });
    const running = exec.execute(fund, ctx);
    await new Promise((r) => setTimeout(r, 0));
    const id = journal.list().entries[0]!.id;
    expect((await exec.reconcile(id, ctx)).state).toBe('sent');
    release();
    expect((await running).state).toBe('done');
  });
});

describe('when the journal fails around a send', () => {
  it('a journal that fails after the request left says so (JOURNAL_UNAVAILABLE_AFTER_SEND), never "nothing was sent"', async () => {
    const wire = new FakeWire();
    const db = openJournalDb(':memory:');
    const journal = new Journal(db);
    const exec = createMoneyExecutor({ journal, wire, profile });
    const original = wire.send.bind(wire);
    wire.send = async (c) => {
      const r = await original(c);
      db.close(); // the disk went away while the answer was on its way
      return r;
    };
    await expect(exec.execute(fund, ctx)).rejects.toMatchObject({ code: 'JOURNAL_UNAVAILABLE_AFTER_SEND' });
    expect(wire.sent).toHaveLength(1);
  });

  it('a journal that fails before sending refuses the write and sends nothing (JOURNAL_UNAVAILABLE)', async () => {
    const wire = new FakeWire();
    const db = openJournalDb(':memory:');
    const exec = createMoneyExecutor({ journal: new Journal(db), wire, profile });
    db.close();
    await expect(exec.execute(fund, ctx)).rejects.toMatchObject({ code: 'JOURNAL_UNAVAILABLE' });
    expect(wire.sent).toHaveLength(0);
  });

  it('a plan item\'s first send is unique in the journal\'s schema: a second first send is refused', async () => {
    const journal = new Journal(openJournalDb(':memory:'));
    const item = { ...fund, operator: 'a', profileId: 'p1', profileName: 'S', currency: 'CNY', planId: 'plan-1', planItemId: '3' };
    journal.begin(item);
    expect(() => journal.begin({ ...item, amount: '11.00' })).toThrow(expect.objectContaining({ code: 'PLAN_ITEM_ALREADY_SENT' }));
  });
});
