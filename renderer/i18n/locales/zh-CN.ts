import type { Catalogue } from './en';

export const zhCN: Catalogue = {
  app: {
    title: 'Partner Desk',
    tagline: '华为云伙伴控制台',
  },
  nav: {
    label: '主导航',
    settings: '设置',
  },
  settings: {
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
    saved: '已保存。',
  },
  language: {
    en: 'English（英语）',
    'zh-CN': '简体中文',
  },
  common: {
    loading: '加载中…',
    retry: '重试',
    errorTitle: '需要您注意',
    errorCode: '错误码',
  },
};
