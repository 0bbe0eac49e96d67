// Opens the journal database of one profile. The journal lives in its own SQLite file so it
// can run with synchronous=FULL (every commit fsynced before the money request is sent)
// without slowing the bulk snapshot store, and so a damaged snapshot store never takes the
// money trail with it.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { JOURNAL_MIGRATIONS } from './migration';

export type JournalDb = Database.Database;

export const JOURNAL_FILE = 'journal.sqlite';

export function journalPath(profileDir: string): string {
  return join(profileDir, JOURNAL_FILE);
}

/** Opens (creating if needed) and migrates; `:memory:` for tests that do not need a file. */
export function openJournalDb(file: string): JournalDb {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a commit returns only after the WAL is fsynced; the intent survives a power cut.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrateJournal(db);
  return db;
}

export function migrateJournal(db: JournalDb): void {
  db.exec('CREATE TABLE IF NOT EXISTS journal_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM journal_schema').all() as { version: number }[]).map((r) => r.version));
  const known = Math.max(...JOURNAL_MIGRATIONS.map((m) => m.version));
  const newest = Math.max(0, ...applied);
  if (newest > known) throw new Error(`journal schema ${newest} is newer than this version knows (${known})`);
  for (const m of JOURNAL_MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO journal_schema (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
}
