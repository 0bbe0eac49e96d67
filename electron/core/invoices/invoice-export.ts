// The package of one invoice request (or one of the partner's own invoices): a PDF to read and
// file, and an XLSX with the same facts and the bill lines the amount came from.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/contract';
import type { InvoiceExport, InvoiceView } from '../../../shared/contract/channels/invoices';
import { formatMoney, toChineseCapital, type Currency } from '../../../shared/domain/money';
import { loadExcel } from '../infra/export/excel';
import { EXPORTS_DIR } from '../infra/export/export-view';
import { xlsxCell } from '../infra/export/formula-guard';
import { pdfTable, writePdf } from '../infra/export/pdf';
import type { ExportLanguage } from '../statements/labels';

type Words = Record<string, { en: string; 'zh-CN': string }>;

const W = {
  request: { en: 'Invoice request to Huawei Cloud', 'zh-CN': '华为云开票申请' },
  customerInvoice: { en: 'Invoice', 'zh-CN': '发票' },
  submitHint: { en: 'Submit this request in Huawei Partner Center › Finance › Invoice management.', 'zh-CN': '请在华为伙伴中心 › 财务 › 发票管理 中提交此申请。' },
  status: { en: 'Status', 'zh-CN': '状态' },
  number: { en: 'Invoice number', 'zh-CN': '发票号码' },
  basis: { en: 'Basis', 'zh-CN': '开票方式' },
  type: { en: 'Invoice kind', 'zh-CN': '发票类型' },
  period: { en: 'Billing period (Beijing time)', 'zh-CN': '账期（北京时间）' },
  customer: { en: 'Customer', 'zh-CN': '客户' },
  order: { en: 'Order', 'zh-CN': '订单' },
  amount: { en: 'Amount to invoice', 'zh-CN': '开票金额' },
  inWords: { en: 'Amount in words', 'zh-CN': '金额（大写）' },
  cash: { en: 'Paid in cash (invoiced)', 'zh-CN': '现金支付（开票）' },
  voucher: { en: 'Paid by vouchers (not invoiced)', 'zh-CN': '代金券支付（不开票）' },
  billsAsOf: { en: 'Bills as of', 'zh-CN': '账单数据时间' },
  title: { en: 'Invoice title', 'zh-CN': '发票抬头' },
  titleType: { en: 'Title type', 'zh-CN': '抬头类型' },
  taxId: { en: 'Taxpayer ID', 'zh-CN': '纳税人识别号' },
  bank: { en: 'Bank and account', 'zh-CN': '开户银行及账号' },
  registered: { en: 'Registered address and phone', 'zh-CN': '注册地址及电话' },
  remark: { en: 'Remark', 'zh-CN': '备注' },
  delivery: { en: 'Delivery', 'zh-CN': '寄送' },
  lines: { en: 'Bill lines', 'zh-CN': '账单明细' },
  month: { en: 'Month', 'zh-CN': '月份' },
  service: { en: 'Service', 'zh-CN': '服务' },
  created: { en: 'Prepared by', 'zh-CN': '制单' },
  history: { en: 'Status history', 'zh-CN': '状态记录' },
} as const satisfies Words;

export const INVOICE_WORDS: Words = {
  'basis.period': { en: 'By billing period', 'zh-CN': '按账期' },
  'basis.order': { en: 'By order', 'zh-CN': '按订单' },
  'basis.customerPeriod': { en: 'By customer and billing period', 'zh-CN': '按客户分账期' },
  'type.ordinary-electronic': { en: 'VAT ordinary invoice, electronic', 'zh-CN': '增值税普通发票（电子）' },
  'type.ordinary-paper': { en: 'VAT ordinary invoice, paper', 'zh-CN': '增值税普通发票（纸质）' },
  'type.special-paper': { en: 'VAT special invoice, paper', 'zh-CN': '增值税专用发票（纸质）' },
  'type.special-digital': { en: 'VAT special invoice, fully digital (数电专票)', 'zh-CN': '数电专票（增值税专用发票）' },
  'title.individual': { en: 'Individual', 'zh-CN': '个人' },
  'title.enterprise': { en: 'Enterprise', 'zh-CN': '企业' },
  'status.prepared': { en: 'Prepared', 'zh-CN': '已准备' },
  'status.submitted': { en: 'Submitted', 'zh-CN': '已提交' },
  'status.issued': { en: 'Issued', 'zh-CN': '已开具' },
  'status.rejected': { en: 'Rejected', 'zh-CN': '已驳回' },
  'status.draft': { en: 'Draft', 'zh-CN': '草稿' },
  'status.sent': { en: 'Sent', 'zh-CN': '已寄送' },
  'status.void': { en: 'Void', 'zh-CN': '已作废' },
};

const w = (k: keyof typeof W, lang: ExportLanguage) => W[k][lang];
const heading = (inv: InvoiceView): keyof typeof W => (inv.kind === 'request' ? 'request' : 'customerInvoice');
const word = (k: string, lang: ExportLanguage) => INVOICE_WORDS[k]?.[lang] ?? k;

function facts(inv: InvoiceView, lang: ExportLanguage, m: (v: string) => string): [string, string][] {
  const d = inv.details;
  const period = inv.period.fromMonth === inv.period.toMonth ? inv.period.fromMonth : `${inv.period.fromMonth} – ${inv.period.toMonth}`;
  const delivery = d.email ? d.email : [d.recipient, d.postalAddress, d.zipCode, d.mobile].filter(Boolean).join(' · ');
  return [
    [w('status', lang), word(`status.${inv.status}`, lang)],
    ...(inv.invoiceNumber ? [[w('number', lang), inv.invoiceNumber] as [string, string]] : []),
    [w('basis', lang), word(`basis.${inv.basis}`, lang)],
    [w('type', lang), word(`type.${inv.invoiceType}`, lang)],
    [w('period', lang), period],
    ...(inv.customerId ? [[w('customer', lang), [inv.customerName, inv.customerId].filter(Boolean).join(' · ')] as [string, string]] : []),
    ...(inv.orderId ? [[w('order', lang), inv.orderId] as [string, string]] : []),
    [w('amount', lang), m(inv.amount)],
    ...(lang === 'zh-CN' ? [[w('inWords', lang), toChineseCapital(inv.amount)] as [string, string]] : []),
    [w('cash', lang), m(inv.cashAmount)],
    [w('voucher', lang), m(inv.voucherAmount)],
    [w('billsAsOf', lang), inv.billsAsOf ?? '—'],
    [w('titleType', lang), word(`title.${d.titleType}`, lang)],
    [w('title', lang), d.title],
    [w('taxId', lang), d.taxId || '—'],
    [w('bank', lang), [d.bankName, d.bankAccount].filter(Boolean).join(' ') || '—'],
    [w('registered', lang), [d.registeredAddress, d.registeredPhone].filter(Boolean).join(' ') || '—'],
    [w('remark', lang), d.remark || '—'],
    [w('delivery', lang), delivery || '—'],
    [w('created', lang), `${inv.operator} · ${inv.createdAt}`],
  ];
}

export async function exportInvoice(inv: InvoiceView, profileDir: string, lang: ExportLanguage): Promise<InvoiceExport> {
  const dir = join(profileDir, EXPORTS_DIR);
  const base = `${inv.kind === 'request' ? 'invoice-request' : 'invoice'}-${inv.invoiceNumber ?? inv.id.slice(0, 8)}-${lang}`;
  const currency: Currency = inv.currency === 'USD' ? 'USD' : 'CNY';
  const m = (v: string) => formatMoney(v, { currency });
  const rows = facts(inv, lang, m);
  try {
    mkdirSync(dir, { recursive: true });
    const pdf = join(dir, `${base}.pdf`);
    await writePdf(pdf, { title: w(heading(inv), lang) }, (doc) => {
      doc.fontSize(16).text(w(heading(inv), lang));
      if (inv.kind === 'request') doc.moveDown(0.2).fontSize(9).text(w('submitHint', lang));
      doc.moveDown(0.6);
      pdfTable(doc, [{ header: '', width: 170 }, { header: '', width: 345 }], rows, 9);
      doc.moveDown(0.6).fontSize(11).text(w('lines', lang));
      doc.moveDown(0.2);
      pdfTable(doc, [
        { header: w('month', lang), width: 60 }, { header: w('customer', lang), width: 200 }, { header: w('service', lang), width: 115 },
        { header: w('cash', lang), width: 70, align: 'right' }, { header: w('voucher', lang), width: 70, align: 'right' },
      ], inv.lines.map((l) => [l.cycle, l.customerId, l.service ?? '', m(l.cash), m(l.voucher)]));
      doc.moveDown(0.6).fontSize(11).text(w('history', lang));
      doc.moveDown(0.2);
      pdfTable(doc, [{ header: '', width: 170 }, { header: '', width: 120 }, { header: '', width: 225 }],
        inv.events.map((e) => [e.at, word(`status.${e.status}`, lang), [e.invoiceNumber, e.operator, e.note].filter(Boolean).join(' · ')]), 8);
    });
    const xlsx = join(dir, `${base}.xlsx`);
    const ExcelJS = await loadExcel();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet(w(heading(inv), lang).slice(0, 31));
    for (const [k, v] of rows) sheet.addRow([k, xlsxCell(v, 'text')]);
    const amountRow = sheet.addRow([w('amount', lang), xlsxCell(inv.amount, 'money')]);
    amountRow.getCell(2).numFmt = '#,##0.00';
    sheet.addRow([]);
    const head = sheet.addRow([w('month', lang), w('customer', lang), w('service', lang), w('cash', lang), w('voucher', lang)]);
    head.font = { bold: true };
    for (const l of inv.lines) {
      const r = sheet.addRow([l.cycle, xlsxCell(l.customerId, 'text'), xlsxCell(l.service, 'text'), xlsxCell(l.cash, 'money'), xlsxCell(l.voucher, 'money')]);
      r.getCell(4).numFmt = '#,##0.00';
      r.getCell(5).numFmt = '#,##0.00';
    }
    [26, 40, 24, 16, 16].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    await wb.xlsx.writeFile(xlsx);
    return {
      files: [
        { fileName: `${base}.pdf`, path: pdf, format: 'pdf', bytes: statSync(pdf).size },
        { fileName: `${base}.xlsx`, path: xlsx, format: 'xlsx', bytes: statSync(xlsx).size },
      ],
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('EXPORT_FAILED', { reason: (error as Error).message });
  }
}
