// Version 9 (voucher plans, issue #12): the plan-level settings of a voucher plan (quota, T2,
// remark) and what each row and execution item carries besides counterparty and amount
// (coupon id, child quota id, validity). Idempotent, as the plans schema is, so a standalone
// database (tests, the bench) and a branch that runs it before its slot in the list both work.
import type { Database } from 'better-sqlite3';
import type { Migration } from '../store/migrations';

const COLUMNS: ReadonlyArray<readonly [table: string, column: string]> = [
  ['plans', 'params_json'],
  ['plan_rows', 'valid_time'],
  ['plan_rows', 'expire_time'],
  ['plan_rows', 'details_json'],
  ['plan_items', 'details_json'],
];

const applied = new WeakSet<Database>();

export function applyVoucherPlansSchema(db: Database): void {
  if (applied.has(db)) return;
  for (const [table, column] of COLUMNS) {
    const have = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).some((c) => c.name === column);
    if (!have) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} TEXT`);
  }
  applied.add(db);
}

/** Appended to JOURNAL_MIGRATIONS (journal/migration.ts) as version 8. */
export const voucherPlansMigration: Migration = {
  version: 8,
  name: 'voucher plans: plan settings, row and item details',
  up: applyVoucherPlansSchema,
};
