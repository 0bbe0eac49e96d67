import { existsSync, readFileSync, statSync, truncateSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import { moveAside, openDatabase } from '../../../electron/core/infra/store/open-database';
import { ctx, customer, tempDir } from './fixtures';

const dirs: { cleanup(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));

/** A closed store file with enough rows to span many pages. */
function filledStore(): string {
  const d = tempDir();
  dirs.push(d);
  const file = join(d.dir, 'partner-desk.db');
  const store = LocalStore.open(file);
  const rows = Array.from({ length: 3000 }, (_, i) => customer(`c-${i}`, { customer: `客户${i}`, email: `user${i}@example.com` }));
  store.customers.customers(rows, null, ctx);
  store.close();
  return file;
}

function openError(file: string): AppError {
  try {
    openDatabase(file).close();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected the open to fail');
}

describe('a damaged database is detected at open', () => {
  it('reports a truncated file as STORE_CORRUPT with the reason, in English and Chinese', () => {
    const file = filledStore();
    truncateSync(file, Math.floor(statSync(file).size / 2) + 100);
    const error = openError(file);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('STORE_CORRUPT');
    expect(String(error.details.reason)).toMatch(/truncated/);
    expect(error.message).toMatch(/Start fresh and re-sync/);
  });

  it('reports a file that is not a database', () => {
    const file = filledStore();
    writeFileSync(file, 'this is not sqlite at all, just some text that is long enough to have a header '.repeat(20));
    expect(openError(file).code).toBe('STORE_CORRUPT');
  });

  it('reports damaged pages inside an otherwise whole file (quick_check)', () => {
    const file = filledStore();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 3, 0xab), 0, 4096 * 3, 4096 * 4);
    closeSync(fd);
    expect(openError(file).code).toBe('STORE_CORRUPT');
  });

  it('leaves the damaged file untouched when it reports it', () => {
    const file = filledStore();
    truncateSync(file, 5000);
    const before = readFileSync(file);
    openError(file);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('start fresh', () => {
  it('moves the damaged file and its WAL aside under a dated name — nothing is deleted', () => {
    const file = filledStore();
    writeFileSync(`${file}-wal`, 'wal bytes');
    truncateSync(file, 5000);
    const before = readFileSync(file);
    const movedTo = moveAside(file, new Date('2026-01-15T08:00:00.000Z'))!;
    expect(movedTo).toBe(`${file}.corrupt-2026-01-15T08-00-00-000Z`);
    expect(readFileSync(movedTo).equals(before)).toBe(true);
    expect(readFileSync(`${movedTo}-wal`, 'utf8')).toBe('wal bytes');
    expect(existsSync(file)).toBe(false);
    // …and a new, empty store opens in its place.
    const fresh = LocalStore.open(file);
    expect(fresh.db.prepare('SELECT count(*) AS n FROM customers').get()).toEqual({ n: 0 });
    fresh.close();
  });
});
