// Words of the statement exports (XLSX and PDF), in English and Chinese.
import type { DifferenceReason, StatementLineKind } from '../../../shared/contract/channels/statements';

export type ExportLanguage = 'en' | 'zh-CN';

const L = {
  title: { en: 'Customer statement', 'zh-CN': '客户对账单' },
  summaryTitle: { en: 'Statements — summary', 'zh-CN': '对账单汇总' },
  summarySheet: { en: 'Summary', 'zh-CN': '汇总' },
  period: { en: 'Period (Beijing time)', 'zh-CN': '期间（北京时间）' },
  customer: { en: 'Customer', 'zh-CN': '客户' },
  customerId: { en: 'Customer ID', 'zh-CN': '客户 ID' },
  accountName: { en: 'Account name', 'zh-CN': '账号名' },
  customerName: { en: 'Name', 'zh-CN': '名称' },
  reseller: { en: 'Reseller (T2)', 'zh-CN': '二级经销商' },
  opening: { en: 'Opening balance', 'zh-CN': '期初余额' },
  granted: { en: 'Granted', 'zh-CN': '拨款' },
  reclaimed: { en: 'Reclaimed', 'zh-CN': '回收' },
  cashConsumed: { en: 'Consumption paid in cash', 'zh-CN': '现金消费' },
  voucherConsumed: { en: 'Consumption paid by vouchers', 'zh-CN': '代金券消费' },
  vouchersIssued: { en: 'Vouchers issued', 'zh-CN': '发放代金券' },
  vouchersReclaimed: { en: 'Vouchers reclaimed', 'zh-CN': '回收代金券' },
  closing: { en: 'Closing balance', 'zh-CN': '期末余额' },
  syncedBalance: { en: 'Synced balance', 'zh-CN': '同步余额' },
  balanceAsOf: { en: 'Balance as of', 'zh-CN': '余额数据时间' },
  expectedClosing: { en: 'Closing per synced balance', 'zh-CN': '按同步余额推算的期末余额' },
  difference: { en: 'Difference', 'zh-CN': '差额' },
  reason: { en: 'Explanation', 'zh-CN': '说明' },
  total: { en: 'Total', 'zh-CN': '合计' },
  date: { en: 'Date (UTC)', 'zh-CN': '时间（UTC）' },
  kind: { en: 'Movement', 'zh-CN': '业务' },
  reference: { en: 'Reference', 'zh-CN': '凭证号' },
  cash: { en: 'Cash', 'zh-CN': '现金' },
  voucher: { en: 'Voucher', 'zh-CN': '代金券' },
  balance: { en: 'Balance', 'zh-CN': '余额' },
  closingInWords: { en: 'Closing balance in words', 'zh-CN': '期末余额（大写）' },
  recordsFrom: { en: 'Records synced from', 'zh-CN': '记录同步起点' },
  billsFrom: { en: 'Bills synced for', 'zh-CN': '已同步账单月份' },
  generated: { en: 'Generated locally from the offline data', 'zh-CN': '根据本地离线数据生成' },
  currency: { en: 'Currency', 'zh-CN': '币种' },
  noLines: { en: 'No movements in this period.', 'zh-CN': '本期无业务发生。' },
  resellerOwn: { en: 'Reseller account: granted by / reclaimed to the T1, synced balance', 'zh-CN': '经销商账户：一级拨入 / 回收，同步余额' },
  never: { en: 'never synced', 'zh-CN': '从未同步' },
} as const;

export type LabelKey = keyof typeof L;

export function label(key: LabelKey, lang: ExportLanguage): string {
  return L[key][lang];
}

const KINDS: Record<StatementLineKind, { en: string; 'zh-CN': string }> = {
  grant: { en: 'Grant', 'zh-CN': '拨款' },
  reclaim: { en: 'Reclaim', 'zh-CN': '回收' },
  unbind: { en: 'Reclaim on unbinding', 'zh-CN': '解绑回收' },
  consumption: { en: 'Consumption (bill month)', 'zh-CN': '消费（账期）' },
  refund: { en: 'Refund / write-off (bill month)', 'zh-CN': '退订 / 核销（账期）' },
  voucherIssued: { en: 'Voucher issued', 'zh-CN': '发放代金券' },
  voucherReclaimed: { en: 'Voucher reclaimed', 'zh-CN': '回收代金券' },
};

export function kindLabel(kind: StatementLineKind, lang: ExportLanguage): string {
  return KINDS[kind][lang];
}

const REASONS: Record<DifferenceReason, { en: string; 'zh-CN': string }> = {
  none: { en: 'Agrees with the synced balance.', 'zh-CN': '与同步余额一致。' },
  carriedIn: {
    en: 'The customer was associated before the synced history starts: the difference is the balance carried in from movements not in the offline data.',
    'zh-CN': '客户关联早于已同步的历史起点：差额为离线数据之外的历史业务带入的余额。',
  },
  recordsMissing: {
    en: 'The synced records do not add up to the synced balance: a movement is missing (e.g. its record reached the list after the sync). Sync the records again.',
    'zh-CN': '已同步的记录与同步余额不符：缺少某笔业务（例如其记录在同步之后才出现）。请重新同步记录。',
  },
  noBalance: { en: 'No synced balance for this customer.', 'zh-CN': '此客户没有同步的余额。' },
};

export function reasonLabel(reason: DifferenceReason, lang: ExportLanguage): string {
  return REASONS[reason][lang];
}
