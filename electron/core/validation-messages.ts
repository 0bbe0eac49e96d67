// Turns zod issues into messages in both UI languages. Custom rules carry a key
// ("rule:<key>") into shared/domain/validation-messages; built-in checks use zod's locales.
import { z } from 'zod';
import { validationMessages } from '../../shared/domain/validation-messages';

export interface LocalizedIssue {
  readonly path: string;
  readonly en: string;
  readonly zh: string;
}

const zhLocale = z.locales.zhCN().localeError;
const enLocale = z.locales.en().localeError;

function localize(issue: z.core.$ZodIssue, locale: typeof zhLocale): string {
  const out = locale(issue as never);
  return typeof out === 'string' ? out : (out?.message ?? issue.message);
}

export function localizeIssues(error: z.ZodError): LocalizedIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const ruleKey = issue.message.startsWith('rule:') ? issue.message.slice(5) : null;
    const rule = ruleKey ? validationMessages[ruleKey] : undefined;
    if (rule) return { path, en: rule.en, zh: rule['zh-CN'] };
    return { path, en: localize(issue, enLocale), zh: localize(issue, zhLocale) };
  });
}

export function summarize(issues: readonly LocalizedIssue[], lang: 'en' | 'zh'): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path ? `${i.path}: ${i[lang]}` : i[lang]))
    .join('; ');
}
