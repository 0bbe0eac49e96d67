// One settings interface, one implementation per host: electron-store inside Electron,
// its base library `conf` (same author, same file format) in the web host and tests.
import type { Language } from '../../../shared/contract';
import type { StoredProfile } from '../profiles/profile';

/** Every key the settings file may hold. Areas add their keys here. */
export interface AppSettings {
  language: Language;
  /** Public profile fields only; SKs live in the OS keychain. */
  profiles: StoredProfile[];
  activeProfileId: string | null;
}

export interface SettingsStore {
  get<K extends keyof AppSettings>(key: K): AppSettings[K] | undefined;
  set<K extends keyof AppSettings>(key: K, value: AppSettings[K]): void;
  /** Absolute path of the settings file, shown in Settings/About. */
  readonly path: string;
}

/** The minimal surface both electron-store and conf provide. */
export interface ConfLike {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
}

export function settingsFrom(store: ConfLike): SettingsStore {
  return {
    get: (key) => store.get(key) as never,
    set: (key, value) => store.set(key, value),
    get path() {
      return store.path;
    },
  };
}
