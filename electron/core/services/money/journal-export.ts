// Exports a journal view to CSV (UTF-8 with BOM, so Excel reads Chinese names) or XLSX with
// typed cells: amounts as numbers with two decimals, times as text in UTC as stored.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { JournalEntryView, JournalExport } from '../../../../shared/contract/channels/activity';
import type { Language } from '../../../../shared/contract/errors';

const COLUMNS = [
  ['seq', '#', '序号'],
  ['createdAt', 'Created (UTC)', '创建时间（UTC）'],
  ['operator', 'Operator', '操作员'],
  ['profileName', 'Profile', '配置'],
  ['operation', 'Operation', '操作'],
  ['counterpartyId', 'Counterparty id', '对象 ID'],
  ['counterpartyName', 'Counterparty', '对象名称'],
  ['indirectPartnerId', 'Cloud reseller', '云经销商'],
  ['amount', 'Amount', '金额'],
  ['currency', 'Currency', '币种'],
  ['state', 'State', '状态'],
  ['stateAt', 'State since (UTC)', '状态时间（UTC）'],
  ['requestId', 'Request id', '请求 ID'],
  ['transId', 'Transaction id', '交易 ID'],
  ['code', 'Code', '错误码'],
  ['message', 'Message', '信息'],
  ['retryOf', 'Re-send of', '重新发送自'],
  ['id', 'Entry id', '记录 ID'],
] as const satisfies readonly (readonly [keyof JournalEntryView, string, string])[];

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  // Leading = + - @ would make Excel evaluate the cell: quote it as text.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function exportJournal(
  entries: readonly JournalEntryView[],
  format: 'csv' | 'xlsx',
  language: Language,
  dir: string,
  now: Date = new Date(),
): Promise<JournalExport> {
  mkdirSync(dir, { recursive: true });
  const header = COLUMNS.map(([, en, zh]) => (language === 'zh-CN' ? zh : en));
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  const fileName = `activity-${stamp}.${format}`;
  const path = join(dir, fileName);
  let bytes: Buffer;
  if (format === 'csv') {
    const lines = [header.map(csvCell).join(',')];
    for (const e of entries) lines.push(COLUMNS.map(([key]) => csvCell(e[key])).join(','));
    bytes = Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  } else {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(language === 'zh-CN' ? '活动' : 'Activity');
    sheet.addRow(header).font = { bold: true };
    for (const e of entries) {
      const row = sheet.addRow(COLUMNS.map(([key]) => (key === 'amount' ? Number(e.amount) : (e[key] ?? ''))));
      row.getCell(COLUMNS.findIndex(([k]) => k === 'amount') + 1).numFmt = '#,##0.00';
    }
    bytes = Buffer.from(await book.xlsx.writeBuffer());
  }
  writeFileSync(path, bytes);
  return { fileName, path, rows: entries.length, base64: bytes.toString('base64') };
}
