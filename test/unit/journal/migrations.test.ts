// The operations file (journal.db) migrates from empty and from every older schema: the money
// journal since version 1, the batch plans since version 2.
import { afterEach, describe, expect, it } from 'vitest';
import { openJournalDb } from '../../../electron/core/infra/journal/database';
import { Journal } from '../../../electron/core/infra/journal/journal';
import { JOURNAL_MIGRATIONS } from '../../../electron/core/infra/journal/migration';
import { latestVersion, schemaVersion } from '../../../electron/core/infra/store/migrate';
import { openDatabase } from '../../../electron/core/infra/store/open-database';
import { tempFiles } from '../store/fixtures';

const files = tempFiles('journal.db');
afterEach(() => files.cleanup());
const newFile = () => files.next();

const tables = (db: ReturnType<typeof openJournalDb>) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);

const entry = { operator: 'alice', profileId: 'p1', profileName: 'P', operation: 'fundCustomer' as const, counterpartyId: 'c1', amount: '1.00', currency: 'CNY' };

describe('operations file migrations', () => {
  it('numbers migrations 1, 2, 3 … in list order', () => {
    expect(JOURNAL_MIGRATIONS.map((m) => m.version)).toEqual(JOURNAL_MIGRATIONS.map((_, i) => i + 1));
  });

  it('creates the journal and the plan tables from an empty file, in WAL mode with synchronous=FULL', () => {
    const db = openJournalDb(newFile());
    expect(schemaVersion(db)).toBe(latestVersion(JOURNAL_MIGRATIONS));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(tables(db)).toEqual(expect.arrayContaining(['journal_entry', 'journal_event', 'plans', 'plan_rows', 'plan_items', 'plans_copied_from_snapshot']));
    db.close();
  });

  it.each(JOURNAL_MIGRATIONS.slice(0, -1).map((m) => m.version))('upgrades a schema-%i file with entries to the latest, keeping them append-only', (version) => {
    const file = newFile();
    const old = openDatabase(file, { migrations: JOURNAL_MIGRATIONS, targetVersion: version });
    // Written as an app of that version did: only the columns it knew.
    const written = { id: '22222222-2222-4222-8222-222222222222' };
    old.prepare(
      `INSERT INTO journal_entry (id, seq, created_at, operator, profile_id, profile_name, operation, counterparty_id, amount, currency)
       VALUES (?, 1, '2026-01-05T08:00:00.000Z', ?, ?, ?, ?, ?, ?, 'CNY')`,
    ).run(written.id, entry.operator, entry.profileId, entry.profileName, entry.operation, entry.counterpartyId, entry.amount);
    old.prepare(`INSERT INTO journal_event (entry_id, state, at, operator) VALUES (?, 'pending', '2026-01-05T08:00:00.000Z', ?)`).run(written.id, entry.operator);
    old.close();

    const db = openJournalDb(file);
    expect(schemaVersion(db)).toBe(latestVersion(JOURNAL_MIGRATIONS));
    const upgraded = new Journal(db);
    expect(upgraded.require(written.id)).toMatchObject({ amount: '1.00', state: 'pending', details: null, batchId: null });
    // An entry from before intent keys still blocks its twin.
    expect(() => upgraded.begin(entry, { refuseUnresolvedTwin: true })).toThrow(/unresolved|MONEY_UNRESOLVED_DUPLICATE/i);
    expect(() => db.prepare('DELETE FROM journal_entry').run()).toThrow(/append-only/);
    expect(tables(db)).toContain('plans');
    db.close();
  });

  it('has no REAL column anywhere', () => {
    const db = openJournalDb(newFile());
    const types = tables(db).flatMap((t) => (db.prepare(`PRAGMA table_info(${t})`).all() as { type: string }[]).map((c) => c.type));
    expect(types.filter((t) => /REAL|FLOA|DOUB/i.test(t))).toEqual([]);
    db.close();
  });
});
