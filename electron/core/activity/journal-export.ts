// Exports a journal view to CSV (UTF-8 with BOM, so Excel reads Chinese names) or XLSX with
// typed cells: amounts as numbers with two decimals, times as text in UTC as stored.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExcel } from '../infra/export/excel';
import type { JournalEntryView, JournalExport } from '../../../shared/contract/channels/activity';
import type { Language } from '../../../shared/contract/errors';
import { csvCell, csvText } from '../infra/export/csv-writer';
import { xlsxCell, type CellKind } from '../infra/export/formula-guard';

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

const kindOf = (key: (typeof COLUMNS)[number][0]): CellKind => (key === 'amount' ? 'money' : key === 'seq' ? 'count' : 'text');

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
    const rows = [header.map((h) => csvCell(h)), ...entries.map((e) => COLUMNS.map(([key]) => csvCell(e[key], kindOf(key))))];
    bytes = Buffer.from(csvText(rows), 'utf8');
  } else {
    const book = new (await loadExcel()).Workbook();
    const sheet = book.addWorksheet(language === 'zh-CN' ? '活动' : 'Activity');
    sheet.addRow(header.map((h) => xlsxCell(h, 'text'))).font = { bold: true };
    for (const e of entries) {
      const row = sheet.addRow(COLUMNS.map(([key]) => xlsxCell(e[key] ?? '', kindOf(key))));
      row.getCell(COLUMNS.findIndex(([k]) => k === 'amount') + 1).numFmt = '#,##0.00';
    }
    bytes = Buffer.from(await book.xlsx.writeBuffer());
  }
  writeFileSync(path, bytes);
  return { fileName, path, rows: entries.length, base64: bytes.toString('base64') };
}
