// The per-item outcome of an executed plan as a file finance can open: CSV (UTF-8 with BOM,
// so Excel reads Chinese correctly) or XLSX with typed cells (amounts as numbers with a
// two-decimal format; the exact decimal text is kept in its own column).
import { loadExcel } from '../infra/export/excel';
import type { Language } from '../../../shared/contract';
import type { PlanBinaryOut } from '../../../shared/contract/channels/plans';
import { csvCell, csvText } from '../infra/export/csv-writer';
import { cellText, xlsxCell, type CellKind } from '../infra/export/formula-guard';
import type { StoredItem, StoredPlan } from './plan-repository';

const HEADERS: Record<Language, readonly string[]> = {
  en: ['Row', 'Counterparty ID', 'Name', 'Amount', 'Memo', 'Outcome', 'Transaction ID', 'Journal entry', 'Error code', 'Error message', 'Attempts', 'Finished at (UTC)'],
  'zh-CN': ['行', '对象 ID', '名称', '金额', '备注', '结果', '交易号', '日志条目', '错误码', '错误信息', '发送次数', '完成时间（UTC）'],
};

const OUTCOMES: Record<Language, Record<string, string>> = {
  en: {},
  'zh-CN': {
    pending: '待执行', 'in-flight': '执行中', done: '成功', failed: '失败', unknown: '结果未知',
    'reconciled-done': '核对后确认成功', 'reconciled-not-applied': '核对后确认未执行', skipped: '已取消',
  },
};

/** How each column of HEADERS is typed: the row number and attempts are counts, the amount is money. */
const KINDS: readonly CellKind[] = ['count', 'text', 'text', 'money', 'text', 'text', 'text', 'text', 'text', 'text', 'count', 'text'];

function cells(i: StoredItem, lang: Language): (string | number)[] {
  return [i.index + 1, i.counterpartyId, i.counterpartyName ?? '', i.amount, i.memo, OUTCOMES[lang][i.outcome] ?? i.outcome,
    i.transId ?? '', i.journalEntryId ?? '', i.errorCode ?? '', i.errorMessage ?? '', i.attempts, i.finishedAt ?? ''];
}

export async function exportResult(plan: StoredPlan, items: readonly StoredItem[], format: 'csv' | 'xlsx', lang: Language): Promise<PlanBinaryOut> {
  const base = `plan-${plan.name.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60) || plan.id}-result`;
  if (format === 'csv') {
    const text = csvText([HEADERS[lang].map((h) => csvCell(h)), ...items.map((i) => cells(i, lang).map((v, c) => csvCell(v, KINDS[c])))]);
    return { fileName: `${base}.csv`, mimeType: 'text/csv;charset=utf-8', contentBase64: Buffer.from(text, 'utf8').toString('base64') };
  }
  const book = new (await loadExcel()).Workbook();
  const sheet = book.addWorksheet(lang === 'zh-CN' ? '执行结果' : 'Result');
  sheet.addRow([...HEADERS[lang], lang === 'zh-CN' ? '金额（文本）' : 'Amount (text)'].map((h) => xlsxCell(h, 'text')));
  sheet.getRow(1).font = { bold: true };
  for (const i of items) {
    // Two-decimal amounts are exact as doubles for display; the text column keeps the decimal
    // (a plain decimal is data, so only a malformed amount there is guarded like text).
    sheet.addRow([...cells(i, lang).map((v, c) => xlsxCell(v, KINDS[c]!)), cellText(i.amount, 'money')]);
  }
  sheet.getColumn(4).numFmt = '#,##0.00';
  sheet.columns.forEach((c) => (c.width = 18));
  const buffer = await book.xlsx.writeBuffer();
  return {
    fileName: `${base}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: Buffer.from(buffer as ArrayBuffer).toString('base64'),
  };
}
