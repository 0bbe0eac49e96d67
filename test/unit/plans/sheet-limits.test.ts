// Imported sheets are refused by size, rows and zip structure before exceljs or papaparse
// parse them. Spies on exceljs's load and papaparse's parse prove what was never parsed.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { AppError, toIpcError, type ErrorCode } from '../../../shared/contract';
import { MAX_PLAN_ROWS, MAX_SHEET_BYTES, MAX_SHEET_ROWS, plansChannels } from '../../../shared/contract/channels/plans';
import { readSheet } from '../../../electron/core/plans/sheet';
import { MAX_COMPRESSION_RATIO, MAX_UNPACKED_BYTES } from '../../../electron/core/plans/xlsx-inspect';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import { b64, serviceOver } from './fixtures';
import { sheetXml, workbookParts, xlsxOf, zip } from './xlsx-fixture';

/** Bytes that start like a zip but are not one: parsing them could only fail. */
const notAnXlsx = (length: number) => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(length - 4, 0x41)]);
/** A sheet padded with whitespace inside its XML: valid, and as compressible as a bomb. */
const paddedSheet = (bytes: number) => Buffer.concat([sheetXml(3).subarray(0, -'</worksheet>'.length), Buffer.alloc(bytes, 0x20), Buffer.from('</worksheet>')]);

// exceljs's XLSX reader, the one thing that parses a workbook: book.xlsx.load.
const xlsxReader = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: (...args: unknown[]) => Promise<unknown> };
let excelLoad: MockInstance;
let papaParse: MockInstance;
beforeEach(() => {
  excelLoad = vi.spyOn(xlsxReader, 'load');
  papaParse = vi.spyOn(Papa, 'parse');
});
afterEach(() => vi.restoreAllMocks());

/** Reads `bytes` expecting `code` (and `details`), and that neither parser was called. */
async function refusedUnparsed(bytes: Buffer, fileName: string, code: ErrorCode, details?: Record<string, unknown>): Promise<void> {
  await expect(readSheet(bytes, fileName)).rejects.toMatchObject(details ? { code, details } : { code });
  expect(excelLoad).not.toHaveBeenCalled();
  expect(papaParse).not.toHaveBeenCalled();
}

describe('the size cap', () => {
  it('refuses an XLSX or CSV over the cap with the size error, without parsing it', async () => {
    await refusedUnparsed(notAnXlsx(MAX_SHEET_BYTES + 1), 'huge.xlsx', 'PLAN_FILE_TOO_LARGE', { fileName: 'huge.xlsx', mb: 10.1, maxMb: 10 });
    const csv = Buffer.from(`customer_id,amount\n${'c1,1\n'.repeat(MAX_SHEET_BYTES / 5)}`);
    await refusedUnparsed(csv, 'huge.csv', 'PLAN_FILE_TOO_LARGE');
  });

  it('lets a file at the cap through to be looked at', async () => {
    await refusedUnparsed(notAnXlsx(MAX_SHEET_BYTES), 'broken.xlsx', 'PLAN_FILE_NOT_XLSX');
  });

  it('refuses base64 over the cap in the channel schema, before it is decoded (to within base64 padding)', () => {
    const input = (contentBase64: string) => ({ fileName: 'm.xlsx', kind: 'fund-customers', contentBase64 });
    const schema = plansChannels.importSheet.input;
    expect(schema.safeParse(input(b64('x'.repeat(MAX_SHEET_BYTES)))).success).toBe(true);
    expect(schema.safeParse(input(b64('x'.repeat(MAX_SHEET_BYTES + 3)))).success).toBe(false);
  });

  it('says so in English and Chinese through the plans service', async () => {
    const service = serviceOver(LocalStore.open(':memory:'));
    const error = await service
      .importSheet({ fileName: 'huge.csv', kind: 'fund-customers', contentBase64: notAnXlsx(MAX_SHEET_BYTES + 1).toString('base64') }, 'alice')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const { code, details } = error as AppError;
    expect(toIpcError(code, details, 'zh-CN').messages).toEqual({
      en: '"huge.csv" is 10.1 MB; a plan sheet may be at most 10 MB. Keep only the plan\'s rows, or split it into several plans.',
      'zh-CN': '“huge.csv”大小为 10.1 MB；计划表格最大 10 MB。请只保留计划的行，或拆分为多个计划。',
    });
  });
});

describe('the row cap', () => {
  it('refuses a small XLSX whose sheet holds far more rows than a plan may have, before exceljs parses it', async () => {
    const many = xlsxOf(sheetXml(50_000));
    expect(many.length).toBeLessThan(1024 * 1024);
    await refusedUnparsed(many, 'many.xlsx', 'PLAN_FILE_TOO_MANY_ROWS', { max: MAX_PLAN_ROWS });
  });

  it('counts the rows of every worksheet, since exceljs loads them all', async () => {
    const two = zip([
      ...workbookParts(sheetXml(MAX_SHEET_ROWS / 2)),
      { name: 'xl/worksheets/sheet2.xml', content: sheetXml(MAX_SHEET_ROWS / 2) },
    ]);
    await refusedUnparsed(two, 'two.xlsx', 'PLAN_FILE_TOO_MANY_ROWS');
  });

  it('stops parsing a CSV one row past the sheet cap and refuses it', async () => {
    const csv = Buffer.from(`customer_id,amount\n${'c1,1\n'.repeat(5 * MAX_SHEET_ROWS)}`);
    await expect(readSheet(csv, 'many.csv')).rejects.toMatchObject({ code: 'PLAN_FILE_TOO_MANY_ROWS', details: { max: MAX_PLAN_ROWS } });
    expect(papaParse).toHaveBeenCalledTimes(1);
    const parsed = papaParse.mock.results[0]!.value as Papa.ParseResult<string[]>;
    expect(parsed.data.length).toBe(MAX_SHEET_ROWS + 1);
  });
});

describe('zip bombs and files that are not workbooks', () => {
  it('refuses a small zip whose sheet truly unpacks past the cap, from its directory alone', async () => {
    const bomb = xlsxOf(paddedSheet(MAX_UNPACKED_BYTES));
    expect(bomb.length).toBeLessThan(MAX_UNPACKED_BYTES / 500);
    await refusedUnparsed(bomb, 'bomb.xlsx', 'PLAN_FILE_UNPACKED_TOO_LARGE', { fileName: 'bomb.xlsx', maxMb: 64 });
  });

  it('refuses a zip that declares more than the cap even if its data is garbage: nothing was inflated', async () => {
    const parts = workbookParts(sheetXml(3)).map((p) => (p.name.includes('worksheets') ? { ...p, declaredSize: MAX_UNPACKED_BYTES + 1 } : p));
    await refusedUnparsed(zip(parts), 'big.xlsx', 'PLAN_FILE_UNPACKED_TOO_LARGE');
  });

  it('stops inflating a sheet that claims to be small but unpacks past the cap', async () => {
    await refusedUnparsed(xlsxOf(paddedSheet(MAX_UNPACKED_BYTES), 1000), 'liar.xlsx', 'PLAN_FILE_UNPACKED_TOO_LARGE');
  });

  it('refuses an absurd compression ratio below the size cap', async () => {
    const error = await readSheet(xlsxOf(paddedSheet(8 * 1024 * 1024)), 'dense.xlsx').catch((e: unknown) => e as AppError);
    expect(error).toMatchObject({ code: 'PLAN_FILE_COMPRESSION_RATIO', details: { fileName: 'dense.xlsx', maxRatio: MAX_COMPRESSION_RATIO } });
    expect((error as AppError).details.ratio).toBeGreaterThan(500);
    expect(excelLoad).not.toHaveBeenCalled();
    expect(toIpcError('PLAN_FILE_COMPRESSION_RATIO', { fileName: 'd.xlsx', ratio: 1000, maxRatio: 100 }, 'en').messages['zh-CN']).toBe(
      '“d.xlsx”未打开：其中部分内容的压缩比为 1000:1，远超正常表格（最多 100:1），疑似压缩炸弹。请将计划所在的工作表单独另存为新的 XLSX 或 CSV。',
    );
  });

  it('refuses a zip that is no workbook, a truncated one and entries whose size does not match', async () => {
    await refusedUnparsed(zip([{ name: 'word/document.xml', content: Buffer.from('<w:document/>') }]), 'letter.xlsx', 'PLAN_FILE_NOT_XLSX', { fileName: 'letter.xlsx' });
    const whole = xlsxOf(sheetXml(3));
    await refusedUnparsed(whole.subarray(0, whole.length - 30), 'cut.xlsx', 'PLAN_FILE_NOT_XLSX');
    const sheet = sheetXml(3);
    await refusedUnparsed(xlsxOf(sheet, sheet.length + 10), 'short.xlsx', 'PLAN_FILE_NOT_XLSX');
    await refusedUnparsed(xlsxOf(sheetXml(10_000), 1000), 'long.xlsx', 'PLAN_FILE_NOT_XLSX');
  });

  it('declares every refusal on the import channel', () => {
    const refusals: ErrorCode[] = ['PLAN_FILE_TOO_LARGE', 'PLAN_FILE_TOO_MANY_ROWS', 'PLAN_FILE_NOT_XLSX', 'PLAN_FILE_UNPACKED_TOO_LARGE', 'PLAN_FILE_COMPRESSION_RATIO'];
    expect(plansChannels.importSheet.errors).toEqual(expect.arrayContaining(refusals));
  });
});

describe('ordinary files still import', () => {
  it('reads a hand-built workbook through exceljs', async () => {
    const read = await readSheet(xlsxOf(sheetXml(3)), 'plan.xlsx');
    expect(read.rows.map((r) => [r.target, r.amount, r.sourceLine])).toEqual([['c0', '1', 2], ['c1', '1', 3], ['c2', '1', 4]]);
    expect(excelLoad).toHaveBeenCalledTimes(1);
  });

  it('imports a full-size workbook written by exceljs, as Excel-like tools write them', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Plan');
    sheet.addRow(['customer_id', 'amount', 'memo']);
    for (let i = 0; i < MAX_PLAN_ROWS; i++) sheet.addRow([`cust${i}`, 100, 'March top-up']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const service = serviceOver(LocalStore.open(':memory:'));
    const plan = await service.importSheet({ fileName: 'march.xlsx', kind: 'fund-customers', contentBase64: bytes.toString('base64') }, 'alice');
    expect(plan.rowCount).toBe(MAX_PLAN_ROWS);
    expect(excelLoad).toHaveBeenCalledTimes(1);
  });

  it('reads an ordinary CSV', async () => {
    const read = await readSheet(Buffer.from('customer_id,amount\nc1,5\n'), 'plan.csv');
    expect(read.rows.map((r) => [r.target, r.amount])).toEqual([['c1', '5']]);
  });
});
