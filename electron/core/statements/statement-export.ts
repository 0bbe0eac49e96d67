// Statement exports, written locally from the offline store: one workbook (a summary sheet plus
// a sheet per customer with movements, typed cells) or one PDF (a page or more per customer, real
// CJK glyphs, the closing balance in 大写 on the Chinese one).
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/contract';
import type { StatementExportResult, StatementSummaryRow } from '../../../shared/contract/channels/statements';
import { formatMoney, sumAmounts, toChineseCapital, type Currency } from '../../../shared/domain/money';
import { EXPORTS_DIR } from '../infra/export/export-view';
import { xlsxCell } from '../infra/export/formula-guard';
import { pdfTable, writePdf, type Pdf } from '../infra/export/pdf';
import { XlsxWriter, type XlsxRow } from '../infra/export/xlsx-writer';
import type { ComputedStatement } from './compute';
import { kindLabel, label, reasonLabel, type ExportLanguage, type LabelKey } from './labels';
import type { ComputedSet } from './statements-service';

/** A PDF of more statements than this would take minutes and hundreds of pages: use the workbook. */
export const PDF_MAX_STATEMENTS = 500;

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
    if (format === 'xlsx') writeWorkbook(path, set, lang);
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

function writeWorkbook(path: string, set: ComputedSet, lang: ExportLanguage): void {
  const out = new XlsxWriter(path);
  try {
    out.addSheet(label('summarySheet', lang), summaryRows(set, lang), { frozenRows: 9, widths: SUMMARY_COLUMNS.map((k, i) => (i < 4 ? 22 : k === 'reason' ? 60 : 16)) });
    set.statements.forEach((s, i) => out.addSheet(sheetName(i, s.row), customerRows(s, set, lang), { widths: [22, 26, 30, 16, 16, 16] }));
    out.finish();
  } catch (error) {
    out.abort();
    throw error;
  }
}

function* summaryRows(set: ComputedSet, lang: ExportLanguage): Generator<XlsxRow> {
  yield { cells: [label('summaryTitle', lang)], bold: true };
  for (const [k, v] of coverageLines(set, lang)) yield { cells: [xlsxCell(k, 'text'), xlsxCell(v, 'text')] };
  yield { cells: [] };
  yield { cells: SUMMARY_COLUMNS.map((k) => label(k, lang)), bold: true };
  const money = SUMMARY_MONEY.map((_, i) => i + 5);
  for (const s of set.statements) yield { cells: summaryCells(s.row, lang), money };
  const totals = totalsOf(set.statements.map((s) => s.row));
  yield { cells: [label('total', lang), null, null, null, ...SUMMARY_MONEY.map((k) => xlsxCell(totals[k], 'money'))], money, bold: true };
  if (set.reseller) {
    yield { cells: [] };
    yield { cells: [label('resellerOwn', lang)], bold: true };
    yield { cells: [xlsxCell(set.reseller.indirectPartnerId, 'text'), xlsxCell(set.reseller.name, 'text'), null, null, null, xlsxCell(set.reseller.granted, 'money'), xlsxCell(set.reseller.reclaimed, 'money')], money: [6, 7] };
    yield { cells: [label('syncedBalance', lang), xlsxCell(set.reseller.syncedBalance, 'money')], money: [2] };
  }
}

const LINE_COLUMNS: readonly LabelKey[] = ['date', 'kind', 'reference', 'cash', 'voucher', 'balance'];
const CUSTOMER_TOTALS = ['granted', 'reclaimed', 'cashConsumed', 'voucherConsumed', 'vouchersIssued', 'vouchersReclaimed', 'closing', 'syncedBalance', 'expectedClosing', 'difference'] as const;

function* customerRows(s: ComputedStatement, set: ComputedSet, lang: ExportLanguage): Generator<XlsxRow> {
  const r = s.row;
  yield { cells: [label('title', lang), xlsxCell(periodText(set), 'text')], bold: true };
  yield { cells: [label('customerId', lang), xlsxCell(r.customerId, 'text')] };
  yield { cells: [label('accountName', lang), xlsxCell(r.accountName, 'text'), label('customerName', lang), xlsxCell(r.customerName, 'text')] };
  yield { cells: [] };
  yield { cells: [label('opening', lang), null, null, null, null, xlsxCell(r.opening, 'money')], money: [6] };
  yield { cells: LINE_COLUMNS.map((k) => label(k, lang)), bold: true };
  for (const l of s.lines) {
    yield { cells: [xlsxCell(l.at, 'text'), kindLabel(l.kind, lang), xlsxCell(l.reference, 'text'), xlsxCell(l.cash, 'money'), xlsxCell(l.voucher, 'money'), xlsxCell(l.balance, 'money')], money: [4, 5, 6] };
  }
  yield { cells: [] };
  for (const k of CUSTOMER_TOTALS) yield { cells: [label(k, lang), null, null, null, null, xlsxCell(r[k], 'money')], money: [6], bold: k === 'closing' || k === 'difference' };
  yield { cells: [label('reason', lang), xlsxCell(reasonLabel(r.reason, lang), 'text')] };
  if (lang === 'zh-CN') yield { cells: [label('closingInWords', lang), toChineseCapital(r.closing)] };
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
