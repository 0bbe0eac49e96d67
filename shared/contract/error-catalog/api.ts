import type { Catalog } from './messages';

// Errors of the signed partner-API client (electron/core/signing, http, partner-api).
// Never put a secret key or token into details: these messages reach the screen and logs.
export const apiErrors = {
  SIGNING_OUTSIDE_PROFILE: {
    en: 'Partner Desk refused to send this request: it breaks signing rule {{section}} ({{rule}}): {{detail}}. Nothing was sent.',
    'zh-CN': 'Partner Desk 拒绝发送此请求：它违反了签名规则 {{section}}（{{rule}}）：{{detail}}。请求未发出。',
  },
} as const satisfies Catalog;
