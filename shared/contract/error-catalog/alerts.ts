import type { Catalog } from './messages';

export const alertsErrors = {
  ALERTS_UNAVAILABLE: {
    en: 'Alerts need an active profile with its operations file: {{reason}}',
    'zh-CN': '提醒需要一个已启用的配置及其操作文件：{{reason}}',
  },
  ALERT_NOT_FOUND: {
    en: 'Alert {{seq}} is not in this profile’s alert log.',
    'zh-CN': '此配置的提醒记录中没有提醒 {{seq}}。',
  },
  ALERT_NOT_FUNDABLE: {
    en: 'A “{{kind}}” alert is not about customers or T2 resellers, so no funding plan can be made from it.',
    'zh-CN': '“{{kind}}”提醒不涉及客户或云经销商，无法据此生成拨款计划。',
  },
  ALERT_NOTHING_TO_FUND: {
    en: 'Nothing to fund: alert {{seq}} is cleared or names no one below its amount.',
    'zh-CN': '无需拨款：提醒 {{seq}} 已解除，或没有低于其金额的对象。',
  },
} as const satisfies Catalog;
