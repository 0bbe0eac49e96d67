import { z } from 'zod';
import { channel } from '../define';
import type { Language } from '../errors';

export const languageSchema = z.enum(['en', 'zh-CN']);

export interface UiSettings {
  readonly language: Language;
}

export const settingsChannels = {
  get: channel<UiSettings>()(z.undefined().optional()),
  setLanguage: channel<UiSettings>()(z.strictObject({ language: languageSchema }), ['SETTINGS_WRITE_FAILED']),
};
