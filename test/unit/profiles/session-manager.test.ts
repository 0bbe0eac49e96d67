import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/infra/logging/logger';
import { createSessionManager } from '../../../electron/core/infra/session';
import { vaultCredentials } from '../../../electron/core/infra/session/credentials';
import { createMemoryVault } from '../../../electron/core/infra/vault/memory-vault';
import { AppError } from '../../../shared/contract/errors';
import type { ProfileView } from '../../../shared/contract/channels/profiles';
import { fakeApi } from './fakes';

const nullApi = () => ({ api: fakeApi({}), close: () => undefined });
const view = (id: string): ProfileView => ({
  id, name: id, site: 'custom', endpoint: 'http://127.0.0.1:1', akMasked: 'HPUA****0001', domainId: 'ab'.repeat(16), role: 'SP', builtIn: false, active: true,
});

describe('SessionManager', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pd-session-'));
  afterEach(() => rmSync(join(dataDir, 'profiles'), { recursive: true, force: true }));

  it('require() throws the typed NO_ACTIVE_PROFILE error until a profile is open', () => {
    const sessions = createSessionManager({ dataDir, apiFactory: nullApi, log: silentLogger() });
    expect(sessions.active).toBeNull();
    expect(() => sessions.require()).toThrow(AppError);
    try {
      sessions.require();
    } catch (e) {
      expect((e as AppError).code).toBe('NO_ACTIVE_PROFILE');
    }
  });

  it('opens a session with the profile folder, endpoint and an API built with vault-backed credentials', async () => {
    const vault = createMemoryVault();
    await vault.setSecret('p1', 'the-sk');
    let reads = 0;
    const sessions = createSessionManager({
      dataDir,
      log: silentLogger(),
      apiFactory: ({ credentials }) => ({ api: fakeApi({ sign: async () => (reads++, (await credentials.getSecret()).length) }), close: () => undefined }),
    });
    const seen: Array<string | null> = [];
    sessions.onChange((s) => seen.push(s?.profile.id ?? null));
    const s = await sessions.open({ profile: view('p1'), endpoint: 'http://127.0.0.1:1', credentials: vaultCredentials(vault, { id: 'p1', name: 'p1', ak: 'HPUA0001' }) });
    expect(sessions.require()).toBe(s);
    expect(s.profileDir).toBe(join(dataDir, 'profiles', 'p1'));
    expect(statSync(s.profileDir).isDirectory()).toBe(true);
    // The SK is read from the vault only when the API signs, not when the session opens.
    expect(reads).toBe(0);
    expect(await (s.api.funding as unknown as { sign(): Promise<number> }).sign()).toBe(6);
    expect(JSON.stringify({ ...s, api: undefined, log: undefined })).not.toContain('the-sk');
    await sessions.close();
    expect(seen).toEqual(['p1', null]);
  });

  it('closes the previous session (and runs its onClose) when another opens', async () => {
    const sessions = createSessionManager({ dataDir, apiFactory: nullApi, log: silentLogger() });
    let closed = 0;
    const creds = { ak: 'A', getSecret: async () => 'x' };
    await sessions.open({ profile: view('a'), endpoint: 'http://x', credentials: creds, onClose: async () => void closed++ });
    await sessions.open({ profile: view('b'), endpoint: 'http://y', credentials: creds });
    expect(closed).toBe(1);
    expect(sessions.active?.profile.id).toBe('b');
    await sessions.close();
  });

  it('a missing SK is a typed error that names the profile, not the key', async () => {
    const creds = vaultCredentials(createMemoryVault(), { id: 'p9', name: 'Nine', ak: 'HPUA0009' });
    await expect(creds.getSecret()).rejects.toMatchObject({ code: 'PROFILE_SECRET_MISSING', details: { id: 'p9', name: 'Nine' } });
  });
});
