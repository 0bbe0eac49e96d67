// The journal belongs to the partner account (site + domain id), not to a profile: deleting a
// profile with unresolved entries is refused, and a profile created again for the same account
// sees the same journal (its duplicate guard and claims). Plans' write channels are gated too.
// Through the whole app core and its router, against the sandbox over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalPage } from '../../../shared/contract/channels/activity';
import { createAppCore, type AppCore } from '../../../electron/core/app-core';
import { createConfSettings } from '../../../electron/core/settings/conf-settings';
import { createMemoryVault } from '../../../electron/core/infra/vault/memory-vault';
import { DEMO_SP, startBuiltInSandbox, startSandbox, type RunningSandbox } from '../../../electron/sandbox';
import { resaleCustomer } from './harness';

const ctx = { transport: 'test' as const, operator: 'alice' };
let sb: RunningSandbox;
let core: AppCore;
let dataDir: string;

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const r = await core.router.invoke(channel, input, ctx);
  if (!r.ok) throw r.error;
  return r.value as T;
}

const profileInput = (name: string) => ({ name, site: 'custom', endpoint: sb.url, ak: DEMO_SP.ak, domainId: DEMO_SP.domainId, role: 'SP', sk: DEMO_SP.sk });

beforeAll(async () => {
  sb = await startSandbox({ customers: 100, seed: 31, rateLimits: false });
  dataDir = mkdtempSync(join(tmpdir(), 'pd-account-journal-'));
  core = await createAppCore({ dataDir, version: '0.0.0-test', host: 'web', settings: createConfSettings(dataDir), profiles: { vault: createMemoryVault(), sandbox: startBuiltInSandbox } });
});
afterAll(async () => {
  await core?.dispose();
  await sb?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the journal of a partner account', () => {
  let firstId: string;
  let unresolvedId: string;

  it('a profile with an unresolved operation cannot be deleted', async () => {
    firstId = (await call<{ id: string }>('profiles.create', profileInput('SP desk'))).id;
    await call('profiles.activate', { id: firstId });
    const i = { operation: 'fundCustomer', counterpartyId: resaleCustomer(sb, DEMO_SP.domainId), amount: '8.08' };
    const p = await call<{ confirmation: string }>('money.preview', i);
    sb.control.addFault({ operation: 'UpdateCustomerAccountAmount', kind: 'error-before-commit', status: 503, times: 1 });
    const entry = await call<{ id: string; state: string }>('money.execute', { ...i, confirmation: p.confirmation });
    expect(entry.state).toBe('unknown');
    unresolvedId = entry.id;
    await expect(call('profiles.delete', { id: firstId })).rejects.toMatchObject({ code: 'PROFILE_HAS_UNRESOLVED' });
    expect((await call<{ profiles: { id: string }[] }>('profiles.list')).profiles.map((x) => x.id)).toContain(firstId);
  });

  it('a second profile for the same account sees the same journal, and its duplicate guard', async () => {
    const secondId = (await call<{ id: string }>('profiles.create', profileInput('SP desk, again'))).id;
    await call('profiles.activate', { id: secondId });
    const page = await call<JournalPage>('activity.list', { filters: {}, offset: 0, limit: 50 });
    expect(page.entries.map((e) => e.id)).toContain(unresolvedId);
    const same = page.entries.find((e) => e.id === unresolvedId)!;
    const i = { operation: same.operation, counterpartyId: same.counterpartyId, amount: same.amount };
    const p = await call<{ confirmation: string }>('money.preview', i);
    const before = sb.control.log().length;
    await expect(call('money.execute', { ...i, confirmation: p.confirmation })).rejects.toMatchObject({ code: 'MONEY_UNRESOLVED_DUPLICATE' });
    expect(sb.control.log().length).toBe(before);
  });

  it('plans.execute and plans.reconcile are refused while the endpoint is unreachable', async () => {
    core.events.emit('app.connectivity', { online: false, since: new Date().toISOString(), endpoint: sb.url });
    await expect(call('plans.execute', { id: 'any-plan' })).rejects.toMatchObject({ code: 'MONEY_OFFLINE' });
    await expect(call('plans.reconcile', { id: 'any-plan' })).rejects.toMatchObject({ code: 'MONEY_OFFLINE' });
    await expect(call('activity.reconcileAll')).rejects.toMatchObject({ code: 'MONEY_OFFLINE' });
    core.events.emit('app.connectivity', { online: true, since: new Date().toISOString(), endpoint: sb.url });
    await expect(call('plans.execute', { id: 'any-plan' })).rejects.toMatchObject({ code: 'PLAN_NOT_FOUND' });
  });
});
