// Profiles in the settings file (electron-store / conf). Writes replace the whole list, so a
// profile is either fully there or not at all.
import { randomUUID } from 'node:crypto';
import type { SettingsStore } from '../settings/settings-store';
import type { StoredProfile } from './profile';

export interface ProfileRepository {
  all(): StoredProfile[];
  find(id: string): StoredProfile | undefined;
  save(profile: StoredProfile): void;
  remove(id: string): void;
  activeId(): string | null;
  setActiveId(id: string | null): void;
  newId(): string;
}

export function profileRepository(settings: SettingsStore): ProfileRepository {
  const all = () => [...(settings.get('profiles') ?? [])];
  return {
    all,
    find: (id) => all().find((p) => p.id === id),
    save(profile) {
      const list = all();
      const at = list.findIndex((p) => p.id === profile.id);
      if (at >= 0) list[at] = profile;
      else list.push(profile);
      settings.set('profiles', list);
    },
    remove(id) {
      settings.set(
        'profiles',
        all().filter((p) => p.id !== id),
      );
    },
    activeId: () => settings.get('activeProfileId') ?? null,
    setActiveId: (id) => settings.set('activeProfileId', id),
    newId: () => `p-${randomUUID().replace(/-/g, '').slice(0, 16)}`,
  };
}
