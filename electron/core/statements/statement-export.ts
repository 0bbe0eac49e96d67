// Statement exports, written locally from the offline store: one workbook (a summary sheet plus
// a sheet per customer with movements, typed cells) or one PDF (a page or more per customer, real
// CJK glyphs, the closing balance in 大写 on the Chinese one).
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/contract';
import type { StatementExportResult, StatementSummaryRow } from '../../../shared/contract/channels/statements';
import { formatMoney, sumAmounts, toChineseCapital, type Currency } from '../../../shared/domain/money';
import { EXPORTS_DIR } from '../infra/export/export-view';
import { xlsxCell } from '../infra/export/formula-guard';
import { pdfTable, writePdf, type Pdf } from '../infra/export/pdf';
import type { ComputedStatement } from './compute';
import { kindLabel, label, reasonLabel, type ExportLanguage, type LabelKey } from './labels';
import type { ComputedSet } from './statements-service';

/** A PDF of more statements than this would take minutes and hundreds of pages: use the workbook. */
export const PDF_MAX_STATEMENTS = 500;

const MONEY_FMT = '#,##0.00';
const SUMMARY_MONEY: readonly (keyof StatementSummaryRow & LabelKey)[] = [
  'opening', 'granted', 'reclaimed', 'cashConsumed', 'voucherConsumed', 'vouchersIssued', 'vouchersReclaimed', 'closing',
  'syncedBalance', 'expectedClosing', 'difference',
];

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

function periodText(set: ComputedSet): string {
  return set.period.fromMonth === set.period.toMonth ? set.period.fromMonth : `${set.period.fromMonth} – ${set.period.toMonth}`;
}

function coverageLines(set: ComputedSet, lang: ExportLanguage): [string, string][] {
  const c = set.coverage;
  const never = label('never', lang);
  return [
    [label('period', lang), periodText(set)],
    [label('currency', lang), set.currency],
    [label('balanceAsOf', lang), c.balancesAsOf ?? never],
    [label('recordsFrom', lang), c.recordsFrom ?? never],
    [label('billsFrom', lang), c.firstBillMonth ? `${c.firstBillMonth} – ${c.lastBillMonth}` : never],
    [label('generated', lang), new Date().toISOString()],
  ];
}

export async function exportStatements(set: ComputedSet, profileDir: string, format: 'xlsx' | 'pdf', lang: ExportLanguage): Promise<StatementExportResult> {
  if (set.statements.length === 0) throw new AppError('STATEMENT_NOTHING_TO_EXPORT');
  if (format === 'pdf' && set.statements.length > PDF_MAX_STATEMENTS) {
    throw new AppError('STATEMENT_PDF_TOO_MANY', { max: PDF_MAX_STATEMENTS, count: set.statements.length });
  }
  const dir = join(profileDir, EXPORTS_DIR);
  const scope = set.reseller ? `-${set.reseller.indirectPartnerId.slice(0, 8)}` : '';
  const fileName = `statements-${set.period.fromMonth}_${set.period.toMonth}${scope}-${stamp(new Date())}.${format}`;
  const path = join(dir, fileName);
  try {
    mkdirSync(dir, { recursive: true });
    if (format === 'xlsx') await writeWorkbook(path, set, lang);
    else await writeStatementsPdf(path, set, lang);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('EXPORT_FAILED', { reason: (error as Error).message });
  }
  return { path, fileName, format, customerCount: set.statements.length, bytes: statSync(path).size };
}

// ---- XLSX ----

const SUMMARY_COLUMNS: readonly LabelKey[] = ['customerId', 'accountName', 'customerName', 'reseller', ...SUMMARY_MONEY, 'balanceAsOf', 'reason'];

function summaryCells(r: StatementSummaryRow, lang: ExportLanguage): (string | number | null)[] {
  return [
    xlsxCell(r.customerId, 'text'), xlsxCell(r.accountName, 'text'), xlsxCell(r.customerName, 'text'), xlsxCell(r.indirectPartnerId, 'text'),
    ...SUMMARY_MONEY.map((k) => xlsxCell(r[k], 'money')),
    xlsxCell(r.balanceAsOf, 'text'), xlsxCell(reasonLabel(r.reason, lang), 'text'),
  ];
}

/** Sheet names: ≤ 31 characters, unique, none of []:*?/\ (Excel's rules). */
function sheetName(i: number, r: StatementSummaryRow): string {
  const base = (r.accountName ?? r.customerId).replace(/[[\]:*?/\\]/g, '_');
  return `${i + 1} ${base}`.slice(0, 31);
}

async function writeWorkbook(path: string, set: ComputedSet, lang: ExportLanguage): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const summary = wb.addWorksheet(label('summarySheet', lang), { views: [{ state: 'frozen', ySplit: 9 }] });
  summary.addRow([label('summaryTitle', lang)]).commit();
  for (const [k, v] of coverageLines(set, lang)) summary.addRow([xlsxCell(k, 'text'), xlsxCell(v, 'text')]).commit();
  summary.addRow([]).commit();
  const header = summary.addRow(SUMMARY_COLUMNS.map((k) => label(k, lang)));
  header.font = { bold: true };
  header.commit();
  const moneyCols = SUMMARY_MONEY.map((_, i) => i + 5);
  const addMoneyRow = (sheet: ExcelJS.Worksheet, cells: (string | number | null)[], cols: readonly number[], bold = false) => {
    const row = sheet.addRow(cells);
    for (const c of cols) row.getCell(c).numFmt = MONEY_FMT;
    if (bold) row.font = { bold: true };
    row.commit();
  };
  for (const s of set.statements) addMoneyRow(summary, summaryCells(s.row, lang), moneyCols);
  const totals = totalsOf(set.statements.map((s) => s.row));
  addMoneyRow(summary, [label('total', lang), null, null, null, ...SUMMARY_MONEY.map((k) => xlsxCell(totals[k], 'money'))], moneyCols, true);
  if (set.reseller) {
    summary.addRow([]).commit();
    summary.addRow([label('resellerOwn', lang)]).commit();
    addMoneyRow(summary, [xlsxCell(set.reseller.indirectPartnerId, 'text'), xlsxCell(set.reseller.name, 'text'), null, null,
      xlsxCell(null, 'money'), xlsxCell(set.reseller.granted, 'money'), xlsxCell(set.reseller.reclaimed, 'money')], [5, 6, 7]);
    addMoneyRow(summary, [label('syncedBalance', lang), xlsxCell(set.reseller.syncedBalance, 'money')], [2]);
  }
  SUMMARY_COLUMNS.forEach((k, i) => (summary.getColumn(i + 1).width = i < 4 ? 22 : k === 'reason' ? 60 : 16));
  summary.commit();
  set.statements.forEach((s, i) => customerSheet(wb, sheetName(i, s.row), s, set, lang));
  await wb.commit();
}

const LINE_COLUMNS: readonly LabelKey[] = ['date', 'kind', 'reference', 'cash', 'voucher', 'balance'];

function customerSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, s: ComputedStatement, set: ComputedSet, lang: ExportLanguage): void {
  const sheet = wb.addWorksheet(name);
  const r = s.row;
  sheet.addRow([label('title', lang), xlsxCell(periodText(set), 'text')]).commit();
  sheet.addRow([label('customerId', lang), xlsxCell(r.customerId, 'text')]).commit();
  sheet.addRow([label('accountName', lang), xlsxCell(r.accountName, 'text'), label('customerName', lang), xlsxCell(r.customerName, 'text')]).commit();
  sheet.addRow([]).commit();
  const opening = sheet.addRow([label('opening', lang), null, null, null, null, xlsxCell(r.opening, 'money')]);
  opening.getCell(6).numFmt = MONEY_FMT;
  opening.commit();
  const header = sheet.addRow(LINE_COLUMNS.map((k) => label(k, lang)));
  header.font = { bold: true };
  header.commit();
  for (const l of s.lines) {
    const row = sheet.addRow([xlsxCell(l.at, 'text'), kindLabel(l.kind, lang), xlsxCell(l.reference, 'text'), xlsxCell(l.cash, 'money'), xlsxCell(l.voucher, 'money'), xlsxCell(l.balance, 'money')]);
    for (const c of [4, 5, 6]) row.getCell(c).numFmt = MONEY_FMT;
    row.commit();
  }
  sheet.addRow([]).commit();
  for (const k of ['granted', 'reclaimed', 'cashConsumed', 'voucherConsumed', 'vouchersIssued', 'vouchersReclaimed', 'closing', 'syncedBalance', 'expectedClosing', 'difference'] as const) {
    const row = sheet.addRow([label(k, lang), null, null, null, null, xlsxCell(r[k], 'money')]);
    row.getCell(6).numFmt = MONEY_FMT;
    if (k === 'closing' || k === 'difference') row.font = { bold: true };
    row.commit();
  }
  sheet.addRow([label('reason', lang), xlsxCell(reasonLabel(r.reason, lang), 'text')]).commit();
  if (lang === 'zh-CN') sheet.addRow([label('closingInWords', lang), toChineseCapital(r.closing)]).commit();
  [22, 26, 30, 16, 16, 16].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.commit();
}

function totalsOf(rows: readonly StatementSummaryRow[]): Record<(typeof SUMMARY_MONEY)[number], string | null> {
  const out: Record<string, string | null> = {};
  for (const k of SUMMARY_MONEY) {
    const values = rows.map((r) => r[k]).filter((v): v is string => v !== null);
    out[k] = values.length ? sumAmounts(values) : null;
  }
  return out as Record<(typeof SUMMARY_MONEY)[number], string | null>;
}

// ---- PDF ----

async function writeStatementsPdf(path: string, set: ComputedSet, lang: ExportLanguage): Promise<void> {
  const currency: Currency = set.currency === 'USD' ? 'USD' : 'CNY';
  const m = (v: string | null) => (v === null ? '—' : formatMoney(v, { currency }));
  await writePdf(path, { title: `${label('title', lang)} ${periodText(set)}` }, (doc) => {
    set.statements.forEach((s, i) => {
      if (i > 0) doc.addPage();
      statementPage(doc, s, set, lang, m);
    });
  });
}

function statementPage(doc: Pdf, s: ComputedStatement, set: ComputedSet, lang: ExportLanguage, m: (v: string | null) => string): void {
  const r = s.row;
  doc.fontSize(16).fillColor('#000000').text(label('title', lang));
  doc.moveDown(0.3).fontSize(9);
  const facts: [string, string][] = [
    [label('customer', lang), [r.customerName, r.accountName].filter(Boolean).join(' · ') || r.customerId],
    [label('customerId', lang), r.customerId],
    ...(r.indirectPartnerId ? [[label('reseller', lang), r.indirectPartnerId] as [string, string]] : []),
    ...coverageLines(set, lang),
  ];
  for (const [k, v] of facts) doc.text(`${k}: ${v}`);
  doc.moveDown(0.6);
  pdfTable(doc, [{ header: label('opening', lang), width: 515, align: 'left' }], [[m(r.opening)]], 9);
  doc.moveDown(0.4);
  const lines = s.lines.map((l) => [l.at.replace('T', ' ').replace('Z', ''), kindLabel(l.kind, lang), l.reference, m(l.cash), m(l.voucher), m(l.balance)]);
  if (lines.length) {
    pdfTable(doc, [
      { header: label('date', lang), width: 95 }, { header: label('kind', lang), width: 110 }, { header: label('reference', lang), width: 110 },
      { header: label('cash', lang), width: 65, align: 'right' }, { header: label('voucher', lang), width: 65, align: 'right' }, { header: label('balance', lang), width: 70, align: 'right' },
    ], lines);
  } else doc.fontSize(9).text(label('noLines', lang));
  doc.moveDown(0.6);
  const totals = (['granted', 'reclaimed', 'cashConsumed', 'voucherConsumed', 'vouchersIssued', 'vouchersReclaimed', 'closing', 'syncedBalance', 'expectedClosing', 'difference'] as const)
    .map((k) => [label(k, lang), m(r[k])]);
  pdfTable(doc, [{ header: label('total', lang), width: 300 }, { header: '', width: 215, align: 'right' }], totals, 9);
  doc.moveDown(0.4).fontSize(9).fillColor('#000000');
  if (lang === 'zh-CN') doc.text(`${label('closingInWords', lang)}：${toChineseCapital(r.closing)}`);
  doc.text(`${label('reason', lang)}: ${reasonLabel(r.reason, lang)}`, { width: 515 });
}
