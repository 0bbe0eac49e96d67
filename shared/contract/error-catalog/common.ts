import type { Catalog } from './messages';

// Errors any channel can return, raised by the transports and the router.
export const commonErrors = {
  UNKNOWN_CHANNEL: {
    en: 'Unknown request "{{channel}}".',
    'zh-CN': '未知的请求“{{channel}}”。',
  },
  INVALID_INPUT: {
    en: 'The request was not valid: {{summaryEn}}',
    'zh-CN': '请求内容无效：{{summaryZh}}',
  },
  UNAUTHORIZED: {
    en: 'This window is not allowed to talk to Partner Desk (missing or wrong launch token).',
    'zh-CN': '此窗口无权访问 Partner Desk（启动令牌缺失或错误）。',
  },
  FORBIDDEN_ORIGIN: {
    en: 'Request refused: it did not come from Partner Desk itself ({{reason}}).',
    'zh-CN': '请求被拒绝：它并非来自 Partner Desk 本身（{{reason}}）。',
  },
  NOT_FOUND: {
    en: '{{what}} was not found.',
    'zh-CN': '未找到{{what}}。',
  },
  INTERNAL: {
    en: 'Something went wrong inside Partner Desk. The action was not completed. (ref {{ref}})',
    'zh-CN': 'Partner Desk 内部出错，操作未完成。（参考号 {{ref}}）',
  },
} as const satisfies Catalog;
