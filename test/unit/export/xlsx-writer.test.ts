// The many-sheet XLSX writer: what it writes opens in exceljs with the same sheets, typed cells
// (numbers as numbers in the money format, text as text, formula-looking text never a formula),
// and a zip whose every entry passes its CRC check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { XlsxWriter } from '../../../electron/core/infra/export/xlsx-writer';

const dir = mkdtempSync(join(tmpdir(), 'pd-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('XlsxWriter', () => {
  it('writes sheets with typed cells that exceljs reads back as written', async () => {
    const file = join(dir, 'w.xlsx');
    const w = new XlsxWriter(file);
    w.addSheet('汇总', [{ cells: ['客户 <&> "甲"', 1234.5, null, "'=1+1"], money: [2], bold: true }, { cells: ['tab\u0001gone', -0.01] }], { frozenRows: 1, widths: [20, 12] });
    for (let i = 0; i < 300; i++) w.addSheet(`${i + 1} 客户`, [{ cells: ['Opening', i] }]);
    w.finish();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.length).toBe(301);
    const s = wb.worksheets[0]!;
    expect(s.name).toBe('汇总');
    expect(s.getCell('A1').value).toBe('客户 <&> "甲"');
    expect(s.getCell('B1').value).toBe(1234.5);
    expect(s.getCell('B1').numFmt).toBe('#,##0.00');
    expect(s.getCell('B1').font?.bold).toBe(true);
    expect(s.getCell('D1').value).toBe("'=1+1");
    expect(s.getCell('A2').value).toBe('tabgone');
    expect(s.getCell('B2').value).toBe(-0.01);
    expect(wb.worksheets[300]!.getCell('B1').value).toBe(299);
    // Every entry's CRC and size agree (python's zipfile checks them all).
    expect(execFileSync('python3', ['-c', `import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).testzip())`, file], { encoding: 'utf8' }).trim()).toBe('None');
  });
});
