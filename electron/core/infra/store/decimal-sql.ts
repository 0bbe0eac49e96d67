// Exact decimal arithmetic inside SQL: money is TEXT, and SQLite's own sum() would turn it
// into floating point. dec_sum(x) adds decimal text with decimal.js and returns text.
import type { Database } from 'better-sqlite3';
import Decimal from 'decimal.js';

export function registerDecimalFunctions(db: Database): void {
  db.aggregate('dec_sum', {
    start: () => new Decimal(0),
    step: (total: Decimal, value: unknown) =>
      value === null || value === undefined || value === '' ? total : total.plus(value as string),
    result: (total: Decimal) => total.toFixed(),
    deterministic: true,
  });
}
