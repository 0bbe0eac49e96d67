import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract';
import { PLANS_MIGRATION } from '../../../electron/core/infra/journal/plans-schema';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import { latestVersion, migrate, schemaVersion } from '../../../electron/core/infra/store/migrate';
import { migrations } from '../../../electron/core/infra/store/migrations';
import { openDatabase } from '../../../electron/core/infra/store/open-database';
import { ctx, sampleCustomers, tempFiles } from './fixtures';

const files = tempFiles('partner-desk.db');
afterEach(() => files.cleanup());
const newFile = () => files.next();

function columns(db: Database.Database): { table: string; name: string; type: string }[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'customers_fts%'").all() as { name: string }[];
  return tables.flatMap(({ name }) =>
    (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string; type: string }[]).map((c) => ({ table: name, ...c })),
  );
}

describe('store migrations', () => {
  it('numbers migrations 1, 2, 3 … in list order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('creates the latest schema from an empty file, in WAL mode with synchronous=FULL', () => {
    const db = openDatabase(newFile());
    expect(schemaVersion(db)).toBe(latestVersion());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();
  });

  it.each(migrations.slice(0, -1).map((m) => m.version))('upgrades a schema-%i database with data to the latest, keeping its rows', (version) => {
    const file = newFile();
    const old = openDatabase(file, { targetVersion: version });
    expect(schemaVersion(old)).toBe(version);
    old.prepare('INSERT INTO customers (customer_id, account_name, customer_name, fetched_at) VALUES (?, ?, ?, ?)').run('c-old', 'legacy_user', '老客户', ctx.fetchedAt);
    old.close();

    const store = LocalStore.open(file);
    expect(schemaVersion(store.db)).toBe(latestVersion());
    const row = store.db.prepare('SELECT account_name FROM customers WHERE customer_id = ?').get('c-old');
    expect(row).toEqual({ account_name: 'legacy_user' });
    // Rows written before search existed (schema 1) are searchable after the upgrade.
    if (version < 2) expect(store.db.prepare("SELECT count(*) AS n FROM customers_fts WHERE customers_fts MATCH '\"老客户\"'").get()).toEqual({ n: 1 });
    store.close();
  });

  it('holds no plans: a new file has no plan tables, and one made before they moved keeps its own untouched', () => {
    const fresh = openDatabase(newFile());
    expect(fresh.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'plan%'").all()).toEqual([]);
    fresh.close();

    const file = newFile();
    const old = openDatabase(file, { targetVersion: 2 });
    old.exec(PLANS_MIGRATION.sql); // what version 3 did before the move
    old.prepare("INSERT INTO plans (id, name, kind, status, author, created_at, updated_at, content_hash) VALUES ('p1', 'March', 'fund-customers', 'draft', 'alice', 't', 't', 'h')").run();
    old.pragma('user_version = 3');
    old.close();
    const store = LocalStore.open(file);
    expect(store.db.prepare('SELECT id, name FROM plans').all()).toEqual([{ id: 'p1', name: 'March' }]);
    store.close();
  });

  it('refuses a database written by a newer version with STORE_NEWER_SCHEMA', () => {
    const file = newFile();
    const db = new Database(file);
    db.pragma(`user_version = ${latestVersion() + 1}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(AppError);
    try {
      openDatabase(file);
    } catch (error) {
      expect((error as AppError).code).toBe('STORE_NEWER_SCHEMA');
    }
  });

  it('lets another module append a migration (e.g. the money-operation journal)', () => {
    const db = openDatabase(newFile());
    const extra = [...migrations, { version: migrations.length + 1, name: 'journal', up: (d: Database.Database) => d.exec('CREATE TABLE journal (id TEXT PRIMARY KEY) STRICT') }];
    expect(migrate(db, { migrations: extra })).toBe(migrations.length + 1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'journal'").get()).toEqual({ name: 'journal' });
    db.close();
  });

  it('has no REAL column anywhere; every money column is TEXT', () => {
    const store = LocalStore.open(newFile());
    store.customers.customers(sampleCustomers, null, ctx);
    const all = columns(store.db);
    expect(all.filter((c) => /REAL|FLOA|DOUB/i.test(c.type))).toEqual([]);
    const money = all.filter((c) => /amount|balance|value$|face_value/.test(c.name) && !c.name.endsWith('_key') && c.name !== 'balance_type');
    expect(money.length).toBeGreaterThan(15);
    for (const c of money) expect(`${c.table}.${c.name}:${c.type}`).toBe(`${c.table}.${c.name}:TEXT`);
    store.close();
  });

  it('stores amounts exactly as decimal text, whatever JSON kind they arrived as', () => {
    const store = LocalStore.open(newFile());
    store.customers.customers(sampleCustomers, null, ctx);
    store.customers.balances(
      [
        { customer_id: 'c-001', amount: 0.1, debt_amount: '0' },
        { customer_id: 'c-002', amount: '12345678901234.56' },
        { customer_id: 'c-003', amount: { toString: () => '1E-2' } },
      ],
      ctx,
    );
    const rows = store.db.prepare('SELECT customer_id, amount, typeof(amount) AS t FROM customer_balances ORDER BY customer_id').all();
    expect(rows).toEqual([
      { customer_id: 'c-001', amount: '0.1', t: 'text' },
      { customer_id: 'c-002', amount: '12345678901234.56', t: 'text' },
      { customer_id: 'c-003', amount: '0.01', t: 'text' },
    ]);
    store.close();
  });
});
