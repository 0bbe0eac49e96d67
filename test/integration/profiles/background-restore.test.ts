// The active profile opens in the background of a start-up, so the first screen can paint
// meanwhile: the app's facts and its settings answer at once, and every channel that may touch
// a profile waits until the profile is open — none sees a half-started core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/core/app-core';
import { createMemorySettings } from '../../../electron/core/settings/conf-settings';
import { createMemoryVault } from '../../../electron/core/infra/vault/memory-vault';
import { startBuiltInSandbox } from '../../../electron/sandbox';
import type { Envelope } from '../../../shared/contract';
import type { ProfilesList } from '../../../shared/contract/channels/profiles';

const ctx = { transport: 'test' as const, operator: 'tester' };

describe('start-up with a slow active profile', () => {
  let dataDir: string;
  let core: AppCore;
  let release!: () => void;
  const sandboxMayStart = new Promise<void>((resolve) => (release = resolve));
  let sandboxStarted = false;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pd-restore-'));
    core = await createAppCore({
      dataDir,
      version: '0.0.0-test',
      host: 'web',
      settings: createMemorySettings(),
      profiles: {
        vault: createMemoryVault(),
        // The built-in sandbox (the first start's active profile) takes as long as the test says.
        sandbox: async () => {
          await sandboxMayStart;
          const running = await startBuiltInSandbox({ customers: 50 });
          sandboxStarted = true;
          return running;
        },
      },
    });
  });
  afterAll(async () => {
    release();
    await core.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the app facts and the settings before the profile is open', async () => {
    const [info, settings] = (await Promise.all([core.router.invoke('app.info', undefined, ctx), core.router.invoke('settings.get', undefined, ctx)])) as Envelope[];
    expect(info).toMatchObject({ ok: true, value: { version: '0.0.0-test', host: 'web' } });
    expect(settings).toEqual({ ok: true, value: { language: 'en' } });
    expect(sandboxStarted).toBe(false);
  });

  it('holds a profile call until the profile is open, then answers with it active', async () => {
    let answered = false;
    const listing = core.router.invoke('profiles.list', undefined, ctx).then((reply) => {
      answered = true;
      return reply as { ok: true; value: ProfilesList };
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(answered).toBe(false);

    release();
    const list = await listing;
    expect(sandboxStarted).toBe(true);
    expect(list.ok).toBe(true);
    expect(list.value.activeId).toBe('sandbox');
    expect(list.value.profiles.find((p) => p.id === 'sandbox')?.active).toBe(true);
  });

  it('waits for the profile before the CLI may act (startupReconciled)', async () => {
    await expect(core.startupReconciled()).resolves.toBeUndefined();
    expect(sandboxStarted).toBe(true);
  });
});
