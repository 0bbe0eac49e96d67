// Journal migration 6 (invoices): a fresh file gets the tables at 6; a file that passed 6 while it
// was a no-op placeholder gets them when the invoices area first opens it; both refuse edits.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ensureInvoicesSchema } from '../../../electron/core/infra/journal/invoices-schema';
import { JOURNAL_MIGRATIONS } from '../../../electron/core/infra/journal/migration';
import { migrate } from '../../../electron/core/infra/store/migrate';

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'invoice_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('journal migration 6: invoices', () => {
  it('is version 6 and creates the append-only invoice tables', () => {
    expect(JOURNAL_MIGRATIONS[5]!.version).toBe(6);
    const db = new Database(':memory:');
    migrate(db, { migrations: JOURNAL_MIGRATIONS });
    expect(tables(db)).toEqual(['invoice_document', 'invoice_event', 'invoice_number']);
    db.close();
  });

  it('adds the tables to a file that ran 6 as a no-op, once, and keeps them append-only', () => {
    const db = new Database(':memory:');
    const placeholder = JOURNAL_MIGRATIONS.map((m) => (m.version === 6 ? { ...m, up: () => undefined } : m));
    migrate(db, { migrations: placeholder });
    expect(tables(db)).toEqual([]);
    ensureInvoicesSchema(ensureInvoicesSchema(db));
    expect(tables(db)).toEqual(['invoice_document', 'invoice_event', 'invoice_number']);
    db.pragma('foreign_keys = OFF'); // a number row alone is enough to prove the trigger
    db.prepare("INSERT INTO invoice_number (kind, number, invoice_id) VALUES ('customer', '2026-00001', 'x')").run();
    expect(() => db.prepare('DELETE FROM invoice_number').run()).toThrow(/append-only/);
    db.close();
  });
});
