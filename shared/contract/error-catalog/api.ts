import type { Catalog } from './messages';

// Errors of the signed partner-API client (electron/core/signing, http, partner-api).
// Never put a secret key or token into details: these messages reach the screen and logs.
export const apiErrors = {
  SIGNING_OUTSIDE_PROFILE: {
    en: 'Partner Desk refused to send this request: it breaks signing rule {{section}} ({{rule}}): {{detail}}. Nothing was sent.',
    'zh-CN': 'Partner Desk 拒绝发送此请求：它违反了签名规则 {{section}}（{{rule}}）：{{detail}}。请求未发出。',
  },
  API_INVALID_REQUEST: {
    en: '{{operation}} was not sent because the input breaks the partner API rules: {{summaryEn}}',
    'zh-CN': '{{operation}} 未发送，因为输入不符合伙伴 API 的规则：{{summaryZh}}',
  },
  API_WRONG_SITE: {
    en: '{{operation}} exists only on the {{siteEn}} site; this account is on the other site. Nothing was sent.',
    'zh-CN': '{{operation}} 仅在{{siteZh}}提供，而此账号属于另一站点。请求未发出。',
  },
  API_HUAWEI_ERROR: {
    en: 'Huawei Cloud rejected {{operation}} with {{huaweiCode}} ({{meaningEn}}): "{{huaweiMessage}}". HTTP {{status}}, request id {{requestId}}.',
    'zh-CN': '华为云拒绝了 {{operation}}，错误码 {{huaweiCode}}（{{meaningZh}}）：“{{huaweiMessage}}”。HTTP {{status}}，请求 ID {{requestId}}。',
  },
  API_HTTP_ERROR: {
    en: 'Huawei Cloud answered {{operation}} with HTTP {{status}} and no error code (request id {{requestId}}). Check the endpoint address and try again later.',
    'zh-CN': '华为云对 {{operation}} 返回了 HTTP {{status}}，且没有错误码（请求 ID {{requestId}}）。请检查接入地址，稍后重试。',
  },
  API_CLOCK_SKEW: {
    en: 'Huawei Cloud rejected the signature of {{operation}} because this computer’s clock is {{skewMinutes}} minutes off the server’s (the limit is 15). Set the system clock to the correct time and try again.',
    'zh-CN': '华为云拒绝了 {{operation}} 的签名，因为本机时钟与服务器相差 {{skewMinutes}} 分钟（上限 15 分钟）。请校准系统时间后重试。',
  },
  API_AUTH_FAILED: {
    en: 'Huawei Cloud did not accept the credentials for {{operation}} ({{huaweiCode}}, HTTP {{status}}, request id {{requestId}}). Check that the AK/SK belong to the partner account and are still active.',
    'zh-CN': '华为云未接受 {{operation}} 的凭证（{{huaweiCode}}，HTTP {{status}}，请求 ID {{requestId}}）。请确认 AK/SK 属于伙伴账号且仍然有效。',
  },
  API_RATE_LIMITED: {
    en: 'Huawei Cloud is rate-limiting {{operation}} ({{huaweiCode}}). Wait a few seconds and try again.',
    'zh-CN': '华为云正在对 {{operation}} 限流（{{huaweiCode}}）。请等待几秒后重试。',
  },
  API_NETWORK: {
    en: 'Could not reach Huawei Cloud for {{operation}}: {{reason}}. The request was not sent; check the network or proxy.',
    'zh-CN': '无法连接华为云执行 {{operation}}：{{reason}}。请求未发出；请检查网络或代理。',
  },
  API_SERVER_ERROR: {
    en: 'Huawei Cloud failed while handling {{operation}} ({{reason}}, request id {{requestId}}). Try again later.',
    'zh-CN': '华为云处理 {{operation}} 时出错（{{reason}}，请求 ID {{requestId}}）。请稍后重试。',
  },
  API_INVALID_RESPONSE: {
    en: 'Huawei Cloud’s answer to {{operation}} could not be read ({{reason}}, request id {{requestId}}).',
    'zh-CN': '无法解读华为云对 {{operation}} 的响应（{{reason}}，请求 ID {{requestId}}）。',
  },
  API_OUTCOME_UNKNOWN: {
    en: 'The outcome of {{operation}} is unknown ({{reason}}, request id {{requestId}}). It may have taken effect; Partner Desk will not repeat it. Check the records before trying again.',
    'zh-CN': '{{operation}} 的结果未知（{{reason}}，请求 ID {{requestId}}）。它可能已经生效；Partner Desk 不会自动重发。请先核对记录再决定是否重试。',
  },
} as const satisfies Catalog;
