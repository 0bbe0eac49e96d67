// A T1 reclaims from one of its T2's customers end to end, as the Funding screen sends it:
// preview → confirmation → execute with indirect_partner_id; the money goes back to that T2,
// the journal records the T2, and a lost answer is reconciled from the T2's adjust records.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../../../electron/core/event-bus';
import { OperationsStore } from '../../../electron/core/infra/journal/operations-store';
import { createMoneyRuntime, type MoneyRuntime } from '../../../electron/core/money/runtime';
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import type { MoneyPreview } from '../../../shared/contract/channels/money';
import { DEMO_SP, DEMO_T1, DEMO_T2S, startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { clockFor, moneyRouter, resaleCustomer, SESSION_TIMEOUT_MS, sessionFor } from './harness';
import type { WorldClock } from '../../support/world-clock';

let sb: RunningSandbox;
let runtime: MoneyRuntime;
let operations: OperationsStore;
let closeSession: () => void;
let call: ReturnType<typeof moneyRouter>['call'];
const t2 = DEMO_T2S[0]!.domainId;
let customer: string;
let clock: WorldClock;

const cash = (owner: string) => sb.control.sandbox.world.store.partners.get(owner)!.cash.toFixed(2);
const balanceOf = (id: string) => sb.control.sandbox.world.store.customers.find((c) => c.id === id)!.balance!.toFixed(2);

beforeAll(async () => {
  sb = await startSandbox({ customers: 200, seed: 13, rateLimits: false });
  clock = clockFor(sb);
  const s = sessionFor(sb, mkdtempSync(join(tmpdir(), 'pd-reclaim-t2c-')), DEMO_T1, clock);
  closeSession = s.close;
  operations = new OperationsStore(s.sessions);
  runtime = createMoneyRuntime({ sessions: s.sessions, events: new EventBus(), operations, reconcile: { now: clock.now, clientTimeoutMs: SESSION_TIMEOUT_MS } });
  call = moneyRouter(runtime).call;
  customer = resaleCustomer(sb, t2);
});
afterAll(async () => {
  runtime?.dispose();
  operations?.dispose();
  closeSession?.();
  await sb?.close();
});

describe("reclaiming from a T2's customer (T1)", () => {
  it('previews the customer paying and the T2 receiving, and sends indirect_partner_id', async () => {
    const intent = { operation: 'reclaimCustomer' as const, counterpartyId: customer, indirectPartnerId: t2, amount: '7.50' };
    const customerBefore = balanceOf(customer);
    const t2Before = cash(t2);
    const t1Before = cash(DEMO_T1.domainId);
    const p = await call<MoneyPreview>('money.preview', intent);
    expect(p.indirectPartnerId).toBe(t2);
    expect(p.from).toMatchObject({ kind: 'customer', id: customer });
    expect(p.to).toMatchObject({ kind: 't2', id: t2 });
    const entry = await call<JournalEntryView>('money.execute', { ...intent, confirmation: p.confirmation });
    expect(entry).toMatchObject({ state: 'done', operation: 'reclaimCustomer', indirectPartnerId: t2, amount: '7.50' });
    expect(balanceOf(customer)).toBe((Number(customerBefore) - 7.5).toFixed(2));
    // The money returns to the T2 whose customer it is, not to the T1.
    expect(cash(t2)).not.toBe(t2Before);
    expect(cash(DEMO_T1.domainId)).toBe(t1Before);
    const last = sb.control.log().at(-1)!;
    expect(last).toMatchObject({ operation: 'ReclaimToPartnerAccount', customerId: customer });
  });

  it('answer lost after the server applied: unknown, then reconciled as applied from the T2’s adjust records, sent once', async () => {
    const intent = { operation: 'reclaimCustomer' as const, counterpartyId: customer, indirectPartnerId: t2, amount: '3.21' };
    const since = sb.control.log().length;
    sb.control.addFault({ operation: 'ReclaimToPartnerAccount', kind: 'drop-after-commit', times: 1 });
    const p = await call<MoneyPreview>('money.preview', intent);
    const entry = await call<JournalEntryView>('money.execute', { ...intent, confirmation: p.confirmation });
    sb.control.clearFaults();
    expect(entry.state).toBe('unknown');
    clock.advance(65_000);
    const r = await call<JournalEntryView>('activity.reconcile', { id: entry.id });
    const applied = sb.control.log().slice(since).filter((l) => l.amount === '3.21');
    expect(applied).toHaveLength(1);
    expect(r).toMatchObject({ state: 'reconciled-done', transId: applied[0]!.transId });
  });

  it('without the T2 the customer is not found in the T1’s own scope (nothing sent)', async () => {
    const before = sb.control.log().length;
    await expect(call('money.preview', { operation: 'reclaimCustomer', counterpartyId: customer, amount: '1.00' })).rejects.toMatchObject({ code: 'MONEY_CUSTOMER_UNKNOWN' });
    expect(sb.control.log().length).toBe(before);
  });

  it('an SP cannot name a T2 (T1 only)', async () => {
    const s = sessionFor(sb, mkdtempSync(join(tmpdir(), 'pd-reclaim-sp-')), DEMO_SP);
    const ops = new OperationsStore(s.sessions);
    const rt = createMoneyRuntime({ sessions: s.sessions, events: new EventBus(), operations: ops });
    try {
      const spCustomer = resaleCustomer(sb, DEMO_SP.domainId);
      await expect(moneyRouter(rt).call('money.preview', { operation: 'reclaimCustomer', counterpartyId: spCustomer, indirectPartnerId: t2, amount: '1.00' }))
        .rejects.toMatchObject({ code: 'MONEY_T1_ONLY' });
    } finally {
      rt.dispose();
      ops.dispose();
      s.close();
    }
  });
});
