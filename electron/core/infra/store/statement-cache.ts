// Prepared statements kept per connection: compiling the same SQL again for every journal
// entry of a batch call cost more than the disk flushes (a call of 100 coupons prepares a few
// hundred statements). Keyed by the SQL text; the texts are a small fixed set per module.
import type { Database, Statement } from 'better-sqlite3';

const caches = new WeakMap<Database, Map<string, Statement>>();

export function cachedStatement(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}
