// The create form's fields checked by the spec's rules (shared/domain/customer-rules.ts) and
// the site: the China site takes a login mobile (SMS code), the international one an e-mail
// (e-mail code) and the country or region (§3.3). Every refusal names the field in both languages.
import type { CreateCustomerInput } from '../../../shared/contract/channels/customers';
import { AppError } from '../../../shared/contract/errors';
import {
  areaProblem, codeProblem, CUSTOMER_RULE_MESSAGES, emailProblem, loginNameProblem, mobileProblem, passwordProblem, type CustomerFieldProblem,
} from '../../../shared/domain/customer-rules';

const FIELD_NAMES = {
  accountName: { en: 'Login name', zh: '登录名' },
  mobile: { en: 'Login mobile', zh: '登录手机号' },
  email: { en: 'E-mail', zh: '邮箱' },
  verificationCode: { en: 'Verification code', zh: '验证码' },
  password: { en: 'Password', zh: '密码' },
  domainArea: { en: 'Country or region', zh: '国家或地区' },
} as const;
export type CustomerField = keyof typeof FIELD_NAMES;

/** CUSTOMER_FIELD_INVALID naming the field and its rule in both languages (any form's fields). */
export function invalidField(field: string, problem: string, name: { en: string; zh: string }, rule: { en: string; 'zh-CN': string }): AppError {
  return new AppError('CUSTOMER_FIELD_INVALID', { field, problem, fieldEn: name.en, fieldZh: name.zh, ruleEn: rule.en, ruleZh: rule['zh-CN'] });
}

export function fieldError(field: CustomerField, problem: CustomerFieldProblem): AppError {
  return invalidField(field, problem, FIELD_NAMES[field], CUSTOMER_RULE_MESSAGES[problem]);
}

export const SITE_WORDS = { cn: { en: 'China', zh: '中国站' }, intl: { en: 'international', zh: '国际站' } } as const;

export function notOnSite(site: 'cn' | 'intl', what: { en: string; zh: string }, why: { en: string; zh: string }): AppError {
  return new AppError('CUSTOMER_NOT_ON_SITE', { what: what.en, whatZh: what.zh, siteEn: SITE_WORDS[site].en, siteZh: SITE_WORDS[site].zh, whyEn: why.en, whyZh: why.zh });
}

/** Checks every field offline; returns the normalised input. */
export function checkCreateFields(input: CreateCustomerInput, site: 'cn' | 'intl'): CreateCustomerInput {
  const problem = (field: CustomerField, p: CustomerFieldProblem | null) => {
    if (p) throw fieldError(field, p);
  };
  problem('accountName', loginNameProblem(input.accountName));
  if (site === 'cn') {
    if (input.email || input.domainArea) {
      throw notOnSite('cn', { en: 'An e-mail login or a country', zh: '邮箱登录或国家地区' }, {
        en: 'the China site registers customers by mobile (§3.3); e-mail and domain_area belong to the international site.',
        zh: '中国站以手机号注册客户（§3.3）；邮箱和 domain_area 属于国际站。',
      });
    }
    if (input.mobile) {
      problem('mobile', mobileProblem(input.mobile));
      problem('verificationCode', codeProblem(input.verificationCode ?? ''));
    }
  } else {
    if (input.mobile) {
      throw notOnSite('intl', { en: 'A login mobile', zh: '登录手机号' }, {
        en: 'the international site registers customers by e-mail (§3.3 intl body has no mobile_phone).',
        zh: '国际站以邮箱注册客户（§3.3 国际站请求体没有 mobile_phone）。',
      });
    }
    problem('domainArea', areaProblem(input.domainArea ?? ''));
    if (input.email) {
      problem('email', emailProblem(input.email));
      problem('verificationCode', codeProblem(input.verificationCode ?? ''));
    }
  }
  if (input.password) problem('password', passwordProblem(input.password, input.accountName, input.mobile ?? input.email ?? ''));
  return input;
}
