import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, errorCatalog, LANGUAGES } from '../../../shared/contract';
import { createAppCore } from '../../../electron/core/app-core';
import { createMemorySettings } from '../../../electron/core/settings/conf-settings';

describe('the IPC contract', () => {
  it('has a message in every language for every error code', () => {
    for (const [code, messages] of Object.entries(errorCatalog)) {
      for (const lang of LANGUAGES) expect(messages[lang], `${code} ${lang}`).toMatch(/\S/);
    }
  });

  it('declares only error codes that exist in the catalogue', () => {
    for (const [area, channels] of Object.entries(contract)) {
      for (const [name, def] of Object.entries(channels)) {
        for (const code of def.errors) expect(errorCatalog, `${area}.${name}`).toHaveProperty(code);
      }
    }
  });

  it('is fully served by the app core: one handler per channel', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pd-contract-'));
    const core = await createAppCore({ dataDir, version: '0.0.0-test', host: 'web', settings: createMemorySettings() });
    const expected = Object.entries(contract).flatMap(([area, chs]) => Object.keys(chs).map((c) => `${area}.${c}`));
    expect([...core.router.channels].sort()).toEqual(expected.sort());
    await core.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
