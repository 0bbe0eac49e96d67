// The operations file (journal, plans, confirmations) belongs to the partner account — the
// site and Huawei domain id — not to a profile: two profiles of one account share it, and a
// profile deleted and created again for the same account finds its unresolved entries, its
// duplicate guard and its claims where they were.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { JOURNAL_FILE } from './database';

export interface AccountRef {
  /** The profile's site ("cn", "intl", "custom", "sandbox"). */
  readonly site: string;
  readonly domainId: string;
}

const SAFE = /[^A-Za-z0-9_-]/g;

export function accountDir(dataDir: string, account: AccountRef): string {
  const key = `${account.site}-${account.domainId}`.replace(SAFE, '_').slice(0, 120);
  return join(dataDir, 'accounts', key);
}

export function accountJournalPath(dataDir: string, account: AccountRef): string {
  return join(accountDir(dataDir, account), JOURNAL_FILE);
}

/**
 * Moves a profile's journal (written before journals belonged to accounts) to its account's
 * folder, once, with its WAL files. A second profile of the same account keeps its old file
 * where it is, untouched, and the move is logged by the caller.
 */
export function adoptProfileJournal(profileDir: string, target: string): 'moved' | 'none' | 'kept-apart' {
  const legacy = join(profileDir, JOURNAL_FILE);
  if (!existsSync(legacy)) return 'none';
  if (existsSync(target)) return 'kept-apart';
  mkdirSync(join(target, '..'), { recursive: true, mode: 0o700 });
  for (const suffix of ['-wal', '-shm']) if (existsSync(legacy + suffix)) renameSync(legacy + suffix, target + suffix);
  renameSync(legacy, target);
  return 'moved';
}

/** Unresolved entries of an account's journal (0 when it has none or no file yet). */
export function unresolvedCount(file: string): number {
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        `SELECT COUNT(*) AS n FROM journal_entry e WHERE
           (SELECT state FROM journal_event v WHERE v.entry_id = e.id ORDER BY v.seq DESC LIMIT 1) IN ('pending','sent','unknown')`,
      )
      .get() as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}
