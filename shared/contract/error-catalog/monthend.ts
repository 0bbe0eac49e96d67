import type { Catalog } from './messages';

// Month end: statements, invoice requests and partner-issued invoices (issue #14).
export const monthEndErrors = {
  STATEMENT_PERIOD_TOO_LONG: {
    en: 'A statement period is at most {{max}} months (the bills only go back that far); {{months}} months were asked for.',
    'zh-CN': '对账期间最多 {{max}} 个月（账单只能查询这么久）；当前选择了 {{months}} 个月。',
  },
  STATEMENT_CUSTOMER_UNKNOWN: {
    en: 'Customer {{customerId}} is not in the synced data of this profile (or not in the chosen reseller). Sync customers first.',
    'zh-CN': '客户 {{customerId}} 不在此配置已同步的数据中（或不属于所选经销商）。请先同步客户。',
  },
  STATEMENT_PDF_TOO_MANY: {
    en: 'A PDF holds at most {{max}} statements; {{count}} were chosen. Export the workbook (XLSX) for all customers, or choose fewer.',
    'zh-CN': '一个 PDF 最多包含 {{max}} 份对账单，当前选择了 {{count}} 份。请导出全部客户的工作簿（XLSX），或减少所选客户。',
  },
  STATEMENT_NOTHING_TO_EXPORT: {
    en: 'No customer matches the chosen period and filter, so there is nothing to export.',
    'zh-CN': '没有客户符合所选期间和筛选条件，无可导出的内容。',
  },
  PDF_FONT_MISSING: {
    en: 'No Chinese font was found to write the PDF (looked for Noto Sans CJK in {{looked}}). Install the fonts-noto-cjk package.',
    'zh-CN': '未找到用于生成 PDF 的中文字体（已查找 {{looked}} 中的 Noto Sans CJK）。请安装 fonts-noto-cjk 软件包。',
  },
  INVOICE_REQUEST_UNKNOWN: {
    en: 'Invoice request {{id}} does not exist in this account\'s operations file.',
    'zh-CN': '此账号的操作文件中没有开票申请 {{id}}。',
  },
  INVOICE_SPECIAL_NEEDS_ENTERPRISE: {
    en: 'A VAT special invoice (paper or 数电专票) can only be issued to an enterprise title; choose a VAT ordinary invoice for an individual.',
    'zh-CN': '增值税专用发票（纸质或数电专票）只能开给企业抬头；个人抬头请选择增值税普通发票。',
  },
  INVOICE_DETAILS_INCOMPLETE: {
    en: 'The invoice details are incomplete: {{fields}}.',
    'zh-CN': '发票信息不完整：{{fields}}。',
  },
  INVOICE_NOTHING_TO_INVOICE: {
    en: 'The bills of {{what}} hold no amount to invoice (sync the bills of that period first).',
    'zh-CN': '{{what}} 的账单中没有可开票的金额（请先同步该期间的账单）。',
  },
  INVOICE_STATUS_NOT_ALLOWED: {
    en: 'Invoice {{id}} is "{{from}}"; it cannot become "{{to}}".',
    'zh-CN': '发票 {{id}} 当前为“{{from}}”，不能变为“{{to}}”。',
  },
  INVOICE_NUMBER_REQUIRED: {
    en: 'An issued invoice needs its invoice number (as printed on the invoice).',
    'zh-CN': '已开具的发票需要填写发票号码（与发票上印的一致）。',
  },
  INVOICE_NUMBER_TAKEN: {
    en: 'Invoice number {{number}} is already used by {{other}}.',
    'zh-CN': '发票号码 {{number}} 已被 {{other}} 使用。',
  },
  INVOICE_INTL_ONLY: {
    en: 'Huawei lists invoices through the API on the international site only; on the China site prepare the request here and submit it in Partner Center.',
    'zh-CN': '华为仅在国际站通过 API 提供发票列表；中国站请在此准备开票申请，再到伙伴中心提交。',
  },
  POSTPAID_INTL_ONLY: {
    en: 'The postpaid bill summary (ListPostpaidBillSum) exists on the international site only; on the China site the partner\'s bills are in Partner Center.',
    'zh-CN': '后付费账单汇总（ListPostpaidBillSum）仅国际站提供；中国站的伙伴账单请在伙伴中心查看。',
  },
  POSTPAID_MONTH_OUTSIDE_WINDOW: {
    en: 'Month {{month}} is outside the bill months Huawei keeps ({{from}} to {{to}}).',
    'zh-CN': '月份 {{month}} 不在华为保留的账单月份内（{{from}} 至 {{to}}）。',
  },
} as const satisfies Catalog;
