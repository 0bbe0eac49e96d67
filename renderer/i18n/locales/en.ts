// English UI strings. zh-CN.ts must have exactly the same keys (checked by the type and a test).
export const en = {
  app: {
    title: 'Partner Desk',
    tagline: 'Huawei Cloud partner console',
  },
  nav: {
    label: 'Main navigation',
    settings: 'Settings',
  },
  settings: {
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
    saved: 'Saved.',
  },
  language: {
    en: 'English',
    'zh-CN': '简体中文 (Chinese, Simplified)',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'Something needs your attention',
    errorCode: 'Code',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof en>;
