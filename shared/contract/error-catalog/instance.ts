import type { Catalog } from './messages';

// One process per data folder (electron/core/infra/instance/data-folder-lock.ts): the money guards
// live in memory, so a second copy on the same folder is refused at start-up.
export const instanceErrors = {
  DATA_FOLDER_IN_USE: {
    en: 'Partner Desk is already open on this data folder ({{holderEn}}, pid {{pid}}, since {{since}}). Close it first; two copies could send the same money operation twice.',
    'zh-CN': 'Partner Desk 已在此数据文件夹上运行（{{holderZh}}，进程 {{pid}}，自 {{since}} 起）。请先关闭它；同时运行两份可能会把同一笔资金操作发送两次。',
  },
  DATA_FOLDER_LOCK_LOST: {
    en: 'Partner Desk no longer holds its data folder, so another copy could be using it. The action was not carried out; restart Partner Desk.',
    'zh-CN': 'Partner Desk 已不再独占其数据文件夹，可能有另一份程序正在使用它。操作未执行；请重新启动 Partner Desk。',
  },
} as const satisfies Catalog;
