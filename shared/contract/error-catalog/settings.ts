import type { Catalog } from './messages';

export const settingsErrors = {
  SETTINGS_WRITE_FAILED: {
    en: 'The settings could not be saved: {{reason}}',
    'zh-CN': '无法保存设置：{{reason}}',
  },
} as const satisfies Catalog;
