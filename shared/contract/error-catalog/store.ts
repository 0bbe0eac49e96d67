import type { Catalog } from './messages';

// Local store, sync and export errors (issue #7).
export const storeErrors = {
  STORE_UNAVAILABLE: {
    en: 'The local data of this profile cannot be opened: {{reason}}',
    'zh-CN': '无法打开此配置的本地数据：{{reason}}',
  },
  STORE_CORRUPT: {
    en: 'The local database {{file}} is damaged ({{reason}}). Nothing has been deleted. Choose "Start fresh and re-sync" to move the damaged file aside and fetch everything again.',
    'zh-CN': '本地数据库 {{file}} 已损坏（{{reason}}）。未删除任何内容。请选择“重新开始并重新同步”：损坏的文件会被移到一旁保留，然后重新获取全部数据。',
  },
  STORE_NEWER_SCHEMA: {
    en: 'The local database {{file}} was written by a newer Partner Desk (schema {{found}}, this version knows {{known}}). Update Partner Desk to open it.',
    'zh-CN': '本地数据库 {{file}} 由更新版本的 Partner Desk 写入（结构版本 {{found}}，当前版本仅支持 {{known}}）。请升级 Partner Desk 后再打开。',
  },
  SYNC_ALREADY_RUNNING: {
    en: 'A sync is already running. Wait for it to finish or cancel it first.',
    'zh-CN': '同步正在进行中。请等待完成或先取消。',
  },
  EXPORT_FAILED: {
    en: 'The export could not be written: {{reason}}',
    'zh-CN': '无法写入导出文件：{{reason}}',
  },
  EXPORT_NOT_FOUND: {
    en: 'The export file "{{fileName}}" does not exist (any more).',
    'zh-CN': '导出文件“{{fileName}}”不存在（或已被删除）。',
  },
  EXPORT_TOO_LARGE: {
    en: 'The export file "{{fileName}}" is too large to download here ({{mb}} MB); open it from {{path}}.',
    'zh-CN': '导出文件“{{fileName}}”过大（{{mb}} MB），无法在此下载；请直接打开 {{path}}。',
  },
} as const satisfies Catalog;
