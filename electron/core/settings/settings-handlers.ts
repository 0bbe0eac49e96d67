import { AppError, type AreaHandlers, type Contract, type Language } from '../../../shared/contract';
import type { CoreContext } from '../core-context';

export function currentLanguage(core: CoreContext): Language {
  return core.settings.get('language') ?? 'en';
}

export function settingsHandlers(core: CoreContext): AreaHandlers<Contract, 'settings'> {
  return {
    get: () => ({ language: currentLanguage(core) }),
    setLanguage: ({ language }) => {
      try {
        core.settings.set('language', language);
      } catch (error) {
        throw new AppError('SETTINGS_WRITE_FAILED', { reason: (error as Error).message });
      }
      core.events.emit('settings.changed', { key: 'language' });
      return { language };
    },
  };
}
