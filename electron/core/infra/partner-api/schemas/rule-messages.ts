// Messages for the partner-API rules zod cannot phrase, worded after partner-api.md. A
// schema refers to one with `apiRule('<key>')`; localize.ts resolves them.
import type { Messages } from '../../../../../shared/contract/error-catalog/messages';

export const apiRuleMessages = {
  utcTime: { en: 'Use UTC time as yyyy-MM-ddTHH:mm:ssZ, e.g. 2019-05-06T08:05:01Z.', 'zh-CN': '请使用 UTC 时间，格式 yyyy-MM-ddTHH:mm:ssZ，例如 2019-05-06T08:05:01Z。' },
  month: { en: 'Use a month as YYYY-MM, e.g. 2018-08.', 'zh-CN': '请使用 YYYY-MM 格式的月份，例如 2018-08。' },
  beijingDate: { en: 'Use a date as YYYY-MM-DD (Beijing time, UTC+8), e.g. 2017-10-21.', 'zh-CN': '请使用 YYYY-MM-DD 格式的日期（北京时间 UTC+8），例如 2017-10-21。' },
  notEmpty: { en: 'An empty string is not allowed here.', 'zh-CN': '此处不允许空字符串。' },
  identityMobile: { en: 'A mobile number is the country code with 00 prefix, a dash and the number, e.g. 0086-13XXXXXXXXX; only 0086 is supported.', 'zh-CN': '手机号格式为带 00 前缀的国家码、短横线和号码，例如 0086-13XXXXXXXXX；仅支持 0086。' },
  identityEmail: { en: 'An e-mail must be a full address containing @.', 'zh-CN': '邮箱必须是包含 @ 的完整地址。' },
  domainArea: { en: 'The country or region is an ISO 3166 alpha-2 code, e.g. MX.', 'zh-CN': '国家或地区须为 ISO 3166 两位字母代码，例如 MX。' },
  loginName: { en: 'A login name has 5–32 characters (letters, digits, _ or -), starts with a letter or -, does not start with op_ or shadow_ and is not all digits.', 'zh-CN': '登录名为 5–32 个字符（字母、数字、_ 或 -），以字母或 - 开头，不能以 op_ 或 shadow_ 开头，且不能全为数字。' },
  domainName: { en: 'An account name has 5–32 characters (letters, digits, _ or -), starts with a letter, _ or -, does not start with op_ or shadow_ and is not all digits.', 'zh-CN': '账号名为 5–32 个字符（字母、数字、_ 或 -），以字母、_ 或 - 开头，不能以 op_ 或 shadow_ 开头，且不能全为数字。' },
  chinaMobile: { en: 'Only China mobile numbers are supported, e.g. 13XXXXXXXXX.', 'zh-CN': '仅支持中国大陆手机号，例如 13XXXXXXXXX。' },
  password: { en: 'The password has 8–32 characters with at least two of: upper-case letters, lower-case letters, digits, special characters.', 'zh-CN': '密码为 8–32 个字符，至少包含大写字母、小写字母、数字、特殊字符中的两种。' },
  passwordNotName: { en: 'The password must not equal the account name or its reverse, nor contain the mobile number.', 'zh-CN': '密码不能与账号名相同或为其倒序，也不能包含手机号。' },
  verificationCode: { en: 'The verification code has exactly 6 characters.', 'zh-CN': '验证码必须为 6 个字符。' },
  verificationCodeRequired: { en: 'A verification code is required when a mobile number is given (send one with SendVerificationMessageCode first).', 'zh-CN': '填写手机号时必须提供验证码（请先调用 SendVerificationMessageCode 发送）。' },
  customerIdForScene18: { en: 'customer_id is required when scene is 18 (bank-card real-name authentication).', 'zh-CN': 'scene 为 18（个人银行卡实名认证）时必须提供 customer_id。' },
  billDatesTogether: { en: 'bill_date_begin and bill_date_end are given both or neither, within the month of bill_cycle.', 'zh-CN': 'bill_date_begin 与 bill_date_end 须同时提供或同时不提供，且在 bill_cycle 所在月份内。' },
  offsetWithLimit: { en: 'offset must be given together with limit.', 'zh-CN': 'offset 必须与 limit 一起提供。' },
} as const satisfies Record<string, Messages>;

export type ApiRuleKey = keyof typeof apiRuleMessages;

export const API_RULE_PREFIX = 'rule:api.';

export function apiRule(key: ApiRuleKey): { message: string } {
  return { message: `${API_RULE_PREFIX}${key}` };
}
