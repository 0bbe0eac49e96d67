// The write engine on a shared journal: two workstations (two operator logins, two pools),
// each with its own executor and signed client, against one sandbox over real HTTP. What a
// team must never see: one intent applied twice because two operators pressed Fund at once,
// a lost answer on one workstation re-sent by the other, one Huawei record explaining two
// entries. Settle times are the production rules (never 0); the world clock moves past them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerApi } from '../../electron/core/infra/partner-api';
import { partnerApiWire } from '../../electron/core/infra/writes/partner-api-wire';
import { createMoneyExecutor, type MoneyExecutor } from '../../electron/core/infra/writes/executor';
import type { AsyncJournal } from '../../electron/core/infra/journal/async-journal';
import type { TeamDatabase } from '../../electron/core/infra/team/team-database';
import { DEMO_SP, startSandbox, type RunningSandbox } from '../../electron/sandbox/index';
import { worldClock, type WorldClock } from '../support/world-clock';
import { CLIENT_TIMEOUT_MS, SETTLE_MS, signedClientFor } from '../integration/money/harness';
import { useTeamSuite } from './support';

const API = 'UpdateCustomerAccountAmount';

const suite = useTeamSuite();
let sb: RunningSandbox;
let clock: WorldClock;
let customer: string;
const closers: Array<() => void> = [];
let n = 0;

/** One workstation: its own HTTP client and executor, on its operator's connection pool (or a journal over it). */
function workstation(db: TeamDatabase, journal: AsyncJournal = db.journal): MoneyExecutor {
  const client = signedClientFor(sb, DEMO_SP, clock);
  closers.push(() => client.close());
  return createMoneyExecutor({
    journal,
    wire: partnerApiWire(createPartnerApi(client)),
    profile: { id: DEMO_SP.domainId, name: DEMO_SP.accountName, currency: 'CNY' },
    reconcile: { clientTimeoutMs: CLIENT_TIMEOUT_MS, now: clock.now },
  });
}

let a: MoneyExecutor;
let b: MoneyExecutor;

beforeAll(async () => {
  sb = await startSandbox({ customers: 60, seed: 16, rateLimits: false });
  clock = worldClock({ setClockOffset: (s) => sb.control.setClockOffset(s) });
  const list = sb.control.sandbox.world.store.customersByOwner.get(DEMO_SP.domainId) ?? [];
  customer = list.find((c) => c.associationType === '2' && c.balance !== undefined && c.balance.gt(100))!.id;
  a = workstation(suite.alice);
  b = workstation(suite.bob);
  // Both workstations connected before anything is pressed: "at the same moment" must not
  // hinge on which pool finishes its first login (scram) sooner on a loaded machine.
  await Promise.all([suite.alice.journal.unresolved(), suite.bob.journal.unresolved()]);
});
afterEach(() => sb.control.clearFaults());
afterAll(async () => {
  for (const close of closers) close();
  await sb?.close();
});

/** A gate a held journal write waits at, and how the test knows the write got there. */
function gate() {
  let open!: () => void;
  let arrived!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  const reached = new Promise<void>((r) => (arrived = r));
  return { open, reached, wait: () => (arrived(), opened) };
}

/** The journal with the writes `hold` picks waiting at their gate first (the interleavings a network makes). */
function holding(journal: AsyncJournal, hold: (method: string, args: unknown[]) => Promise<void> | null): AsyncJournal {
  return new Proxy(journal, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await hold(String(prop), args);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** A fresh amount per case, so no case's records explain another's. */
const intent = () => ({ operation: 'fundCustomer' as const, counterpartyId: customer, amount: `${++n}.13` });
const appliedOf = (amount: string, since: number) => sb.control.log().slice(since).filter((l) => l.amount === amount);

describe('two workstations on one team journal', () => {
  it('sends an identical intent once when both operators confirm it at the same moment: the other is refused as a twin', async () => {
    const i = intent();
    const since = sb.control.log().length;
    const [fromA, fromB] = await Promise.allSettled([a.execute(i, { operator: 'alice' }), b.execute(i, { operator: 'bob' })]);
    const done = [fromA, fromB].filter((r) => r.status === 'fulfilled');
    const refused = [fromA, fromB].filter((r) => r.status === 'rejected');
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'MONEY_UNRESOLVED_DUPLICATE' });
    expect(appliedOf(i.amount, since)).toHaveLength(1);
  });

  it('reconciles a lost answer from the other workstation without sending again, and claims the record once', async () => {
    const i = intent();
    const since = sb.control.log().length;
    sb.control.addFault({ operation: API, kind: 'drop-after-commit', times: 1 });
    const lost = await a.execute(i, { operator: 'alice' });
    expect(lost.state).toBe('unknown');
    // While A's intent is unresolved, B may not send the same one.
    await expect(b.execute(i, { operator: 'bob' })).rejects.toMatchObject({ code: 'MONEY_UNRESOLVED_DUPLICATE' });
    // Both reconcile it at once: one decides, the other finds it decided.
    const [byA, byB] = await Promise.all([a.reconcile(lost.id, { operator: 'alice' }), b.reconcile(lost.id, { operator: 'bob' })]);
    expect(byA.state).toBe('reconciled-done');
    expect(byB.state).toBe('reconciled-done');
    expect(byA.transId).toBe(appliedOf(i.amount, since)[0]!.transId);
    expect(byB.transId).toBe(byA.transId);
    const final = await suite.alice.journal.require(lost.id);
    expect(final.events.filter((e) => e.state === 'reconciled-done')).toHaveLength(1);
    expect(appliedOf(i.amount, since)).toHaveLength(1);
  });

  it('lets the other workstation re-send an intent proven not applied only once, after the settle time', async () => {
    const i = intent();
    const since = sb.control.log().length;
    sb.control.addFault({ operation: API, kind: 'reset', times: 1 });
    const lost = await a.execute(i, { operator: 'alice' });
    expect(lost.state).toBe('unknown');
    // Too early: the records may not show it yet; nobody concludes "not applied".
    expect((await b.reconcile(lost.id, { operator: 'bob' })).state).toBe('unknown');
    clock.advance(SETTLE_MS + 1000);
    expect((await b.reconcile(lost.id, { operator: 'bob' })).state).toBe('reconciled-not-applied');
    // Both press "Send again": the journal lets exactly one re-send exist.
    const resend = { ...i, retryOf: lost.id };
    const results = await Promise.allSettled([a.execute(resend, { operator: 'alice' }), b.execute(resend, { operator: 'bob' })]);
    const sent = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<{ state: string }>).value);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.state).toBe('done');
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual([
      expect.stringMatching(/^MONEY_(RETRY_NOT_ALLOWED|UNRESOLVED_DUPLICATE)$/),
    ]);
    expect(appliedOf(i.amount, since)).toHaveLength(1);
  });

  it('does not conclude "never sent" from a pending read when the other workstation sends it meanwhile', async () => {
    const i = intent();
    const since = sb.control.log().length;
    // A journals the intent, then its `sent` and its answer wait at gates; B's conclusion too.
    const aSent = gate();
    const aAnswer = gate();
    const bDecision = gate();
    const aHeld = workstation(suite.alice, holding(suite.alice.journal, (method) =>
      method === 'appendMany' ? aSent.wait() : method === 'appendEach' ? aAnswer.wait() : null));
    const bHeld = workstation(suite.bob, holding(suite.bob.journal, (method, args) =>
      method === 'append' && (args[1] as { state: string }).state === 'reconciled-not-applied' ? bDecision.wait() : null));
    const sending = aHeld.execute(i, { operator: 'alice' });
    await aSent.reached;
    const [entry] = (await suite.bob.journal.list({ counterparty: customer }, 0, 50)).entries.filter((e) => e.amount === i.amount);
    expect(entry!.state).toBe('pending');
    // B reads it pending: nothing was sent yet, so "not applied, never sent" is its conclusion.
    const reconciling = bHeld.reconcile(entry!.id, { operator: 'bob' });
    await bDecision.reached;
    // Meanwhile A marks it sent and sends it: the sandbox applies it; A's answer is on its way.
    aSent.open();
    await aAnswer.reached;
    expect(appliedOf(i.amount, since)).toHaveLength(1);
    bDecision.open();
    aAnswer.open();
    const [byB, byA] = await Promise.all([reconciling, sending]);
    // Both say applied; nobody may send it again.
    expect(byB.state).toMatch(/^(done|reconciled-done)$/);
    expect(byA.state).toMatch(/^(done|reconciled-done)$/);
    await expect(b.execute({ ...i, retryOf: entry!.id }, { operator: 'bob' })).rejects.toMatchObject({ code: 'MONEY_RETRY_NOT_ALLOWED' });
    expect(appliedOf(i.amount, since)).toHaveLength(1);
  });

  it('uses a confirmation once team-wide: the second workstation to record it is told it was used', async () => {
    const hash = `h-${++n}`;
    const tries = await Promise.all([
      a.journal.useConfirmation(hash, 'alice', 'money.execute'),
      b.journal.useConfirmation(hash, 'bob', 'money.execute'),
      a.journal.useConfirmation(hash, 'alice', 'money.execute'),
    ]);
    expect(tries.filter(Boolean)).toHaveLength(1);
  });
});
