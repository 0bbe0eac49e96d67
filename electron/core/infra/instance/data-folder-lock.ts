// One process per data folder. The money guards (duplicate-intent guard, running plans) live
// in memory, so two processes on one folder could run the same plan or send the same intent
// twice. The holder keeps an exclusive SQLite lock on `<dataDir>/instance.lock`: an OS file
// lock (fcntl on POSIX, LockFileEx on Windows) that dies with the process, even on SIGKILL,
// so there is no stale lock to guess about. SQLite also refuses a second connection of the
// same process, so two app cores in one process exclude each other too.
//
// Never open instance.lock with anything but SQLite in a process that holds it: closing any
// other descriptor of that file drops the process's POSIX locks on it.
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError, toIpcError } from '../../../../shared/contract/errors';

export type InstanceHost = 'electron' | 'web' | 'cli';

export const LOCK_FILE = 'instance.lock';
/** Who holds the lock, for the refused process's message. Only ever written by the holder. */
export const HOLDER_FILE = 'instance-holder.json';

export interface LockHolder {
  readonly pid: number;
  readonly host: InstanceHost;
  /** ISO time, seconds precision. */
  readonly since: string;
  readonly hostname: string;
}

export interface DataFolderLock {
  readonly dataDir: string;
  readonly holder: LockHolder;
  /** Throws DATA_FOLDER_LOCK_LOST unless this process still holds the folder. */
  assertHeld(): void;
  /** Idempotent. */
  release(): void;
}

export interface AcquireOptions {
  readonly host: InstanceHost;
  /** How long a refused acquirer waits for the holder's side file (it is written just after the lock). */
  readonly holderWaitMs?: number;
}

// Handles of held locks: a better-sqlite3 handle that is garbage-collected closes, which
// would silently drop the lock, so every held one stays reachable from here until released.
const held = new Set<Database.Database>();

const HOST_LABELS: Record<InstanceHost, { en: string; zh: string }> = {
  electron: { en: 'desktop app', zh: '桌面应用' },
  web: { en: 'web host', zh: '网页宿主' },
  cli: { en: 'command line', zh: '命令行' },
};

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

function takeSqliteLock(path: string): Database.Database {
  // timeout 0: a held lock is an answer, not something to wait for.
  const db = new Database(path, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // In exclusive locking mode the first write transaction's lock is kept until close.
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function readHolder(dataDir: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(join(dataDir, HOLDER_FILE), 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.since !== 'string' || !(value.host && value.host in HOST_LABELS)) return null;
    return { pid: value.pid, host: value.host, since: value.since, hostname: String(value.hostname ?? '') };
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The side file may be missing or left by a killed holder for the moment the new holder takes to write it. */
function currentHolder(dataDir: string, waitMs: number): LockHolder | null {
  const deadline = Date.now() + waitMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const holder = readHolder(dataDir);
    const plausible = holder && (holder.hostname !== hostname() || isAlive(holder.pid));
    if (plausible || Date.now() >= deadline) return plausible ? holder : null;
    Atomics.wait(pause, 0, 0, 25);
  }
}

function inUse(dataDir: string, holder: LockHolder | null): AppError {
  const remote = holder && holder.hostname !== hostname() ? holder.hostname : null;
  const label = holder ? HOST_LABELS[holder.host] : { en: 'another process', zh: '另一个进程' };
  return new AppError('DATA_FOLDER_IN_USE', {
    dataDir,
    pid: holder?.pid ?? '?',
    host: holder?.host ?? 'unknown',
    since: holder?.since ?? '?',
    hostname: holder?.hostname ?? '',
    holderEn: remote ? `${label.en} on ${remote}` : label.en,
    holderZh: remote ? `${remote} 上的${label.zh}` : label.zh,
  });
}

function writeHolder(dataDir: string, holder: LockHolder): void {
  const path = join(dataDir, HOLDER_FILE);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(holder)}\n`, { mode: 0o600 });
  renameSync(temp, path);
}

function removeHolder(dataDir: string, holder: LockHolder): void {
  const current = readHolder(dataDir);
  if (current?.pid !== holder.pid || current.since !== holder.since) return;
  try {
    unlinkSync(join(dataDir, HOLDER_FILE));
  } catch {
    // already gone
  }
}

/**
 * Takes the data folder for this process or throws AppError DATA_FOLDER_IN_USE (details:
 * pid, host, since, hostname, dataDir) naming the holder. Creates the folder if needed.
 */
export function acquireDataFolderLock(dataDir: string, options: AcquireOptions): DataFolderLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  let db: Database.Database;
  try {
    db = takeSqliteLock(path);
  } catch (error) {
    if (isBusy(error)) throw inUse(dataDir, currentHolder(dataDir, options.holderWaitMs ?? 1000));
    throw error;
  }
  held.add(db);
  const file = statSync(path);
  const holder: LockHolder = {
    pid: process.pid,
    host: options.host,
    since: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    hostname: hostname(),
  };
  try {
    writeHolder(dataDir, holder);
  } catch (error) {
    held.delete(db);
    db.close();
    throw error;
  }

  let released = false;
  const lost = (reason: string) => new AppError('DATA_FOLDER_LOCK_LOST', { dataDir, reason });
  return {
    dataDir,
    holder,
    assertHeld() {
      if (released || !db.open) throw lost('released');
      // The folder was deleted or replaced: another process could lock the new file.
      let now;
      try {
        now = statSync(path);
      } catch {
        throw lost('lock file removed');
      }
      if (now.ino !== file.ino || now.dev !== file.dev) throw lost('lock file replaced');
    },
    release() {
      if (released) return;
      released = true;
      removeHolder(dataDir, holder);
      held.delete(db);
      db.close();
    },
  };
}

/** The refusal in both UI languages, for hosts that report it before any UI exists (stderr, a dialog). */
export function startupRefusalText(error: AppError): string {
  const { messages } = toIpcError(error.code, error.details, 'en');
  return `${messages.en}\n${messages['zh-CN']}`;
}
