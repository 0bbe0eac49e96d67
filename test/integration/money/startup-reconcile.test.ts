// After a crash or kill, the next start reconciles every unresolved entry from the partner's
// adjust records, before anyone can send again — and re-sends nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalPath, openJournalDb } from '../../../electron/core/infra/journal/database';
import { Journal } from '../../../electron/core/infra/journal/journal';
import { OperationsStore } from '../../../electron/core/infra/journal/operations-store';
import { createMoneyRuntime } from '../../../electron/core/money/runtime';
import { EventBus } from '../../../electron/core/event-bus';
import { DEMO_SP, startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { SETTLE_MS, clockFor, resaleCustomer, sessionFor } from './harness';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox({ customers: 100, seed: 5, rateLimits: false });
});
afterAll(async () => {
  await sb?.close();
});

describe('start-up reconciliation', () => {
  it('resolves entries a killed process left pending or sent, from the adjust records, without re-sending', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-money-start-'));
    const customer = resaleCustomer(sb, DEMO_SP.domainId);
    const base = { operator: 'alice', profileId: 'p-SP', profileName: 'SP', operation: 'fundCustomer' as const, counterpartyId: customer, currency: 'CNY' };

    // The previous run: one entry sent and applied by Huawei, then killed before the answer
    // was recorded; one sent but never applied; one killed before it was sent at all.
    const before = sessionFor(sb, dir);
    const db = openJournalDb(journalPath(dir));
    const old = new Journal(db);
    const applied = old.begin({ ...base, amount: '11.11' });
    old.append(applied.id, { state: 'sent', operator: 'alice' });
    await before.session.api.funding.updateCustomerAccountAmount({ customer_id: customer, amount: '11.11' });
    const lost = old.begin({ ...base, amount: '22.22' });
    old.append(lost.id, { state: 'sent', operator: 'alice' });
    const neverSent = old.begin({ ...base, amount: '33.33' });
    db.close();
    before.close();
    const logBefore = sb.control.log().length;

    const clock = clockFor(sb);
    const start = () => {
      const { sessions, close } = sessionFor(sb, dir);
      const operations = new OperationsStore(sessions);
      const runtime = createMoneyRuntime({ sessions, events: new EventBus(), operations, reconcile: { now: clock.now, clientTimeoutMs: 2000 } });
      return { runtime, stop: () => { runtime.dispose(); operations.dispose(); close(); } };
    };

    // Restarted at once: what is applied is found; what is missing may still appear.
    const first = start();
    await first.runtime.require().startup;
    let journal = first.runtime.require().executor.journal;
    expect((await journal.require(applied.id))).toMatchObject({ state: 'reconciled-done', operator: 'alice' });
    expect((await journal.require(applied.id)).transId).toBe(sb.control.log().at(-1)?.transId);
    expect((await journal.require(lost.id))).toMatchObject({ state: 'unknown', evidence: { undecided: expect.stringMatching(/too early/) } });
    first.stop();

    // Started again after the settle time: the missing one is proven not applied.
    clock.advance(SETTLE_MS + 1000);
    const { runtime, stop } = start();
    await runtime.require().startup;
    journal = runtime.require().executor.journal;
    expect((await journal.require(lost.id)).state).toBe('reconciled-not-applied');
    expect((await journal.require(neverSent.id))).toMatchObject({ state: 'reconciled-not-applied', evidence: { neverSent: true } });
    expect((await journal.require(applied.id)).events.at(-1)?.operator).toBe('Partner Desk');
    expect(sb.control.log().length).toBe(logBefore);
    stop();
  });
});
