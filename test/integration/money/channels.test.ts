// The money channels as the renderer reaches them, through the router and its gates: nothing
// is sent without the confirmation of a preview of exactly that intent, a confirmation moves
// money once, and nothing is sent while offline or from outside a gated channel.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../shared/contract';
import { EventBus } from '../../../electron/core/event-bus';
import { OperationsStore } from '../../../electron/core/infra/journal/operations-store';
import { createMoneyRuntime, type MoneyRuntime } from '../../../electron/core/money/runtime';
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import type { MoneyPreview } from '../../../shared/contract/channels/money';
import { DEMO_SP, startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { moneyRouter, resaleCustomer, sessionFor } from './harness';

const ctx: CallContext = { transport: 'test', operator: 'alice' };
let sb: RunningSandbox;
let runtime: MoneyRuntime;
let events: EventBus;
let call: ReturnType<typeof moneyRouter>['call'];
let customer: string;
let closeSession: () => void;
let operations: OperationsStore;

beforeAll(async () => {
  sb = await startSandbox({ customers: 100, seed: 9, rateLimits: false });
  const s = sessionFor(sb, mkdtempSync(join(tmpdir(), 'pd-money-ch-')));
  closeSession = s.close;
  events = new EventBus();
  operations = new OperationsStore(s.sessions);
  runtime = createMoneyRuntime({ sessions: s.sessions, events, operations });
  call = moneyRouter(runtime).call;
  customer = resaleCustomer(sb, DEMO_SP.domainId);
});
afterAll(async () => {
  runtime?.dispose();
  operations?.dispose();
  closeSession?.();
  await sb?.close();
});

const intent = () => ({ operation: 'fundCustomer' as const, counterpartyId: customer, amount: '12.34' });
const money = {
  preview: (i: unknown, c: CallContext) => call<MoneyPreview>('money.preview', i, c),
  execute: (i: unknown, c: CallContext) => call<JournalEntryView>('money.execute', i, c),
};
const activity = {
  list: (i: unknown, c: CallContext) => call<{ entries: JournalEntryView[] }>('activity.list', i, c),
  reconcileAll: (i: unknown, c: CallContext) => call('activity.reconcileAll', i, c),
  export: (i: unknown, c: CallContext) => call<{ base64: string }>('activity.export', i, c),
};

describe('money channels', () => {
  it('preview validates and returns balances before and after with a confirmation token', async () => {
    const p = await money.preview(intent(), ctx);
    expect(p.amount).toBe('12.34');
    expect(p.confirmation).toMatch(/^v1\./);
    expect(p.to.kind).toBe('customer');
  });

  it('execute refuses a missing, forged or mismatched confirmation and sends nothing', async () => {
    const before = sb.control.log().length;
    const p = await money.preview(intent(), ctx);
    await expect(money.execute(intent(), ctx)).rejects.toMatchObject({ code: 'MONEY_CONFIRMATION_REQUIRED' });
    await expect(money.execute({ ...intent(), confirmation: 'v1.1.x' }, ctx)).rejects.toMatchObject({ code: 'MONEY_CONFIRMATION_MISMATCH' });
    await expect(money.execute({ ...intent(), amount: '12.35', confirmation: p.confirmation }, ctx)).rejects.toMatchObject({ code: 'MONEY_CONFIRMATION_MISMATCH' });
    expect(sb.control.log().length).toBe(before);
  });

  it('execute with the confirmed preview journals the operator and sends exactly once', async () => {
    const before = sb.control.log().length;
    const p = await money.preview(intent(), ctx);
    const entry = await money.execute({ ...intent(), confirmation: p.confirmation }, ctx);
    expect(entry).toMatchObject({ state: 'done', operator: 'alice', amount: '12.34' });
    expect(sb.control.log().length).toBe(before + 1);
    const page = await activity.list({ filters: {}, offset: 0, limit: 10 }, ctx);
    expect(page.entries[0]?.id).toBe(entry.id);
  });

  it('a confirmation moves money once: replayed after success it is refused, and nothing is sent', async () => {
    const p = await money.preview(intent(), ctx);
    const before = sb.control.log().length;
    await money.execute({ ...intent(), confirmation: p.confirmation }, ctx);
    await expect(money.execute({ ...intent(), confirmation: p.confirmation }, ctx)).rejects.toMatchObject({ code: 'MONEY_CONFIRMATION_USED' });
    expect(sb.control.log().length).toBe(before + 1);
  });

  it('a confirmation sent by two concurrent calls is used by exactly one of them', async () => {
    const p = await money.preview({ ...intent(), amount: '3.21' }, ctx);
    const before = sb.control.log().length;
    const results = await Promise.allSettled([1, 2, 3].map(() => money.execute({ ...intent(), amount: '3.21', confirmation: p.confirmation }, ctx)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['MONEY_CONFIRMATION_USED', 'MONEY_CONFIRMATION_USED']);
    expect(sb.control.log().length).toBe(before + 1);
  });

  it('a write reached from outside a gated channel is refused before anything is journaled or sent', async () => {
    const before = sb.control.log().length;
    const journaled = (await runtime.require().executor.journal.list({}, 0, 1000)).total;
    await expect(runtime.require().executor.execute({ ...intent(), amount: '4.44' }, { operator: 'mallory' })).rejects.toMatchObject({ code: 'MONEY_GATE_MISSING' });
    expect(sb.control.log().length).toBe(before);
    expect((await runtime.require().executor.journal.list({}, 0, 1000)).total).toBe(journaled);
  });

  it('under a four-eyes limit, a single operation above it is refused before sending; one at the limit goes', async () => {
    const limited = moneyRouter(runtime, undefined, '20.00').call;
    const before = sb.control.log().length;
    const big = { ...intent(), amount: '20.01' };
    const p = await money.preview(big, ctx);
    await expect(limited('money.execute', { ...big, confirmation: p.confirmation }, ctx)).rejects.toMatchObject({ code: 'MONEY_APPROVAL_REQUIRED' });
    // The refusal did not use up the confirmation: without the limit, the same one goes.
    await expect(money.execute({ ...big, confirmation: p.confirmation }, ctx)).resolves.toMatchObject({ state: 'done' });
    const atLimit = { ...intent(), amount: '20.00' };
    const q = await money.preview(atLimit, ctx);
    await expect(limited('money.execute', { ...atLimit, confirmation: q.confirmation }, ctx)).resolves.toMatchObject({ state: 'done' });
    expect(sb.control.log().length).toBe(before + 2);
  });

  it('refuses tier-1 operations for a solution provider', async () => {
    await expect(money.preview({ operation: 'fundT2', counterpartyId: 'x', amount: '1' }, ctx)).rejects.toMatchObject({ code: 'MONEY_T1_ONLY' });
  });

  it('refuses money operations and reconciliation while the endpoint is unreachable', async () => {
    events.emit('app.connectivity', { online: false, since: new Date().toISOString(), endpoint: sb.url });
    await expect(money.preview(intent(), ctx)).rejects.toMatchObject({ code: 'MONEY_OFFLINE' });
    await expect(activity.reconcileAll(undefined, ctx)).rejects.toMatchObject({ code: 'MONEY_OFFLINE' });
    events.emit('app.connectivity', { online: true, since: new Date().toISOString(), endpoint: sb.url });
    await expect(money.preview(intent(), ctx)).resolves.toMatchObject({ amount: '12.34' });
  });

  it('exports the journal as CSV with a BOM and as XLSX', async () => {
    const csv = await activity.export({ format: 'csv', filters: {}, language: 'zh-CN' }, ctx);
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF序号,')).toBe(true);
    expect(text).toContain('12.34');
    const xlsx = await activity.export({ format: 'xlsx', filters: {}, language: 'en' }, ctx);
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});
