import { create } from 'zustand';
import type { AppInfo } from '../../shared/contract/channels/app';
import type { IpcError, Language } from '../../shared/contract/errors';
import { api, ApiError } from '../bridge';
import { changeLanguage } from '../i18n';

interface SettingsState {
  language: Language;
  info: AppInfo | null;
  error: IpcError | null;
  load(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  language: 'en',
  info: null,
  error: null,
  async load() {
    try {
      const [settings, info] = await Promise.all([api.settings.get(), api.app.info()]);
      await changeLanguage(settings.language);
      set({ language: settings.language, info, error: null });
    } catch (e) {
      set({ error: e instanceof ApiError ? e.error : null });
    }
  },
  async setLanguage(language) {
    try {
      const saved = await api.settings.setLanguage({ language });
      await changeLanguage(saved.language);
      set({ language: saved.language, error: null });
    } catch (e) {
      set({ error: e instanceof ApiError ? e.error : null });
    }
  },
}));
