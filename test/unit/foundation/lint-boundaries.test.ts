import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rules are only worth something if they fire: lint violating snippets as if
// they lived at the given paths.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

describe('import boundaries', () => {
  it('forbid the renderer to import from electron/', async () => {
    expect(await ruleIdsFor('renderer/bad.ts', "import { createRouter } from '../electron/core/router';\nexport default createRouter;\n")).toContain('no-restricted-imports');
  });

  it('forbid the renderer to use Node APIs', async () => {
    expect(await ruleIdsFor('renderer/bad.ts', "import { readFileSync } from 'node:fs';\nexport default readFileSync;\n")).toContain('no-restricted-imports');
  });

  it('forbid electron/core to import electron', async () => {
    expect(await ruleIdsFor('electron/core/bad.ts', "import { app } from 'electron';\nexport default app;\n")).toContain('no-restricted-imports');
  });

  it('forbid electron/core to import the sandbox, statically or with import(): the host injects its launcher', async () => {
    const core = 'electron/core/profiles/bad.ts';
    expect(await ruleIdsFor(core, "import { startSandbox } from '../../../sandbox';\nexport default startSandbox;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor(core, "export { startSandbox } from '../../../sandbox/index';\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor(core, "export const load = () => import('../../../sandbox');\n")).toContain('no-restricted-syntax');
    expect(await ruleIdsFor(core, "import type { SandboxLauncher } from '../../profiles/sandbox-profile';\nexport type L = SandboxLauncher;\n")).toEqual([]);
    expect(await ruleIdsFor('electron/web-host/ok.ts', "import { startBuiltInSandbox } from '../sandbox';\nexport default startBuiltInSandbox;\n")).toEqual([]);
  });

  it('forbid infrastructure to import an area or the composition root: areas → infra, never back', async () => {
    const infra = 'electron/core/infra/journal/bad.ts';
    expect(await ruleIdsFor(infra, "import { createMoneyRuntime } from '../../money/runtime';\nexport default createMoneyRuntime;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor(infra, "import { PlansService } from '../../plans/plans-service';\nexport default PlansService;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('electron/core/infra/writes/descriptors/bad.ts', "import { activityHandlers } from '../../../activity/activity-handlers';\nexport default activityHandlers;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor(infra, "import { createRouter } from '../../router';\nexport default createRouter;\n")).toContain('no-restricted-imports');
    // Infra within infra, and an area importing infra, are the allowed directions.
    expect(await ruleIdsFor(infra, "import { createHttpClient } from '../http';\nexport default createHttpClient;\n")).toEqual([]);
    expect(await ruleIdsFor('electron/core/money/ok.ts', "import { Journal } from '../infra/journal/journal';\nexport default Journal;\n")).toEqual([]);
  });

  it('forbid shared/ to use Node or DOM APIs', async () => {
    expect(await ruleIdsFor('shared/bad.ts', "import { join } from 'path';\nexport default join;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('shared/bad.ts', 'export const w = window.location;\n')).toContain('no-restricted-globals');
    expect(await ruleIdsFor('shared/bad.ts', 'export const b = Buffer.from("x");\n')).toContain('no-restricted-globals');
  });

  it('forbid raw ipcMain/ipcRenderer outside the two transport files', async () => {
    expect(await ruleIdsFor('electron/other.ts', "import { ipcMain } from 'electron';\nexport default ipcMain;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('electron/ipc/main-ipc.ts', "import { ipcMain } from 'electron';\nexport default ipcMain;\n")).not.toContain('no-restricted-imports');
  });

  it('let clean files through', async () => {
    expect(await ruleIdsFor('shared/ok.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toEqual([]);
  });
});
