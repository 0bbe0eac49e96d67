// Looks inside an XLSX (a zip) before exceljs is given it, so a small file that unpacks to a
// huge sheet (a zip bomb), holds far more rows than a plan may have, or is no workbook at all
// is refused without being parsed. Reads the zip's central directory and refuses zip64, odd
// compression, declared sizes over the cap and absurd compression ratios; then inflates each
// entry with its output bounded (so a lying size stops the inflate, not the machine), because
// exceljs would inflate every entry too, and counts the worksheets' row elements.
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../../shared/contract';
import { MAX_PLAN_ROWS, MAX_SHEET_ROWS } from '../../../shared/contract/channels/plans';

/** More than any plan sheet unpacks to (20 000 rows of a few columns are a few MB of XML). */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** Sheet XML packs about 10:1; deflate's ceiling is about 1030:1. Apache POI's zip-bomb limits. */
export const MAX_COMPRESSION_RATIO = 100;
const RATIO_GRACE_BYTES = 100 * 1024;
const MAX_ENTRIES = 1000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const notXlsx = (fileName: string) => new AppError('PLAN_FILE_NOT_XLSX', { fileName });
const tooLarge = (fileName: string) => new AppError('PLAN_FILE_UNPACKED_TOO_LARGE', { fileName, maxMb: MAX_UNPACKED_BYTES / 1048576 });

function centralDirectory(b: Buffer, fileName: string): Entry[] {
  // The end record is the last 22 bytes, or up to 64 KB earlier when the zip has a comment.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notXlsx(fileName);
  const count = b.readUInt16LE(eocd + 10);
  const dirSize = b.readUInt32LE(eocd + 12);
  const dirOffset = b.readUInt32LE(eocd + 16);
  // zip64 (markers 0xFFFF / 0xFFFFFFFF) is only needed for files far beyond any plan sheet.
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) throw tooLarge(fileName);
  if (count > MAX_ENTRIES || dirOffset + dirSize > eocd) throw notXlsx(fileName);
  const entries: Entry[] = [];
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || b.readUInt32LE(at) !== CENTRAL) throw notXlsx(fileName);
    const nameLength = b.readUInt16LE(at + 28);
    const entry: Entry = {
      method: b.readUInt16LE(at + 10),
      compressedSize: b.readUInt32LE(at + 20),
      size: b.readUInt32LE(at + 24),
      localOffset: b.readUInt32LE(at + 42),
      name: b.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw tooLarge(fileName);
    entries.push(entry);
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return entries;
}

/** Refuses what the directory alone gives away, before anything is inflated. */
function checkDeclared(entries: readonly Entry[], fileName: string): void {
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml') || !entries.some((e) => isWorksheet(e.name))) throw notXlsx(fileName);
  if (entries.reduce((sum, e) => sum + e.size, 0) > MAX_UNPACKED_BYTES) throw tooLarge(fileName);
  for (const e of entries) {
    if (e.size <= RATIO_GRACE_BYTES) continue;
    const ratio = e.size / Math.max(1, e.compressedSize);
    if (ratio > MAX_COMPRESSION_RATIO) {
      throw new AppError('PLAN_FILE_COMPRESSION_RATIO', { fileName, ratio: Math.round(ratio), maxRatio: MAX_COMPRESSION_RATIO });
    }
  }
}

/** The entry's bytes, inflating at most `budget` bytes; exactly the declared size or refused. */
function inflate(b: Buffer, e: Entry, budget: number, fileName: string): Buffer {
  const at = e.localOffset;
  if (at + 30 > b.length || b.readUInt32LE(at) !== LOCAL) throw notXlsx(fileName);
  const start = at + 30 + b.readUInt16LE(at + 26) + b.readUInt16LE(at + 28);
  const data = b.subarray(start, start + e.compressedSize);
  if (data.length !== e.compressedSize) throw notXlsx(fileName);
  let out: Buffer;
  if (e.method === 0) out = data;
  else if (e.method !== 8) throw notXlsx(fileName);
  else if (data.length === 0) out = data;
  else {
    try {
      out = inflateRawSync(data, { maxOutputLength: budget });
    } catch (error) {
      // Past the budget the entry unpacks to more than the whole cap; anything else is damage.
      if (error instanceof RangeError) throw tooLarge(fileName);
      throw notXlsx(fileName);
    }
  }
  if (out.length !== e.size) throw notXlsx(fileName);
  return out;
}

const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/** Row elements (<row …> or a namespaced <x:row …>) in a worksheet's XML, stopping past `limit`. */
function countRows(xml: string, limit: number): number {
  const re = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
  let n = 0;
  while (n <= limit && re.exec(xml)) n++;
  return n;
}

/** Throws PLAN_FILE_NOT_XLSX, PLAN_FILE_UNPACKED_TOO_LARGE, PLAN_FILE_COMPRESSION_RATIO or
 *  PLAN_FILE_TOO_MANY_ROWS; returns when the XLSX is safe to hand to exceljs. */
export function inspectXlsx(bytes: Uint8Array, fileName: string): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(b, fileName);
  checkDeclared(entries, fileName);
  let unpacked = 0;
  let rows = 0;
  for (const e of entries) {
    // One byte over the remaining budget is how an entry that lies about its size shows.
    const out = inflate(b, e, MAX_UNPACKED_BYTES - unpacked + 1, fileName);
    unpacked += out.length;
    if (isWorksheet(e.name)) {
      // All worksheets together: exceljs loads every sheet, not just the first.
      rows += countRows(out.toString('latin1'), MAX_SHEET_ROWS - rows);
      if (rows > MAX_SHEET_ROWS) throw new AppError('PLAN_FILE_TOO_MANY_ROWS', { max: MAX_PLAN_ROWS });
    }
  }
}
