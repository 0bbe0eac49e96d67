// Opens one profile's database: checks it is whole, sets WAL with synchronous=FULL (a
// committed page survives a crash or power cut), registers the decimal helpers and
// migrates it. A damaged file raises STORE_CORRUPT and is left exactly where it is.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../../shared/contract';
import { registerDecimalFunctions } from './decimal-sql';
import { headerProblem, isCorruptionError, quickCheckProblem } from './integrity';
import { migrate } from './migrate';
import type { Migration } from './migrations';

export const DB_FILE_NAME = 'partner-desk.db';

export interface OpenOptions {
  /** Stop at this schema version (tests build older schemas this way). */
  readonly targetVersion?: number;
  readonly migrations?: readonly Migration[];
  /** Skip quick_check (bench only; the header check still runs). */
  readonly skipQuickCheck?: boolean;
}

function corrupt(file: string, reason: string): AppError {
  return new AppError('STORE_CORRUPT', { file: basename(file), path: file, reason });
}

export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file)) {
    const problem = headerProblem(file);
    if (problem) throw corrupt(file, problem);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    // FULL: the operations file (money journal, plans) opens this way too; NORMAL could lose the last commits.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    // 32 MB of page cache: a 100,000-customer search touches the customers table and its
    // indexes repeatedly; with the 2 MB default every query re-reads them from the OS.
    db.pragma('cache_size = -32000');
    db.pragma('temp_store = MEMORY');
    if (!options.skipQuickCheck) {
      const problem = quickCheckProblem(db);
      if (problem) throw corrupt(file, problem);
    }
    registerDecimalFunctions(db);
    migrate(db, { target: options.targetVersion, migrations: options.migrations, file });
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof AppError) throw error;
    if (isCorruptionError(error)) throw corrupt(file, (error as Error).message);
    throw new AppError('STORE_UNAVAILABLE', { reason: (error as Error).message });
  }
}

/**
 * Moves a damaged database (and its -wal / -shm companions) aside to
 * `<name>.corrupt-<time>`; nothing is deleted. Only called on the user's explicit request.
 */
export function moveAside(file: string, now: Date = new Date()): string | null {
  if (!existsSync(file)) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.corrupt-${stamp}`;
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  renameSync(file, target);
  return target;
}
