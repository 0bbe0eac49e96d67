// Detects a damaged database before it is used: a file that is not SQLite, a header that
// promises more pages than the file holds (truncation), or pages that fail quick_check.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';

const MAGIC = 'SQLite format 3\0';

/** Problem with the file's header, or null when it looks like a whole SQLite file. */
export function headerProblem(file: string): string | null {
  const size = statSync(file).size;
  if (size === 0) return null; // a new, empty database
  if (size < 100) return `the file is only ${size} bytes long`;
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== MAGIC) return 'the file is not an SQLite database';
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return 'the header has an invalid page size';
  if (size % pageSize !== 0) return 'the file is truncated (not a whole number of pages)';
  // The in-header page count is valid only when the change counter matches version-valid-for.
  const pageCount = header.readUInt32BE(28);
  if (header.readUInt32BE(24) === header.readUInt32BE(92) && pageCount * pageSize > size) {
    return `the file is truncated (${Math.floor(size / pageSize)} of ${pageCount} pages present)`;
  }
  return null;
}

/** PRAGMA quick_check: null when ok, else the first problems it reported. */
export function quickCheckProblem(db: Database): string | null {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  const messages = rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
  return messages.length ? messages.join('; ') : null;
}

export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT_VTAB';
}
