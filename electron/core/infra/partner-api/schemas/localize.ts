// Localises request-validation issues: partner-API rules from our own table, everything else
// through the app's shared localizer (zod locales and shared rule keys such as amounts).
import type { z } from 'zod';
import { localizeIssues, type LocalizedIssue } from '../../../validation-messages';
import { API_RULE_PREFIX, apiRuleMessages, type ApiRuleKey } from './rule-messages';

export function localizeApiIssues(error: z.ZodError): LocalizedIssue[] {
  return error.issues.map((issue) => {
    if (issue.message.startsWith(API_RULE_PREFIX)) {
      const m = apiRuleMessages[issue.message.slice(API_RULE_PREFIX.length) as ApiRuleKey];
      if (m) return { path: issue.path.map(String).join('.'), en: m.en, zh: m['zh-CN'] };
    }
    return localizeIssues({ issues: [issue] } as z.ZodError)[0]!;
  });
}
