// One process per data folder, within one process: the lock refuses a second holder (another
// app core in the same process included), names the holder, and knows when it is gone.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/errors';
import { createAppCore } from '../../../electron/core/app-core';
import { acquireDataFolderLock, HOLDER_FILE, startupRefusalText, type DataFolderLock } from '../../../electron/core/infra/instance/data-folder-lock';
import { createMemorySettings } from '../../../electron/core/settings/conf-settings';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the data folder lock', () => {
  let dataDir: string;
  const locks: DataFolderLock[] = [];
  const acquire = (host: 'electron' | 'web' | 'cli' = 'web') => {
    const lock = acquireDataFolderLock(dataDir, { host });
    locks.push(lock);
    return lock;
  };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pd-lock-'));
  });
  afterEach(() => {
    for (const lock of locks.splice(0)) lock.release();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second acquisition in the same process, naming the holder', () => {
    const first = acquire('electron');
    const error = refusal(() => acquire('web'));
    expect(error.code).toBe('DATA_FOLDER_IN_USE');
    expect(error.details).toMatchObject({ pid: process.pid, host: 'electron', since: first.holder.since, dataDir });
    expect(error.message).toBe(
      `Partner Desk is already open on this data folder (desktop app, pid ${process.pid}, since ${first.holder.since}). ` +
        'Close it first; two copies could send the same money operation twice.',
    );
    expect(startupRefusalText(error)).toContain(`桌面应用，进程 ${process.pid}`);
    expect(() => first.assertHeld()).not.toThrow();
  });

  it('writes who holds it next to the lock, and removes that on release', () => {
    const lock = acquire('cli');
    expect(JSON.parse(readFileSync(join(dataDir, HOLDER_FILE), 'utf8'))).toEqual({
      pid: process.pid,
      host: 'cli',
      since: lock.holder.since,
      hostname: hostname(),
    });
    expect(lock.holder.since).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    lock.release();
    expect(() => readFileSync(join(dataDir, HOLDER_FILE))).toThrow(/ENOENT/);
  });

  it('can be taken again once released, and release is idempotent', () => {
    const first = acquire();
    first.release();
    first.release();
    const second = acquire();
    expect(() => second.assertHeld()).not.toThrow();
  });

  it('assertHeld throws once the lock was released', () => {
    const lock = acquire();
    lock.release();
    expect(refusal(() => lock.assertHeld()).code).toBe('DATA_FOLDER_LOCK_LOST');
  });

  it('assertHeld throws when the data folder was deleted under it (a new copy could lock a new file)', () => {
    const lock = acquire();
    rmSync(dataDir, { recursive: true, force: true });
    expect(refusal(() => lock.assertHeld()).details).toMatchObject({ reason: 'lock file removed' });
  });

  it('reports an unknown holder when the holder left no side file', () => {
    const first = acquire();
    rmSync(join(dataDir, HOLDER_FILE));
    const error = refusal(() => acquireDataFolderLock(dataDir, { host: 'web', holderWaitMs: 0 }));
    expect(error.code).toBe('DATA_FOLDER_IN_USE');
    expect(error.message).toContain('(another process, pid ?, since ?)');
    first.assertHeld();
  });
});

describe('app cores and the data folder', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pd-lock-core-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));
  const open = () => createAppCore({ dataDir, version: '0.0.0-test', host: 'web', settings: createMemorySettings() });

  it('hold the folder from creation to dispose: a second core on it is refused until the first is disposed', async () => {
    const first = await open();
    expect(() => first.instanceLock.assertHeld()).not.toThrow();
    await expect(open()).rejects.toMatchObject({ code: 'DATA_FOLDER_IN_USE', details: { pid: process.pid, host: 'web' } });
    await first.dispose();
    expect(() => first.instanceLock.assertHeld()).toThrow(AppError);
    const second = await open();
    await second.dispose();
  });

  it('take over a lock the host acquired first, and release it in dispose', async () => {
    const lock = acquireDataFolderLock(dataDir, { host: 'electron' });
    const core = await createAppCore({ dataDir, version: '0.0.0-test', host: 'electron', settings: createMemorySettings(), instanceLock: lock });
    expect(core.instanceLock).toBe(lock);
    await core.dispose();
    expect(() => lock.assertHeld()).toThrow(AppError);
  });
});
