// One-time copy of the plans a snapshot store still holds from before plans moved to the
// operations file (snapshot schema 3 created the plan tables there). Runs on the operations
// connection with the snapshot file attached, reads it only, and leaves its old tables as
// they are. Done once: a marker row records it, so a plan deleted afterwards never returns.
import { existsSync } from 'node:fs';
import type { Database } from 'better-sqlite3';

/** The marker table, created by the operations file's plans migration (plans/schema.ts). */
export const LEGACY_COPY_SQL = `
CREATE TABLE IF NOT EXISTS plans_copied_from_snapshot (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TEXT NOT NULL,
  plans INTEGER NOT NULL
);
`;

// Parents first: plan_rows and plan_items reference plans.
const TABLES = ['plans', 'plan_rows', 'plan_items'] as const;

function copied(db: Database): boolean {
  return db.prepare('SELECT 1 FROM plans_copied_from_snapshot').get() !== undefined;
}

function columnsOf(db: Database, table: string, schema: string): string[] {
  return (db.prepare('SELECT name FROM pragma_table_info(?, ?)').all(table, schema) as { name: string }[]).map((c) => c.name);
}

/**
 * Copies every plan (rows, items, approval, execution state) from `snapshotFile` into `db`,
 * once. Returns how many plans were copied, or null when an earlier call already did it.
 * Throws when the snapshot file cannot be read; nothing is recorded then, so the next open
 * tries again.
 */
export function copyLegacyPlans(db: Database, snapshotFile: string, now: Date = new Date()): number | null {
  if (copied(db)) return null;
  const mark = (plans: number) => db.prepare('INSERT INTO plans_copied_from_snapshot (id, at, plans) VALUES (1, ?, ?)').run(now.toISOString(), plans);
  // ATTACH would create a missing file; no file means nothing to copy, ever.
  if (!existsSync(snapshotFile)) {
    mark(0);
    return 0;
  }
  db.prepare('ATTACH DATABASE ? AS legacy').run(snapshotFile);
  try {
    return db.transaction(() => {
      const before = (db.prepare('SELECT COUNT(*) AS n FROM main.plans').get() as { n: number }).n;
      for (const table of TABLES) {
        const theirs = new Set(columnsOf(db, table, 'legacy'));
        const shared = columnsOf(db, table, 'main').filter((c) => theirs.has(c));
        if (shared.length === 0) continue;
        const list = shared.join(', ');
        const parentKnown = table === 'plans' ? '' : ' WHERE plan_id IN (SELECT id FROM main.plans)';
        db.exec(`INSERT OR IGNORE INTO main.${table} (${list}) SELECT ${list} FROM legacy.${table}${parentKnown}`);
      }
      const count = (db.prepare('SELECT COUNT(*) AS n FROM main.plans').get() as { n: number }).n - before;
      mark(count);
      return count;
    })();
  } finally {
    db.exec('DETACH DATABASE legacy');
  }
}
