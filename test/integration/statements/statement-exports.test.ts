// Statement exports from a synced store: the workbook has a typed summary and a sheet per
// customer; the PDFs, rendered to PNG by poppler, carry their Chinese text (with the closing
// balance in 大写) and no missing-glyph boxes — a control PDF with a missing glyph proves the
// check sees one.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toChineseCapital } from '../../../shared/domain/money';
import { addMonths, beijingMonthOf } from '../../../electron/core/statements/period';
import { exportStatements } from '../../../electron/core/statements/statement-export';
import { computeSet } from '../../../electron/core/statements/statements-service';
import { checkGlyphs, pdfText, writeControlPdf } from '../../support/pdf-glyphs';
import { syncRig, type SyncRig } from '../sync/harness';

let rig: SyncRig;
let dir: string;
let month: string;
const results = join(process.cwd(), 'test-results', 'statements');

beforeAll(async () => {
  rig = await syncRig('SP', { customers: 120, seed: 5 });
  month = addMonths(beijingMonthOf(new Date().toISOString()), -1);
  rig.service.start({ months: [month], lists: ['customers', 'adjustRecords', 'couponRecords', 'billSums'] });
  await rig.service.whenIdle();
  dir = mkdtempSync(join(tmpdir(), 'pd-stmt-'));
  mkdirSync(results, { recursive: true });
}, 120_000);

afterAll(async () => {
  await rig.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('statement exports', () => {
  it('writes one workbook: a summary with typed money cells and a sheet per customer', async () => {
    const set = computeSet(rig.store.db, { period: { fromMonth: month, toMonth: month } }, true);
    const out = await exportStatements(set, dir, 'xlsx', 'zh-CN');
    expect(out.customerCount).toBe(set.statements.length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out.path);
    expect(wb.worksheets.length).toBe(set.statements.length + 1);
    const summary = wb.worksheets[0]!;
    expect(summary.name).toBe('汇总');
    const headerRow = summary.getRow(9);
    expect(headerRow.getCell(5).value).toBe('期初余额');
    const first = set.statements[0]!.row;
    const row = summary.getRow(10);
    expect(row.getCell(1).value).toBe(first.customerId);
    // Money is a number cell with a money format, equal to the statement to the cent.
    expect(typeof row.getCell(12).value).toBe('number');
    expect((row.getCell(12).value as number).toFixed(2)).toBe(first.closing);
    expect(row.getCell(12).numFmt).toBe('#,##0.00');
    const sheet = wb.worksheets[1]!;
    expect(sheet.getRow(2).getCell(2).value).toBe(first.customerId);
  });

  it('writes PDFs in Chinese and English with real glyphs: text present, no .notdef boxes', async () => {
    const set = computeSet(rig.store.db, { period: { fromMonth: month, toMonth: month } }, true);
    const some = { ...set, statements: set.statements.filter((s) => s.row.customerName && /[\u4e00-\u9fff]/.test(s.row.customerName)).slice(0, 3) };
    expect(some.statements.length).toBeGreaterThan(0);
    const zh = await exportStatements(some, dir, 'pdf', 'zh-CN');
    const text = pdfText(zh.path).replace(/\s+/g, '');
    expect(text).toContain('客户对账单');
    expect(text).toContain('期末余额（大写）');
    for (const s of some.statements) {
      expect(text).toContain(s.row.customerName!.replace(/\s+/g, ''));
      expect(text).toContain(toChineseCapital(s.row.closing));
    }
    const report = await checkGlyphs(zh.path, 1, 144, join(results, 'statement-zh-CN.png'));
    expect(report.cjkChars).toBeGreaterThan(30);
    expect(report.boxes).toEqual([]);

    const en = await exportStatements(some, dir, 'pdf', 'en');
    const enText = pdfText(en.path);
    expect(enText).toContain('Customer statement');
    expect(enText).toContain('Closing balance');
    expect(enText).not.toContain('大写');
    expect((await checkGlyphs(en.path, 1, 144, join(results, 'statement-en.png'))).boxes).toEqual([]);
  });

  it('the glyph check finds a missing glyph (control)', async () => {
    const file = join(dir, 'control.pdf');
    await writeControlPdf(file, '客户\uF8FF对账单');
    const report = await checkGlyphs(file, 1);
    expect(report.boxes.length).toBe(1);
    // pdftotext drops it: the text alone would not show the box.
    expect(pdfText(file).replace(/\s+/g, '')).toBe('客户对账单');
  });

  it('refuses what it cannot do, with a specific error', async () => {
    const set = computeSet(rig.store.db, { period: { fromMonth: month, toMonth: month }, search: 'no-such-customer-anywhere' }, true);
    await expect(exportStatements(set, dir, 'xlsx', 'en')).rejects.toMatchObject({ code: 'STATEMENT_NOTHING_TO_EXPORT' });
    expect(() => computeSet(rig.store.db, { period: { fromMonth: addMonths(month, -18), toMonth: month } }, false)).toThrow(expect.objectContaining({ code: 'STATEMENT_PERIOD_TOO_LONG' }));
  });
});
