// The double-spend holes of issue #11, attacked from outside through the router and its gates
// against the sandbox over real HTTP, on a world clock that moves with real time and jumps
// past the production settle time. Each case moved money twice before the write engine.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../shared/contract';
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import type { MoneyPreview } from '../../../shared/contract/channels/money';
import { EventBus } from '../../../electron/core/event-bus';
import { OperationsStore } from '../../../electron/core/infra/journal/operations-store';
import { createMoneyRuntime, type MoneyRuntime } from '../../../electron/core/money/runtime';
import { effectiveSettleMs } from '../../../electron/core/infra/writes/reconcile';
import { DEMO_SP, startSandbox, type FaultSpec, type RunningSandbox } from '../../../electron/sandbox/index';
import type { WorldClock } from '../../support/world-clock';
import { SESSION_TIMEOUT_MS, clockFor, moneyRouter, resaleCustomer, sessionFor } from './harness';

const ctx: CallContext = { transport: 'test', operator: 'alice' };
const SETTLE_MS = effectiveSettleMs({ clientTimeoutMs: SESSION_TIMEOUT_MS });
const API = 'UpdateCustomerAccountAmount';

let sb: RunningSandbox;
let clock: WorldClock;
let runtime: MoneyRuntime;
let operations: OperationsStore;
let closeSession: () => void;
let call: ReturnType<typeof moneyRouter>['call'];
let customer: string;
let n = 0;

beforeAll(async () => {
  sb = await startSandbox({ customers: 100, seed: 21, rateLimits: false });
  clock = clockFor(sb);
  const s = sessionFor(sb, mkdtempSync(join(tmpdir(), 'pd-holes-')), DEMO_SP, clock);
  closeSession = s.close;
  operations = new OperationsStore(s.sessions);
  runtime = createMoneyRuntime({ sessions: s.sessions, events: new EventBus(), operations, reconcile: { now: clock.now, clientTimeoutMs: SESSION_TIMEOUT_MS } });
  call = moneyRouter(runtime).call;
  customer = resaleCustomer(sb, DEMO_SP.domainId);
  await runtime.require().startup;
});
afterEach(() => {
  sb.control.clearFaults();
  sb.control.clearRecordLags();
  clock.skewServer(0);
});
afterAll(async () => {
  runtime?.dispose();
  operations?.dispose();
  closeSession?.();
  await sb?.close();
});

/** A fresh amount per case, so no case's records explain another's. */
const intent = (extra: { retryOf?: string } = {}) => ({ operation: 'fundCustomer' as const, counterpartyId: customer, amount: `${++n}.07`, ...extra });
const preview = (i: unknown) => call<MoneyPreview>('money.preview', i, ctx);
const execute = (i: unknown) => call<JournalEntryView>('money.execute', i, ctx);
const reconcile = (id: string) => call<JournalEntryView>('activity.reconcile', { id }, ctx);

async function send(fault: Omit<FaultSpec, 'operation' | 'times'> | null, i = intent()): Promise<{ entry: JournalEntryView; amount: string }> {
  if (fault) sb.control.addFault({ operation: API, times: 1, ...fault });
  const p = await preview(i);
  const entry = await execute({ ...i, confirmation: p.confirmation });
  sb.control.clearFaults();
  return { entry, amount: i.amount };
}

/** Send again: preview the re-send of `id` and execute it with that confirmation. */
async function sendAgain(old: JournalEntryView): Promise<JournalEntryView> {
  const i = { operation: old.operation, counterpartyId: old.counterpartyId, amount: old.amount, retryOf: old.id };
  const p = await preview(i);
  return execute({ ...i, confirmation: p.confirmation });
}

const appliedFor = (amount: string, since: number) => sb.control.log().slice(since).filter((l) => l.amount === amount);

describe('hole 2: a bare 4xx after the server applied is not a refusal', () => {
  for (const body of ['none', 'html'] as const) {
    it(`HTTP 400 with ${body === 'none' ? 'an empty body' : 'a gateway HTML page'} after commit: unknown, Send again refused, reconciled as applied`, async () => {
      const since = sb.control.log().length;
      const { entry, amount } = await send({ kind: 'error-after-commit', status: 400, body });
      expect(entry.state).toBe('unknown');
      await expect(sendAgain(entry)).rejects.toMatchObject({ code: 'MONEY_RETRY_NOT_ALLOWED' });
      const r = await reconcile(entry.id);
      expect(r.state).toBe('reconciled-done');
      expect(appliedFor(amount, since)).toHaveLength(1);
      expect(r.transId).toBe(appliedFor(amount, since)[0]!.transId);
    });
  }
});

describe('hole 3: "not applied" is never concluded from records the match window could not see', () => {
  for (const offsetMin of [-10, 10]) {
    it(`server clock ${offsetMin > 0 ? 'ahead' : 'behind'} by 10 minutes, answer dropped after commit: reconciled as applied, the offset measured from Date`, async () => {
      clock.skewServer(offsetMin * 60_000);
      const since = sb.control.log().length;
      const { entry, amount } = await send({ kind: 'drop-after-commit' });
      expect(entry.state).toBe('unknown');
      clock.advance(65_000);
      const r = await reconcile(entry.id);
      expect(r.state).toBe('reconciled-done');
      expect(r.transId).toBe(appliedFor(amount, since)[0]!.transId);
      expect(Math.abs(r.evidence!.serverOffsetMs! - offsetMin * 60_000)).toBeLessThan(5_000);
    });
  }

  it('records that show 2 minutes late: undecided before the settle time, applied after it; never re-sent', async () => {
    sb.control.setRecordLag({ operation: API, seconds: 120 });
    const since = sb.control.log().length;
    const { entry, amount } = await send({ kind: 'drop-after-commit' });
    clock.advance(65_000);
    expect((await reconcile(entry.id)).state).toBe('unknown');
    await expect(sendAgain(entry)).rejects.toMatchObject({ code: 'MONEY_RETRY_NOT_ALLOWED' });
    clock.advance(SETTLE_MS);
    expect((await reconcile(entry.id)).state).toBe('reconciled-done');
    expect(appliedFor(amount, since)).toHaveLength(1);
  });

  it('the server applies after the client gave up (delay beyond the timeout): found, not re-sent', async () => {
    const since = sb.control.log().length;
    const { entry, amount } = await send({ kind: 'delay', delayMs: SESSION_TIMEOUT_MS + 500 });
    expect(entry.state).toBe('unknown');
    // Reconciling before the server finished: too early to say anything but "applied".
    expect((await reconcile(entry.id)).state).toBe('unknown');
    await new Promise((r) => setTimeout(r, 800));
    clock.advance(SETTLE_MS);
    expect((await reconcile(entry.id)).state).toBe('reconciled-done');
    expect(appliedFor(amount, since)).toHaveLength(1);
  });
});

describe('"Send again" reads the evidence once more just before it sends', () => {
  it('a record later than the settle time: the entry was concluded not applied, Send again finds it and sends nothing', async () => {
    sb.control.setRecordLag({ operation: API, seconds: Math.ceil((SETTLE_MS + 120_000) / 1000) });
    const since = sb.control.log().length;
    const { entry, amount } = await send({ kind: 'drop-after-commit' });
    clock.advance(SETTLE_MS + 1000);
    expect((await reconcile(entry.id)).state).toBe('reconciled-not-applied');
    clock.advance(150_000);
    await expect(sendAgain(entry)).rejects.toMatchObject({ code: 'MONEY_RETRY_APPLIED_LATE' });
    const after = (await runtime.require().executor.journal.require(entry.id));
    expect(after).toMatchObject({ state: 'reconciled-done', evidence: { lateRecord: true } });
    expect(after.transId).toBe(appliedFor(amount, since)[0]!.transId);
    expect(appliedFor(amount, since)).toHaveLength(1);
  });

  it('an entry proven not applied (lost before commit) is sent again once, linked to it', async () => {
    const since = sb.control.log().length;
    const { entry, amount } = await send({ kind: 'error-before-commit', status: 503 });
    clock.advance(SETTLE_MS + 1000);
    expect((await reconcile(entry.id)).state).toBe('reconciled-not-applied');
    const again = await sendAgain(entry);
    expect(again).toMatchObject({ state: 'done', retryOf: entry.id });
    await expect(sendAgain(entry)).rejects.toMatchObject({ code: 'MONEY_RETRY_NOT_ALLOWED' });
    expect(appliedFor(amount, since)).toHaveLength(1);
  });
});
