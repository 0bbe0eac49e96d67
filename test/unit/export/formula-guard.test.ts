import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../electron/core/infra/export/csv-writer';
import { cellText, guardFormula, xlsxCell } from '../../../electron/core/infra/export/formula-guard';

describe('the formula guard (OWASP CSV injection)', () => {
  it.each([
    ["-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\n=1', "'\n=1"],
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1+1', "'+1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
  ])('prefixes %j with a single quote', (input, guarded) => {
    expect(guardFormula(input)).toBe(guarded);
  });

  it('leaves text that cannot start a formula as it is', () => {
    for (const text of ['张三科技', 'a=1', ' =1', "'=1", '0086138', '']) expect(guardFormula(text)).toBe(text);
  });

  it('keeps a negative amount in a money or count cell as data, and guards it in a text cell', () => {
    expect(cellText('-12.50', 'money')).toBe('-12.50');
    expect(cellText('-3', 'count')).toBe('-3');
    expect(cellText('-12.50', 'text')).toBe("'-12.50");
    expect(cellText(-3, 'text')).toBe('-3');
  });

  it('guards anything in a money cell that is not a plain decimal', () => {
    expect(cellText("-1+cmd|' /C calc'!A0", 'money')).toBe("'-1+cmd|' /C calc'!A0");
    expect(cellText('-1e5', 'money')).toBe("'-1e5");
    expect(cellText('-Infinity', 'count')).toBe("'-Infinity");
  });

  it('types plain-decimal money as a number in XLSX and guards every other text', () => {
    expect(xlsxCell('-12.50', 'money')).toBe(-12.5);
    expect(xlsxCell(7, 'count')).toBe(7);
    expect(xlsxCell('-1+1', 'money')).toBe("'-1+1");
    expect(xlsxCell('\t=1', 'text')).toBe("'\t=1");
    expect(xlsxCell('0086', 'text')).toBe('0086');
    expect(xlsxCell(null, 'text')).toBeNull();
  });

  it('quotes a guarded CSV cell that holds a quote, comma or line break', () => {
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('=A1,B1')).toBe('"\'=A1,B1"');
    expect(csvCell('-12.50', 'money')).toBe('-12.50');
  });
});
