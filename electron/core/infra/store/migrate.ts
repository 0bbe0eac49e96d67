// Brings a database to the latest schema (or to `target`, which tests use to build every
// older schema). Each step commits with its user_version bump, so an interrupted upgrade
// resumes from the last completed step.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/contract';
import { migrations as defaultMigrations, type Migration } from './migrations';

export function latestVersion(list: readonly Migration[] = defaultMigrations): number {
  return list.length;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(
  db: Database,
  options: { target?: number; migrations?: readonly Migration[]; file?: string } = {},
): number {
  const list = options.migrations ?? defaultMigrations;
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const target = options.target ?? list.length;
  const current = schemaVersion(db);
  if (current > list.length) {
    throw new AppError('STORE_NEWER_SCHEMA', { file: options.file ?? db.name, found: current, known: list.length });
  }
  for (const m of list.slice(current, target)) {
    db.transaction(() => {
      // Another connection to the same file may have applied it meanwhile.
      if (schemaVersion(db) >= m.version) return;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return schemaVersion(db);
}
