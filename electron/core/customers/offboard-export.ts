// The summary of one offboarding as a file for finance: CSV (UTF-8 with BOM, so Excel reads
// Chinese names) or XLSX with typed cells (amounts as numbers, two decimals). One row per
// reclaim as the journal holds it now, then the total reclaimed and what is still unresolved.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JournalExport } from '../../../shared/contract/channels/activity';
import type { OffboardSummary } from '../../../shared/contract/channels/offboarding';
import type { Language } from '../../../shared/contract/errors';
import { csvCell, csvText } from '../infra/export/csv-writer';
import { loadExcel } from '../infra/export/excel';
import { xlsxCell, type CellKind } from '../infra/export/formula-guard';

const HEADERS: Record<Language, readonly string[]> = {
  en: ['Customer ID', 'Customer', 'Cloud reseller', 'Item', 'Coupon ID', 'Amount', 'Currency', 'State', 'Transaction ID', 'Error code', 'Reason', 'Journal entry', 'Operator', 'Started (UTC)'],
  'zh-CN': ['客户 ID', '客户', '云经销商', '项目', '代金券 ID', '金额', '币种', '状态', '交易号', '错误码', '原因', '日志条目', '操作员', '开始时间（UTC）'],
};
const KINDS: readonly CellKind[] = ['text', 'text', 'text', 'text', 'text', 'money', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'];
const AMOUNT_COLUMN = 5;

const WORDS: Record<Language, Record<string, string>> = {
  en: {
    balance: 'Balance', coupon: 'Voucher', pending: 'Pending', sent: 'Sent', done: 'Done', failed: 'Failed', unknown: 'Unknown',
    'reconciled-done': 'Applied (reconciled)', 'reconciled-not-applied': 'Not applied (reconciled)', total: 'Total reclaimed', unresolved: 'Still unresolved (reconcile in Activity)',
  },
  'zh-CN': {
    balance: '余额', coupon: '代金券', pending: '待发送', sent: '已发送', done: '成功', failed: '失败', unknown: '结果未知',
    'reconciled-done': '已执行（对账确认）', 'reconciled-not-applied': '未执行（对账确认）', total: '回收合计', unresolved: '仍未确认（请在“操作记录”中对账）',
  },
};

function rows(s: OffboardSummary, lang: Language): (string | number)[][] {
  const w = WORDS[lang];
  const items = s.items.map((i) => [
    s.customerId, s.customerName ?? '', s.indirectPartnerId ?? '', w[i.kind]!, i.kind === 'coupon' ? i.key : '', i.amount, s.currency,
    w[i.state] ?? i.state, i.transId ?? '', i.code ?? '', i.reason?.[lang] ?? '', i.entryId, s.operator, s.createdAt,
  ]);
  const line = (label: string, at: number, value: string): (string | number)[] => HEADERS.en.map((_, c) => (c === 0 ? label : c === at ? value : ''));
  return [...items, line(w.total!, AMOUNT_COLUMN, s.reclaimed), ...(s.unresolved ? [line(w.unresolved!, 3, String(s.unresolved))] : [])];
}

export async function exportOffboardSummary(s: OffboardSummary, format: 'csv' | 'xlsx', lang: Language, dir: string, now: Date): Promise<JournalExport> {
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  const fileName = `offboarding-${s.customerId.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 40)}-${stamp}.${format}`;
  const body = rows(s, lang);
  let bytes: Buffer;
  if (format === 'csv') {
    bytes = Buffer.from(csvText([HEADERS[lang].map((h) => csvCell(h)), ...body.map((r) => r.map((v, c) => csvCell(v, KINDS[c])))]), 'utf8');
  } else {
    const book = new (await loadExcel()).Workbook();
    const sheet = book.addWorksheet(lang === 'zh-CN' ? '客户退出' : 'Offboarding');
    sheet.addRow(HEADERS[lang].map((h) => xlsxCell(h, 'text'))).font = { bold: true };
    for (const r of body) {
      const row = sheet.addRow(r.map((v, c) => xlsxCell(v, KINDS[c]!)));
      row.getCell(AMOUNT_COLUMN + 1).numFmt = '#,##0.00';
    }
    bytes = Buffer.from(await book.xlsx.writeBuffer());
  }
  const path = join(dir, fileName);
  writeFileSync(path, bytes);
  return { fileName, path, rows: s.items.length, base64: bytes.toString('base64') };
}
