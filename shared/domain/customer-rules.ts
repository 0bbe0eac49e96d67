// The spec's rules for a new customer's fields (partner-api.md §3.1–§3.3), checked offline
// before anything is sent, in the renderer as the operator types and again in the core.
// Each problem is a code with its message in both languages (customer-rule-messages below).

/** §3.1's login-name rule, the stricter of §3.1 and §3.3: 5–32 characters, first a letter or '-'. */
const LOGIN_NAME = /^[a-zA-Z-][a-zA-Z0-9_-]{4,31}$/;
/** §3.2: China mobile numbers only (11 digits starting with 1). */
const CHINA_MOBILE = /^1\d{10}$/;
/** §3.1: "a full address containing @"; we also want a dot in the domain and no spaces. */
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const AREA = /^[A-Z]{2}$/;

export type CustomerFieldProblem =
  | 'nameLength' | 'nameFormat' | 'nameReserved' | 'nameDigits'
  | 'mobileFormat' | 'emailFormat' | 'emailLength'
  | 'codeFormat' | 'passwordLength' | 'passwordKinds' | 'passwordName' | 'passwordContact'
  | 'areaFormat';

export function loginNameProblem(name: string): CustomerFieldProblem | null {
  if (name.length < 5 || name.length > 32) return 'nameLength';
  if (/^\d+$/.test(name)) return 'nameDigits';
  if (/^(op_|shadow_)/i.test(name)) return 'nameReserved';
  if (!LOGIN_NAME.test(name)) return 'nameFormat';
  return null;
}

export const mobileProblem = (mobile: string): CustomerFieldProblem | null => (CHINA_MOBILE.test(mobile) ? null : 'mobileFormat');

export function emailProblem(email: string): CustomerFieldProblem | null {
  // CheckUserIdentity takes at most 64 characters (§3.1).
  if (email.length > 64) return 'emailLength';
  return EMAIL.test(email) ? null : 'emailFormat';
}

/** §3.3: exactly 6 characters; the codes Huawei sends are digits. */
export const codeProblem = (code: string): CustomerFieldProblem | null => (/^\d{6}$/.test(code) ? null : 'codeFormat');

/** ISO 3166 alpha-2, e.g. MX (§3.3, international site). */
export const areaProblem = (area: string): CustomerFieldProblem | null => (AREA.test(area) ? null : 'areaFormat');

/** §3.3: 8–32 characters, two of {upper, lower, digit, special}, not the name or its reverse, not the mobile / e-mail. */
export function passwordProblem(password: string, name: string, contact: string): CustomerFieldProblem | null {
  if (password.length < 8 || password.length > 32) return 'passwordLength';
  if ([/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length < 2) return 'passwordKinds';
  if (name && (password === name || password === [...name].reverse().join(''))) return 'passwordName';
  if (contact && password.includes(contact)) return 'passwordContact';
  return null;
}

/** The documented interval rules of SendVerificationMessageCode (§3.2): at most 15 a hour. */
export const SMS_PER_HOUR = 15;
/**
 * The spec documents only the hourly and daily limits, not a resend interval; we let the
 * operator send again 60 seconds after the last code (the console's usual wait), which also
 * keeps a double-click from spending two of the 15.
 */
export const RESEND_AFTER_SECONDS = 60;
/** §3.2: a code is valid for `timeout` minutes, 10 by default (5 for e-mail codes on the intl site). */
export const CODE_VALID_MINUTES = { sms: 10, email: 5 } as const;

export const CUSTOMER_RULE_MESSAGES: Readonly<Record<CustomerFieldProblem, { en: string; 'zh-CN': string }>> = {
  nameLength: { en: 'The login name must have 5 to 32 characters.', 'zh-CN': '登录名须为 5 到 32 个字符。' },
  nameFormat: {
    en: 'The login name may use letters, digits, "_" and "-", and must start with a letter or "-".',
    'zh-CN': '登录名只能包含字母、数字、“_”和“-”，且须以字母或“-”开头。',
  },
  nameReserved: { en: 'The login name must not start with "op_" or "shadow_".', 'zh-CN': '登录名不能以“op_”或“shadow_”开头。' },
  nameDigits: { en: 'The login name must not be all digits.', 'zh-CN': '登录名不能全为数字。' },
  mobileFormat: { en: 'Enter a China mobile number: 11 digits starting with 1.', 'zh-CN': '请输入中国大陆手机号：以 1 开头的 11 位数字。' },
  emailFormat: { en: 'Enter a full e-mail address, e.g. name@example.com.', 'zh-CN': '请输入完整的邮箱地址，例如 name@example.com。' },
  emailLength: { en: 'The e-mail address may have at most 64 characters.', 'zh-CN': '邮箱地址最多 64 个字符。' },
  codeFormat: { en: 'The verification code has 6 digits.', 'zh-CN': '验证码为 6 位数字。' },
  passwordLength: { en: 'The password must have 8 to 32 characters.', 'zh-CN': '密码须为 8 到 32 个字符。' },
  passwordKinds: {
    en: 'The password needs two of: upper-case letters, lower-case letters, digits, special characters.',
    'zh-CN': '密码须包含大写字母、小写字母、数字、特殊字符中的至少两种。',
  },
  passwordName: { en: 'The password must not be the login name or the login name reversed.', 'zh-CN': '密码不能与登录名或倒序的登录名相同。' },
  passwordContact: { en: 'The password must not contain the mobile number or e-mail address.', 'zh-CN': '密码不能包含手机号或邮箱地址。' },
  areaFormat: { en: 'Choose the customer’s country or region (two letters, e.g. MX).', 'zh-CN': '请选择客户所在的国家或地区（两位字母，例如 MX）。' },
};
