// Opens the journal database of one profile with the store's opener (integrity check, WAL,
// synchronous=FULL: a commit returns only after it is on disk) and the journal's migrations.
// The journal has its own file, next to the snapshot store, so "start fresh and re-sync" of a
// damaged snapshot store never moves the money trail aside with it.
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../store/open-database';
import { JOURNAL_MIGRATIONS } from './migration';

export type JournalDb = Database.Database;

export const JOURNAL_FILE = 'journal.db';

export function journalPath(profileDir: string): string {
  return join(profileDir, JOURNAL_FILE);
}

/** Opens (creating if needed) and migrates; `:memory:` for tests that need no file. */
export function openJournalDb(file: string): JournalDb {
  return openDatabase(file, { migrations: JOURNAL_MIGRATIONS });
}
