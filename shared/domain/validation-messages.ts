// Messages for validation rules that zod's own locales cannot phrase, e.g. rules
// taken from the partner API spec. A schema refers to one with `message: 'rule:<key>'`.
import type { Messages } from '../contract/error-catalog/messages';

export const validationMessages: Readonly<Record<string, Messages>> = {
  amountPositive: { en: 'The amount must be greater than 0.', 'zh-CN': '金额必须大于 0。' },
  amountTwoDecimals: {
    en: 'The amount may have at most two decimal places.',
    'zh-CN': '金额最多保留两位小数。',
  },
  amountFormat: {
    en: 'The amount must be a number such as 1234.56.',
    'zh-CN': '金额必须是数字，例如 1234.56。',
  },
  alertAmount: { en: 'The alert amount must be a number of 0 or more, such as 1000 or 1000.50.', 'zh-CN': '提醒金额必须是不小于 0 的数字，例如 1000 或 1000.50。' },
  alertParameterMissing: { en: 'This kind of alert needs this value.', 'zh-CN': '此类提醒需要填写该值。' },
  alertParameterUnexpected: { en: 'This kind of alert takes no such value.', 'zh-CN': '此类提醒不使用该值。' },
};

export function rule(key: keyof typeof validationMessages & string): { message: string } {
  return { message: `rule:${key}` };
}
