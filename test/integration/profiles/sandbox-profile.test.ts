// Profiles against the real in-process sandbox over HTTP, signed by the real client.
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/core/app-core';
import { createConfSettings } from '../../../electron/core/settings/conf-settings';
import { createMemoryVault } from '../../../electron/core/infra/vault/memory-vault';
import { DEMO_T1, startBuiltInSandbox } from '../../../electron/sandbox';
import type { Envelope } from '../../../shared/contract';
import type { ConnectionResult, ProfilesList } from '../../../shared/contract/channels/profiles';

const ctx = { transport: 'test' as const, operator: 'tester' };

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('the built-in Sandbox profile and real connection checks', () => {
  let dataDir: string;
  let core: AppCore;
  const vault = createMemoryVault();
  const invoke = (channel: string, input?: unknown) => core.router.invoke(`profiles.${channel}`, input, ctx) as Promise<Envelope>;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pd-sbx-'));
    core = await createAppCore({ dataDir, version: '0.0.0-test', host: 'web', settings: createConfSettings(dataDir), profiles: { vault, sandbox: startBuiltInSandbox } });
  });
  afterAll(async () => {
    await core.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('works with no setup: active on first start, Test connection shows the demo T1 balances', async () => {
    const list = (await invoke('list')) as { ok: true; value: ProfilesList };
    const sandbox = list.value.profiles[0]!;
    expect(sandbox).toMatchObject({ id: 'sandbox', active: true, role: 'T1', domainId: DEMO_T1.domainId, akMasked: 'SBXT****0001' });
    expect(sandbox.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const check = (await invoke('testConnection')) as { ok: true; value: ConnectionResult };
    expect(check.ok).toBe(true);
    expect(check.value.balances.length).toBeGreaterThan(0);
    expect(check.value.balances.every((b) => /^-?\d+(\.\d+)?$/.test(b.amount))).toBe(true);
  });

  it('a wrong SK against a real endpoint is HTTP 401, mapped, and saves nothing', async () => {
    const endpoint = ((await invoke('list')) as { ok: true; value: ProfilesList }).value.profiles[0]!.endpoint;
    const reply = await invoke('create', { name: 'Wrong SK', site: 'custom', endpoint, ak: DEMO_T1.ak, domainId: DEMO_T1.domainId, role: 'T1', sk: 'definitely-not-the-sk' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('PROFILE_SK_REJECTED');
      expect(reply.error.messages['zh-CN']).toContain('401');
    }
    expect(vault.ids()).toEqual([]);
    expect(((await invoke('list')) as { ok: true; value: ProfilesList }).value.profiles).toHaveLength(2);
  });

  it('an endpoint nobody listens on is "unreachable", and saves nothing', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const reply = await invoke('create', { name: 'Nobody home', site: 'custom', endpoint, ak: DEMO_T1.ak, domainId: DEMO_T1.domainId, role: 'T1', sk: DEMO_T1.sk });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('PROFILE_ENDPOINT_UNREACHABLE');
      expect(reply.error.messages.en).toContain(endpoint);
    }
    expect(vault.ids()).toEqual([]);
  });

  it('the demo credentials against the sandbox as a custom profile: saved, switchable, and the sandbox stops when left', async () => {
    const endpoint = ((await invoke('list')) as { ok: true; value: ProfilesList }).value.profiles[0]!.endpoint;
    const created = await invoke('create', { name: 'Sandbox as custom', site: 'custom', endpoint, ak: DEMO_T1.ak, domainId: DEMO_T1.domainId, role: 'T1', sk: DEMO_T1.sk, verify: true });
    expect(created.ok).toBe(true);
    const id = (created as { ok: true; value: { id: string } }).value.id;
    // Switching away stops the built-in sandbox, so this profile's endpoint is now unreachable.
    expect((await invoke('activate', { id })).ok).toBe(true);
    const check = await invoke('testConnection');
    expect(check.ok ? 'ok' : check.error.code).toBe('PROFILE_ENDPOINT_UNREACHABLE');
    expect((await invoke('activate', { id: 'sandbox' })).ok).toBe(true);
    expect((await invoke('testConnection')).ok).toBe(true);
  });
});
