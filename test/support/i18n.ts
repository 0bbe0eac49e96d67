// The renderer's catalogues in i18next for server-rendered component tests (no DOM, so not
// renderer/i18n's initI18n, which sets the document's language).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues } from '../../renderer/i18n/catalogue';

export async function initTestI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: catalogues.en }, 'zh-CN': { translation: catalogues['zh-CN'] } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
}
