// For every money operation × every injected fault: after reconciliation the journal and the
// sandbox's applied-operation log agree exactly — nothing applied twice, nothing lost, nothing
// unexplained — and every entry ends in the state the fault implies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalEntryView, JournalState, MoneyOperation } from '../../../shared/contract/channels/activity';
import { DELAY_MS, FAULTS, injectFault } from './faults';
import type { MoneyExecutor, MoneyIntent } from '../../../electron/core/money';
import { factsOf } from '../../../shared/domain/operations';
import { DEMO_SP, DEMO_T1, DEMO_T2S, startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { SETTLE_MS, clockFor, executorFor, resaleCustomer } from './harness';
import type { WorldClock } from '../../support/world-clock';

const ctx = { operator: 'fault-matrix' };

const OPS: readonly MoneyOperation[] = ['fundCustomer', 'reclaimCustomer', 'fundT2', 'reclaimT2', 'fundT2Customer'];
const T2 = DEMO_T2S[0]!.domainId;

let sb: RunningSandbox;
let clock: WorldClock;
let sp: ReturnType<typeof executorFor>;
let t1: ReturnType<typeof executorFor>;
const intents = {} as Record<MoneyOperation, (amount: string) => MoneyIntent>;
const executorOf = (op: MoneyOperation): MoneyExecutor => (factsOf(op).tiers.includes('SP') ? sp.executor : t1.executor);

beforeAll(async () => {
  sb = await startSandbox({ customers: 200, seed: 11, rateLimits: false });
  clock = clockFor(sb);
  sp = executorFor(sb, DEMO_SP, clock);
  t1 = executorFor(sb, DEMO_T1, clock);
  const spCustomer = resaleCustomer(sb, DEMO_SP.domainId);
  const t2Customer = resaleCustomer(sb, T2, 0);
  intents.fundCustomer = (amount) => ({ operation: 'fundCustomer', counterpartyId: spCustomer, amount });
  intents.reclaimCustomer = (amount) => ({ operation: 'reclaimCustomer', counterpartyId: spCustomer, amount });
  intents.fundT2 = (amount) => ({ operation: 'fundT2', counterpartyId: T2, amount });
  intents.reclaimT2 = (amount) => ({ operation: 'reclaimT2', counterpartyId: T2, amount });
  intents.fundT2Customer = (amount) => ({ operation: 'fundT2Customer', counterpartyId: t2Customer, indirectPartnerId: T2, amount });
});

afterAll(async () => {
  sp?.close();
  t1?.close();
  await sb?.close();
});

const APPLIED: readonly JournalState[] = ['done', 'reconciled-done'];

describe('fault matrix: every money operation under every injected fault', () => {
  let n = 0;
  for (const op of OPS) {
    for (const fault of FAULTS) {
      it(`${op} with ${fault.name ?? fault.kind}: ${fault.sent}, then ${fault.final}; journal and ledger agree`, async () => {
        n += 1;
        const amount = `${n}.${String(n % 100).padStart(2, '0')}`;
        const exec = executorOf(op);
        const logBefore = sb.control.log().length;
        const totalBefore = sb.control.ledger().moneyTotal;
        injectFault(sb, clock, fault, factsOf(op).api);

        const entry = await exec.execute(intents[op](amount), ctx);
        expect(entry.state).toBe(fault.sent);
        if (fault.kind === 'delay') await new Promise((r) => setTimeout(r, DELAY_MS + 150));
        sb.control.clearFaults();
        // Reconciling at once may only find what was applied; "not applied" waits out the settle time.
        clock.advance(SETTLE_MS + 1000);

        const summary = await exec.reconcileAll(ctx);
        sb.control.clearRecordLags();
        clock.skewServer(0);
        expect(summary.stillUnknown).toBe(0);
        const final = (await exec.journal.require(entry.id));
        expect(final.state).toBe(fault.final);

        const applied = sb.control.log().slice(logBefore);
        expect(applied.length).toBe(APPLIED.includes(final.state) ? 1 : 0);
        if (applied[0]) {
          expect(final.transId).toBe(applied[0].transId);
          expect(applied[0].amount).toBe(final.amount);
        }
        // Money is conserved by the sandbox whatever happened.
        expect(sb.control.ledger().moneyTotal).toBe(totalBefore);
      });
    }
  }

  it('ends with every applied operation explained by exactly one journal entry, and no entry unexplained', async () => {
    const entries: JournalEntryView[] = [...(await sp.journal.list({}, 0, 1000)).entries, ...(await t1.journal.list({}, 0, 1000)).entries];
    const claimed = entries.filter((e) => APPLIED.includes(e.state)).map((e) => e.transId);
    const log = sb.control.log().map((l) => l.transId);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect([...claimed].sort()).toEqual([...log].sort());
    expect(entries.filter((e) => e.state === 'unknown' || e.state === 'pending' || e.state === 'sent')).toEqual([]);
    expect(entries).toHaveLength(OPS.length * FAULTS.length);
  });

  it('re-sends an operation proven not applied only as a new linked entry, once', async () => {
    sb.control.addFault({ operation: 'UpdateCustomerAccountAmount', kind: 'reset', times: 1 });
    const lost = await sp.executor.execute(intents.fundCustomer('7.77'), ctx);
    expect((await sp.executor.reconcile(lost.id, ctx)).state).toBe('unknown');
    clock.advance(SETTLE_MS + 1000);
    const proven = await sp.executor.reconcile(lost.id, ctx);
    expect(proven.state).toBe('reconciled-not-applied');
    const before = sb.control.log().length;
    const again = await sp.executor.execute({ ...intents.fundCustomer('7.77'), retryOf: lost.id }, ctx);
    expect(again).toMatchObject({ state: 'done', retryOf: lost.id });
    expect(sb.control.log().length).toBe(before + 1);
    await expect(sp.executor.execute({ ...intents.fundCustomer('7.77'), retryOf: lost.id }, ctx)).rejects.toMatchObject({ code: 'MONEY_RETRY_NOT_ALLOWED' });
  });
});
