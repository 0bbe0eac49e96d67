import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/core/app-core';
import { createConfSettings } from '../../../electron/core/settings/conf-settings';
import { createMemoryVault, type MemoryVault } from '../../../electron/core/infra/vault/memory-vault';
import type { Envelope, IpcError } from '../../../shared/contract';
import type { ProfilesList, ProfileView } from '../../../shared/contract/channels/profiles';
import { GOOD_SK, UNREACHABLE, fakeApiFactory, fakeSandbox } from './fakes';

const ctx = { transport: 'test' as const, operator: 'tester' };
const valid = {
  name: 'Acme T1 (China)',
  site: 'china',
  ak: 'HPUAEXAMPLEAK00000001',
  domainId: '0a7c0f2b51d84a6e9c3f1d2e5b6a7c80',
  role: 'T1',
  sk: GOOD_SK,
};

describe('profiles', () => {
  let dataDir: string;
  let core: AppCore;
  let vault: MemoryVault;
  let sandbox: ReturnType<typeof fakeSandbox>;
  const replies: string[] = [];

  const call = async (channel: string, input?: unknown): Promise<Envelope> => {
    const reply = await core.router.invoke(`profiles.${channel}`, input, ctx);
    replies.push(JSON.stringify(reply));
    return reply;
  };
  const value = async <T>(channel: string, input?: unknown): Promise<T> => {
    const reply = await call(channel, input);
    if (!reply.ok) throw new Error(`${channel} failed: ${reply.error.code}`);
    return reply.value as T;
  };
  const failure = async (channel: string, input?: unknown): Promise<IpcError> => {
    const reply = await call(channel, input);
    if (reply.ok) throw new Error(`${channel} unexpectedly succeeded`);
    return reply.error;
  };
  const list = () => value<ProfilesList>('list');
  const settingsText = () => readFileSync(join(dataDir, 'settings.json'), 'utf8');

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pd-profiles-'));
    vault = createMemoryVault();
    sandbox = fakeSandbox();
    core = await createAppCore({
      dataDir,
      version: '0.0.0-test',
      host: 'web',
      settings: createConfSettings(dataDir),
      profiles: { vault, apiFactory: fakeApiFactory, sandbox },
    });
  });
  afterEach(async () => {
    await core.dispose();
    rmSync(dataDir, { recursive: true, force: true });
    // No reply of any channel, success or failure, ever carried the SK.
    for (const r of replies.splice(0)) expect(r).not.toContain(GOOD_SK);
  });

  it('starts a fresh install on the built-in Sandbox profile, with no setup', async () => {
    const l = await list();
    expect(l.activeId).toBe('sandbox');
    expect(l.profiles[0]).toMatchObject({ id: 'sandbox', builtIn: true, active: true, site: 'sandbox', role: 'T1', akMasked: 'SBXT****0001' });
    expect(sandbox.running).toBe(1);
    const check = await value<{ balances: unknown[] }>('testConnection');
    expect(check.balances).toEqual([{ accountType: 1, amount: '1234.5', currency: 'CNY' }]);
  });

  it('creates a profile: SK in the vault only, AK masked for the renderer, settings free of the SK', async () => {
    const view = await value<ProfileView>('create', valid);
    expect(view).toMatchObject({ name: 'Acme T1 (China)', site: 'china', endpoint: 'https://bss.myhuaweicloud.com', akMasked: 'HPUA****0001', role: 'T1', builtIn: false });
    expect(JSON.stringify(view)).not.toContain(valid.ak);
    expect(vault.ids()).toEqual([view.id]);
    expect(await vault.getSecret(view.id)).toBe(GOOD_SK);
    expect(settingsText()).not.toContain(GOOD_SK);
    expect(settingsText()).toContain(valid.ak);
  });

  describe('refuses every bad input with its own message in English and Chinese, saving nothing', () => {
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['an empty name', { name: '   ' }, 'PROFILE_NAME_REQUIRED', 'name'],
      ['a bad AK format', { ak: 'not an ak' }, 'PROFILE_AK_FORMAT', 'ak'],
      ['an unknown site', { site: 'mars' }, 'PROFILE_SITE_UNKNOWN', 'site'],
      ['a custom endpoint that is not a URL', { site: 'custom', endpoint: 'bss dot example' }, 'PROFILE_ENDPOINT_INVALID', 'endpoint'],
      ['a bad domain id', { domainId: 'xyz' }, 'PROFILE_DOMAIN_ID_FORMAT', 'domainId'],
      ['an unknown role', { role: 'T2' }, 'PROFILE_ROLE_UNKNOWN', 'role'],
      ['an empty SK', { sk: '' }, 'PROFILE_SK_REQUIRED', 'sk'],
    ];
    it.each(cases)('%s', async (_what, change, code, field) => {
      const before = settingsText();
      const error = await failure('create', { ...valid, ...change });
      expect(error.code).toBe(code);
      expect(error.details.field).toBe(field);
      expect(error.messages.en).not.toBe(error.messages['zh-CN']);
      expect(error.messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(vault.ids()).toEqual([]);
      expect(settingsText()).toBe(before);
    });

    it('an unreachable endpoint', async () => {
      const error = await failure('create', { ...valid, site: 'custom', endpoint: UNREACHABLE });
      expect(error.code).toBe('PROFILE_ENDPOINT_UNREACHABLE');
      expect(error.messages.en).toContain(UNREACHABLE);
      expect(vault.ids()).toEqual([]);
      expect((await list()).profiles).toHaveLength(2);
    });

    it('a wrong SK (HTTP 401): the SK written for the check is removed again', async () => {
      const error = await failure('create', { ...valid, sk: 'wrong-secret-key' });
      expect(error.code).toBe('PROFILE_SK_REJECTED');
      expect(error.messages.en).toContain('401');
      expect(error.messages.en).not.toContain('wrong-secret-key');
      expect(vault.ids()).toEqual([]);
      expect((await list()).profiles).toHaveLength(2);
    });

    it('a name that is already taken', async () => {
      await value('create', valid);
      const error = await failure('create', { ...valid, name: ' acme t1 (china) ' });
      expect(error.code).toBe('PROFILE_NAME_TAKEN');
      expect(vault.ids()).toHaveLength(1);
    });
  });

  it('without a keychain: says so, keeps listing (offline review), and refuses to store a secret anywhere', async () => {
    const existing = await value<ProfileView>('create', valid);
    await value('activate', { id: existing.id });
    vault.breakWith('no-secret-service');
    // The profile stays active for offline review; only signing needs the keychain.
    expect((await failure('testConnection')).code).toBe('KEYCHAIN_UNAVAILABLE');
    expect((await failure('setSecret', { id: existing.id, sk: 'another-secret' })).code).toBe('KEYCHAIN_UNAVAILABLE');
    const l = await list();
    expect(l.keychain).toEqual({ available: false, reason: 'no-secret-service' });
    const error = await failure('create', { ...valid, name: 'Second' });
    expect(error.code).toBe('KEYCHAIN_UNAVAILABLE');
    expect(error.messages.en).toMatch(/keychain/i);
    expect(error.messages['zh-CN']).toContain('钥匙串');
    expect((await list()).profiles).toHaveLength(3);
    expect(l.activeId).toBe(existing.id);
    expect(settingsText()).not.toContain(GOOD_SK);
  });

  it('switches the active profile, stopping the sandbox it leaves', async () => {
    const created = await value<ProfileView>('create', valid);
    const active = await value<ProfileView>('activate', { id: created.id });
    expect(active.active).toBe(true);
    expect(sandbox.running).toBe(0);
    expect((await list()).activeId).toBe(created.id);
    const check = await value<{ profileId: string; endpoint: string }>('testConnection');
    expect(check).toMatchObject({ profileId: created.id, endpoint: 'https://bss.myhuaweicloud.com' });
  });

  it('edits public fields, replaces the SK without returning it, and deletes profile and SK together', async () => {
    const created = await value<ProfileView>('create', valid);
    const { sk: _sk, ...fields } = valid;
    const edited = await value<ProfileView>('update', { id: created.id, ...fields, name: 'Acme intl', site: 'intl' });
    expect(edited).toMatchObject({ name: 'Acme intl', endpoint: 'https://bss-intl.myhuaweicloud.com' });

    const wrong = await failure('setSecret', { id: created.id, sk: 'typo-secret', verify: true });
    expect(wrong.code).toBe('PROFILE_SK_REJECTED');
    expect(await vault.getSecret(created.id)).toBe(GOOD_SK);

    expect(await value('setSecret', { id: created.id, sk: 'replaced-secret-0001' })).toEqual({ stored: true });
    expect(await vault.getSecret(created.id)).toBe('replaced-secret-0001');

    await value('activate', { id: created.id });
    expect(await value('delete', { id: created.id })).toEqual({ deleted: created.id });
    expect(vault.ids()).toEqual([]);
    const l = await list();
    expect(l.profiles.map((p) => p.id)).toEqual(['sandbox', 'sandbox-intl']);
    expect(l.activeId).toBeNull();
    expect((await failure('testConnection')).code).toBe('NO_ACTIVE_PROFILE');
  });

  it('keeps the built-in Sandbox profile read-only', async () => {
    expect((await failure('delete', { id: 'sandbox' })).code).toBe('PROFILE_BUILTIN_READONLY');
    const { sk: _sk, ...fields } = valid;
    expect((await failure('update', { id: 'sandbox', ...fields })).code).toBe('PROFILE_BUILTIN_READONLY');
    expect((await failure('setSecret', { id: 'sandbox', sk: 'x' })).code).toBe('PROFILE_BUILTIN_READONLY');
  });

  it('gives each profile its own data folder when it is opened', async () => {
    const created = await value<ProfileView>('create', valid);
    await value('activate', { id: created.id });
    expect(statSync(join(dataDir, 'profiles', created.id)).isDirectory()).toBe(true);
  });
});
