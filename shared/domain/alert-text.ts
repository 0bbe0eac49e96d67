// The words of an alert, in both languages: the notification's title and body, the Alerts
// screen and the CLI use the same text. One place, so the three never disagree.
import type { AlertKind, AlertSubject } from '../contract/channels/alerts';
import type { Language } from '../contract/errors';
import { formatMoney, type Currency } from './money';

export interface AlertWording {
  readonly kind: AlertKind;
  readonly amount: string | null;
  readonly percent: number | null;
  readonly days: number | null;
}

export function alertRuleText(rule: AlertWording, lang: Language, currency: Currency = 'CNY'): string {
  const money = rule.amount !== null ? formatMoney(rule.amount, { currency }) : '';
  const zh = lang === 'zh-CN';
  switch (rule.kind) {
    case 'partner-allocatable-below':
      return zh ? `可拨款余额低于 ${money}` : `Allocatable balance below ${money}`;
    case 't2-below':
      return zh ? `云经销商余额低于 ${money}` : `A T2 reseller below ${money}`;
    case 'customer-below':
      return zh ? `客户余额低于 ${money}` : `A customer below ${money}`;
    case 'customer-in-debt':
      return zh ? '客户欠费' : 'A customer in debt';
    case 'quota-below-percent':
      return zh ? `代金券额度余量低于 ${rule.percent}%` : `A voucher quota below ${rule.percent}%`;
    case 'quota-expiring':
      return zh ? `代金券额度 ${rule.days} 天内到期` : `A voucher quota expiring within ${rule.days} days`;
    case 'vouchers-expiring':
      return zh ? `代金券 ${rule.days} 天内到期` : `Vouchers expiring within ${rule.days} days`;
  }
}

/** "3 customers: Acme, Beta, Gamma" — at most three names, then "and N more". */
export function alertSubjectsText(kind: AlertKind, subjects: readonly AlertSubject[], lang: Language): string {
  const zh = lang === 'zh-CN';
  if (subjects.length === 0) return zh ? '已解除' : 'Cleared';
  const noun: Record<AlertKind, [string, string, string]> = {
    'partner-allocatable-below': ['your account', 'your account', '本账号'],
    't2-below': ['T2 reseller', 'T2 resellers', '个云经销商'],
    'customer-below': ['customer', 'customers', '个客户'],
    'customer-in-debt': ['customer', 'customers', '个客户'],
    'quota-below-percent': ['quota', 'quotas', '个额度'],
    'quota-expiring': ['quota', 'quotas', '个额度'],
    'vouchers-expiring': ['voucher', 'vouchers', '张代金券'],
  };
  const [one, many, zhNoun] = noun[kind];
  if (kind === 'partner-allocatable-below') return zh ? zhNoun : one;
  const names = subjects.slice(0, 3).map((s) => s.name ?? s.id);
  const more = subjects.length - names.length;
  if (zh) return `${subjects.length} ${zhNoun}：${names.join('、')}${more > 0 ? ` 等` : ''}`;
  return `${subjects.length} ${subjects.length === 1 ? one : many}: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
