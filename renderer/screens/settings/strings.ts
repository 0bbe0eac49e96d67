import { defineStrings } from '../../i18n/define-strings';

export const settingsStrings = defineStrings(
  {
    nav: 'Settings',
    title: 'Settings',
    languageSection: 'Language',
    languageLabel: 'Display language',
    languageHelp: 'Used for every screen, message and export header.',
    aboutSection: 'About',
    version: 'Version',
    dataFolder: 'Data folder',
    host: 'Running in',
    hostElectron: 'Desktop app',
    hostWeb: 'Browser (local web host)',
    platform: 'Platform',
  },
  {
    nav: '设置',
    title: '设置',
    languageSection: '语言',
    languageLabel: '界面语言',
    languageHelp: '用于所有界面、提示信息和导出文件的表头。',
    aboutSection: '关于',
    version: '版本',
    dataFolder: '数据文件夹',
    host: '运行方式',
    hostElectron: '桌面应用',
    hostWeb: '浏览器（本地 Web 主机）',
    platform: '平台',
  },
);
