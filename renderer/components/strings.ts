import { defineStrings } from '../i18n/define-strings';

export const commonStrings = defineStrings(
  {
    appTitle: 'Partner Desk',
    tagline: 'Huawei Cloud partner console',
    navLabel: 'Main navigation',
    loading: 'Loading…',
    retry: 'Try again',
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    errorTitle: 'Something needs your attention',
    errorCode: 'Code',
    languageName: { en: 'English', 'zh-CN': '简体中文 (Chinese, Simplified)' },
  },
  {
    appTitle: 'Partner Desk',
    tagline: '华为云伙伴控制台',
    navLabel: '主导航',
    loading: '加载中…',
    retry: '重试',
    cancel: '取消',
    close: '关闭',
    save: '保存',
    errorTitle: '需要您注意',
    errorCode: '错误码',
    languageName: { en: 'English（英语）', 'zh-CN': '简体中文' },
  },
);
