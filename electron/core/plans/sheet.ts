// Reads an operator's sheet (CSV or XLSX) into plan rows, as typed: no validation here
// beyond finding the columns. Headers are matched in English and Chinese; a sheet without a
// header row is read positionally (target, amount, memo).
import type ExcelJS from 'exceljs';
import { loadExcel } from '../infra/export/excel';
import Papa from 'papaparse';
import { AppError } from '../../../shared/contract';
import { MAX_PLAN_ROWS, MAX_SHEET_BYTES, MAX_SHEET_ROWS, sheetTooLarge } from '../../../shared/contract/channels/plans';
import type { PlanRow } from './types';
import { inspectXlsx } from './xlsx-inspect';

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_\-（）()]/g, '');

const HEADERS = {
  target: ['customerid', 'customer', 'login', 'loginname', 'accountname', 'account', 'customerlogin',
    't2id', 't2', 'indirectpartnerid', 'resellerid', 'reseller', 'partnerid',
    '客户id', '客户', '客户账号', '登录名', '账号名', '账号', '账号名称', '经销商id', '云经销商id', '二级经销商id', '经销商'],
  amount: ['amount', 'amountcny', 'amountusd', 'sum', '金额', '拨款金额', '回收金额', '金额元'],
  memo: ['memo', 'remark', 'note', 'notes', 'comment', '备注', '说明'],
} as const;

type Column = keyof typeof HEADERS;

export interface SheetRead {
  readonly rows: PlanRow[];
  readonly headerFound: boolean;
}

function columnOf(header: string): Column | null {
  const h = norm(header);
  for (const [col, names] of Object.entries(HEADERS) as [Column, readonly string[]][]) {
    if (names.includes(h)) return col;
  }
  return null;
}

const looksLikeAmount = (s: string) => /^\s*[-+]?[\d,，.]+\s*$/.test(s);

/** Turns a table of cells (first line = sheet line 1) into plan rows. */
export function rowsFromTable(table: readonly (readonly string[])[], fileName: string): SheetRead {
  const lines = table.map((cells, i) => ({ cells: cells.map((c) => c.trim()), line: i + 1 })).filter((l) => l.cells.some((c) => c !== ''));
  if (lines.length === 0) throw new AppError('PLAN_FILE_EMPTY', { fileName });
  const first = lines[0]!;
  const mapped = first.cells.map(columnOf);
  const headerFound = mapped.includes('target') || mapped.includes('amount');
  let index: Record<Column, number>;
  let data = lines;
  if (headerFound) {
    const at = (c: Column) => mapped.indexOf(c);
    for (const c of ['target', 'amount'] as const) {
      if (at(c) < 0) {
        throw new AppError('PLAN_FILE_COLUMNS', {
          fileName,
          missing: c === 'target' ? 'customer / T2' : 'amount',
          expected: 'customer_id (or login name / T2 id), amount, memo',
        });
      }
    }
    index = { target: at('target'), amount: at('amount'), memo: at('memo') };
    data = lines.slice(1);
  } else if (first.cells.length >= 2 && looksLikeAmount(first.cells[1]!)) {
    index = { target: 0, amount: 1, memo: 2 };
  } else {
    throw new AppError('PLAN_FILE_COLUMNS', { fileName, missing: 'header', expected: 'customer_id (or login name / T2 id), amount, memo' });
  }
  if (data.length === 0) throw new AppError('PLAN_FILE_EMPTY', { fileName });
  if (data.length > MAX_PLAN_ROWS) throw new AppError('PLAN_FILE_TOO_MANY_ROWS', { max: MAX_PLAN_ROWS });
  const cell = (cells: readonly string[], i: number) => (i >= 0 ? (cells[i] ?? '') : '');
  return {
    headerFound,
    rows: data.map(({ cells, line }) => ({
      target: cell(cells, index.target),
      amount: cell(cells, index.amount),
      memo: cell(cells, index.memo),
      sourceLine: line,
    })),
  };
}

/** Excel in a Chinese locale saves CSV as GB18030; everything else we expect is UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function readCsv(bytes: Uint8Array, fileName: string): SheetRead {
  // `preview` stops the parser one row past the sheet cap, whatever the file holds.
  const parsed = Papa.parse<string[]>(decodeText(bytes), { skipEmptyLines: false, preview: MAX_SHEET_ROWS + 1 });
  if (parsed.data.length > MAX_SHEET_ROWS) throw new AppError('PLAN_FILE_TOO_MANY_ROWS', { max: MAX_PLAN_ROWS });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new AppError('PLAN_FILE_UNREADABLE', { fileName, reason: `${fatal.message} (line ${(fatal.row ?? 0) + 1})` });
  return rowsFromTable(parsed.data.map((r) => r.map((c) => String(c ?? ''))), fileName);
}

/** Excel keeps numbers as doubles; the shortest round-trip text of a typed 1234.5 is "1234.5",
 *  so String() gives back what the operator typed without float arithmetic. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<SheetRead> {
  const book = new (await loadExcel()).Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new AppError('PLAN_FILE_UNREADABLE', { fileName, reason: error instanceof Error ? error.message.slice(0, 120) : 'not an XLSX file' });
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new AppError('PLAN_FILE_EMPTY', { fileName });
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => {
      cells[col - 1] = cellText(c.value);
    });
    table[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return rowsFromTable(Array.from(table, (r) => r ?? []), fileName);
}

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Chooses by content, not by name: a renamed file still reads. Nothing over the size cap is
 *  parsed, and an XLSX is looked inside (sizes, ratios, row count) before exceljs sees it. */
export async function readSheet(bytes: Uint8Array, fileName: string): Promise<SheetRead> {
  if (bytes.length > MAX_SHEET_BYTES) throw new AppError('PLAN_FILE_TOO_LARGE', sheetTooLarge(fileName, bytes.length));
  if (isZip(bytes)) {
    inspectXlsx(bytes, fileName);
    return readXlsx(bytes, fileName);
  }
  if (/\.xlsx?$/i.test(fileName) && bytes.length > 0 && bytes[0] === 0xd0) {
    throw new AppError('PLAN_FILE_UNREADABLE', { fileName, reason: 'old .xls format; save as .xlsx or .csv' });
  }
  return readCsv(bytes, fileName);
}
