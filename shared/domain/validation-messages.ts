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
};

export function rule(key: keyof typeof validationMessages & string): { message: string } {
  return { message: `rule:${key}` };
}
