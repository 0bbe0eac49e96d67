// The money channels as the renderer reaches them: nothing is sent without the confirmation
// of a preview of exactly that intent, and nothing while offline.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../shared/contract';
import { EventBus } from '../../../electron/core/event-bus';
import { OperationsStore } from '../../../electron/core/journal/operations-store';
import { createMoneyRuntime, type MoneyRuntime } from '../../../electron/core/money/runtime';
import { activityHandlers } from '../../../electron/core/services/money/activity-handlers';
import { moneyHandlers } from '../../../electron/core/services/money/money-handlers';
import { DEMO_SP, startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { resaleCustomer, sessionFor } from './harness';

const ctx: CallContext = { transport: 'test', operator: 'alice' };
let sb: RunningSandbox;
let runtime: MoneyRuntime;
let events: EventBus;
let money: ReturnType<typeof moneyHandlers>;
let activity: ReturnType<typeof activityHandlers>;
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
  money = moneyHandlers(runtime);
  activity = activityHandlers(runtime);
  customer = resaleCustomer(sb, DEMO_SP.domainId);
});
afterAll(async () => {
  runtime?.dispose();
  operations?.dispose();
  closeSession?.();
  await sb?.close();
});

const intent = () => ({ operation: 'fundCustomer' as const, counterpartyId: customer, amount: '12.34' });

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
