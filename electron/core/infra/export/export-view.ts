// Writes any table view — the same query the screen uses, without its window — to CSV or
// XLSX under <profileDir>/exports/, with the as-of time and the filter at the top of the file.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadExcel } from './excel';
import { AppError } from '../../../../shared/contract';
import type { ExportResult, ExportView } from '../../../../shared/contract/channels/review';
import type { LocalStore } from '../store/local-store';
import { iterateTable, listOfView, viewFor } from '../store/queries';
import { countColumns, labelOf, moneyColumns } from './column-labels';
import { CsvWriter, csvCell } from './csv-writer';
import { xlsxCell, type CellKind } from './formula-guard';

export interface ExportRequest {
  readonly view: ExportView;
  readonly query: { filters: unknown; search?: string; sort?: { column: string; direction: 'asc' | 'desc' }; groupBy?: unknown };
  readonly format: 'csv' | 'xlsx';
  readonly language: 'en' | 'zh-CN';
  readonly columns?: readonly string[];
}

export const EXPORTS_DIR = 'exports';

const meta = {
  asOf: { en: 'As of', 'zh-CN': '数据时间' },
  filter: { en: 'Filter', 'zh-CN': '筛选条件' },
  none: { en: '(none)', 'zh-CN': '（无）' },
  never: { en: 'never synced', 'zh-CN': '从未同步' },
} as const;

/** "search=…; associationType=2; sort=balance desc" — what the screen was filtered by. */
export function describeFilter(query: ExportRequest['query']): string {
  const parts: string[] = [];
  if (query.search) parts.push(`search=${query.search}`);
  for (const [k, v] of Object.entries((query.filters ?? {}) as Record<string, unknown>)) {
    if (v === undefined || (k === 'deleted' && v === 'exclude')) continue;
    parts.push(`${k}=${Array.isArray(v) ? v.join('|') : v === null ? 'none' : String(v)}`);
  }
  if (Array.isArray(query.groupBy)) parts.push(`groupBy=${query.groupBy.join('+')}`);
  if (query.sort) parts.push(`sort=${query.sort.column} ${query.sort.direction}`);
  return parts.join('; ');
}

function fileStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

export async function exportView(store: LocalStore, profileDir: string, req: ExportRequest, now = new Date()): Promise<ExportResult> {
  const spec = viewFor(req.view, req.query);
  const columns = (req.columns?.length ? req.columns : Object.keys(spec.columns)).filter((c) => c in spec.columns);
  const asOf = store.lists.asOf(listOfView[req.view]);
  const dir = join(profileDir, EXPORTS_DIR);
  const fileName = `${req.view}-${fileStamp(now)}.${req.format}`;
  const path = join(dir, fileName);
  const lang = req.language;
  const head = [
    [meta.asOf[lang], asOf ?? meta.never[lang]],
    [meta.filter[lang], describeFilter(req.query) || meta.none[lang]],
  ];
  const header = columns.map((c) => labelOf(c, lang));
  let rowCount = 0;
  try {
    mkdirSync(dir, { recursive: true });
    const rows = iterateTable(store.db, spec, { filters: req.query.filters, search: req.query.search, sort: req.query.sort }, columns);
    if (req.format === 'csv') {
      const out = new CsvWriter(path);
      try {
        for (const line of head) out.row(line.map((c) => csvCell(c)));
        out.row([]);
        out.row(header.map((h) => csvCell(h)));
        for (const row of rows) {
          out.row(columns.map((c) => csvCell(row[c], kindOf(c))));
          rowCount++;
        }
      } finally {
        out.close();
      }
    } else {
      rowCount = await writeXlsx(path, req.view, head, header, columns, rows);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('EXPORT_FAILED', { reason: (error as Error).message });
  }
  return { path, fileName, format: req.format, rowCount, bytes: statSync(path).size, asOf };
}

async function writeXlsx(
  path: string,
  view: string,
  head: string[][],
  header: string[],
  columns: readonly string[],
  rows: Iterable<Record<string, unknown>>,
): Promise<number> {
  const workbook = new (await loadExcel()).stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(view, { views: [{ state: 'frozen', ySplit: head.length + 2 }] });
  for (const line of head) sheet.addRow(line.map((c) => xlsxCell(c, 'text'))).commit();
  sheet.addRow([]).commit();
  const headerRow = sheet.addRow(header.map((h) => xlsxCell(h, 'text')));
  headerRow.font = { bold: true };
  headerRow.commit();
  let n = 0;
  for (const row of rows) {
    const r = sheet.addRow(columns.map((c) => xlsxCell(row[c], kindOf(c))));
    columns.forEach((c, i) => {
      if (moneyColumns.has(c)) r.getCell(i + 1).numFmt = '#,##0.00';
    });
    r.commit();
    n++;
  }
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = moneyColumns.has(c) ? 16 : 22));
  sheet.commit();
  await workbook.commit();
  return n;
}

/** Money and counts become numbers (Excel can sum them); everything else stays text. */
const kindOf = (column: string): CellKind => (moneyColumns.has(column) ? 'money' : countColumns.has(column) ? 'count' : 'text');
