import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import { quickCheckProblem } from '../../../electron/core/infra/store/integrity';
import { count, syncRig } from './harness';

const here = import.meta.dirname;

/** Starts the child sync and SIGKILLs it once it has stored at least `after` customers. */
function killMidway(file: string, after: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'fixtures', 'sync-child.ts'), file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const last = /done (\d+)\s*$/.exec(chunk);
      if (last && Number(last[1]) >= after) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited without being killed (${signal})`))));
  });
}

describe('a sync killed half-way', () => {
  it('leaves a whole database that opens, keeps what was stored, and resumes to completion', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-kill-'));
    const file = join(dir, 'partner-desk.db');
    try {
      await killMidway(file, 300);

      const store = LocalStore.open(file); // would throw STORE_CORRUPT if damaged
      expect(quickCheckProblem(store.db)).toBeNull();
      const kept = count(store, 'customers');
      expect(kept).toBeGreaterThan(0);
      store.close();

      const rig = await syncRig('SP', { customers: 3000, anchor: '2026-01-15T00:00:00Z' }, { file });
      try {
        const interrupted = rig.service.status();
        expect(interrupted.lists.find((l) => l.list === 'customers')!.state).toBe('cancelled');
        expect(interrupted.resumable).toBe(true);
        rig.service.start({ resume: true });
        await rig.service.whenIdle();
        expect(rig.service.status().lists.find((l) => l.list === 'customers')!.state).toBe('done');
        const world = rig.sandbox.control.sandbox.world.store;
        const sp = [...world.partners.values()].find((p) => p.role === 'SP')!;
        expect(count(rig.store, 'customers')).toBe(world.customersByOwner.get(sp.id)!.length);
      } finally {
        await rig.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
