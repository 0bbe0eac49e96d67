// The write engine on a shared journal: two workstations (two operator logins, two pools),
// each with its own executor and signed client, against one sandbox over real HTTP. What a
// team must never see: one intent applied twice because two operators pressed Fund at once,
// a lost answer on one workstation re-sent by the other, one Huawei record explaining two
// entries. Settle times are the production rules (never 0); the world clock moves past them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerApi } from '../../electron/core/infra/partner-api';
import { partnerApiWire } from '../../electron/core/infra/writes/partner-api-wire';
import { createMoneyExecutor, type MoneyExecutor } from '../../electron/core/infra/writes/executor';
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

/** One workstation: its own HTTP client and executor, on its operator's connection pool. */
function workstation(db: TeamDatabase): MoneyExecutor {
  const client = signedClientFor(sb, DEMO_SP, clock);
  closers.push(() => client.close());
  return createMoneyExecutor({
    journal: db.journal,
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
});
afterEach(() => sb.control.clearFaults());
afterAll(async () => {
  for (const close of closers) close();
  await sb?.close();
});

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
