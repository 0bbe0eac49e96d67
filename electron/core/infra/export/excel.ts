// exceljs is the slowest module to load by far (a large share of a cold start), and only XLSX
// exports and sheet imports use it: it is loaded on first use, once, not at start-up.
import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | null = null;

export function loadExcel(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((m) => ((m as { default?: typeof ExcelJS }).default ?? (m as unknown as typeof ExcelJS)));
  return loading;
}
