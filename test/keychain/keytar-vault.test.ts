// Against the real Secret Service (gnome-keyring on a private D-Bus, scripts/with-keyring.sh).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import keytar from 'keytar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeytarVault } from '../../electron/core/infra/vault/keytar-vault';
import { VAULT_SERVICE } from '../../electron/core/infra/vault/vault';
import { createAppCore, type AppCore } from '../../electron/core/app-core';
import { createConfSettings } from '../../electron/core/settings/conf-settings';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const probe = join(import.meta.dirname, 'fixtures/vault-probe.ts');

async function probeWith(env: NodeJS.ProcessEnv) {
  const { stdout } = await run(tsx, [probe], { cwd: root, env, timeout: 20_000 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, { ok: boolean; code?: string; details?: Record<string, unknown>; state?: string; reason?: string }>;
}

describe('the keytar vault on a real Secret Service', () => {
  const vault = createKeytarVault();
  const account = `test-${randomBytes(6).toString('hex')}`;
  afterAll(async () => {
    await keytar.deletePassword(VAULT_SERVICE, account).catch(() => false);
  });

  it('runs inside a keyring session (scripts/with-keyring.sh)', async () => {
    expect(process.env.DBUS_SESSION_BUS_ADDRESS).toBeTruthy();
    expect(await vault.status()).toEqual({ state: 'available', backend: 'keytar' });
  });

  it('stores a secret under service "Partner Desk", account = profile id, and reads it back', async () => {
    await vault.setSecret(account, 'first-secret-value');
    expect(await vault.getSecret(account)).toBe('first-secret-value');
    expect(await keytar.getPassword('Partner Desk', account)).toBe('first-secret-value');
  });

  it('replaces the secret in place', async () => {
    await vault.setSecret(account, 'second-secret-value');
    expect(await vault.getSecret(account)).toBe('second-secret-value');
    const mine = (await keytar.findCredentials(VAULT_SERVICE)).filter((c) => c.account === account);
    expect(mine).toHaveLength(1);
  });

  it('deletes it, after which reading gives null and deleting again reports nothing deleted', async () => {
    expect(await vault.deleteSecret(account)).toBe(true);
    expect(await vault.getSecret(account)).toBeNull();
    expect(await vault.deleteSecret(account)).toBe(false);
  });
});

describe('profiles through the app core with the real keychain', () => {
  let dataDir: string;
  let core: AppCore;
  const sk = `kc-${randomBytes(12).toString('hex')}`;
  const ctx = { transport: 'test' as const, operator: 'tester' };
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pd-keychain-'));
    core = await createAppCore({ dataDir, version: '0.0.0-test', host: 'web', settings: createConfSettings(dataDir) });
  });
  afterAll(async () => {
    await core.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the SK in the keychain and nowhere in the data folder, and removes it with the profile', async () => {
    const created = await core.router.invoke(
      'profiles.create',
      { name: 'Keychain check', site: 'intl', ak: 'HPUAKEYCHAINTEST0001', domainId: '0a7c0f2b51d84a6e9c3f1d2e5b6a7c80', role: 'SP', sk, verify: false },
      ctx,
    );
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: string } }).value.id;
    expect(await keytar.getPassword(VAULT_SERVICE, id)).toBe(sk);

    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    })(dataDir);
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toContain(sk);

    expect((await core.router.invoke('profiles.delete', { id }, ctx)).ok).toBe(true);
    expect(await keytar.getPassword(VAULT_SERVICE, id)).toBeNull();
  });
});

describe('without a usable keychain', () => {
  it('maps "bus address points nowhere" to KEYCHAIN_UNAVAILABLE (bus-unreachable) and stores nothing', async () => {
    const out = await probeWith({ ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/partner-desk-bus' });
    expect(out.status).toMatchObject({ state: 'unavailable', reason: 'bus-unreachable' });
    expect(out.set).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE', details: { reason: 'bus-unreachable', operation: 'store' } });
    expect(out.get).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
    expect(JSON.stringify(out)).not.toContain('probe-secret-value');
  });

  it('maps "no D-Bus session and no X11" to KEYCHAIN_UNAVAILABLE (no-session-bus)', async () => {
    const env = { ...process.env };
    delete env.DBUS_SESSION_BUS_ADDRESS;
    delete env.DISPLAY;
    const out = await probeWith(env);
    expect(out.set).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE', details: { reason: 'no-session-bus' } });
  });
});
