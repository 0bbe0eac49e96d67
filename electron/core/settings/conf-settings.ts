import Conf from 'conf';
import { settingsFrom, type SettingsStore } from './settings-store';

/** Settings for the web host and tests; same file electron-store writes in Electron. */
export function createConfSettings(dataDir: string): SettingsStore {
  return settingsFrom(new Conf({ cwd: dataDir, configName: 'settings', projectName: 'partner-desk' }));
}

/** In-memory settings for unit tests. */
export function createMemorySettings(): SettingsStore {
  const values = new Map<string, unknown>();
  return settingsFrom({
    get: (k) => values.get(k),
    set: (k, v) => void values.set(k, v),
    path: ':memory:',
  });
}
