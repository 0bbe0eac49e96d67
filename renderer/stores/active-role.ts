// The active profile's partner role (SP or T1): T1-only actions (reseller quota) show for a T1.
import { useEffect } from 'react';
import { useProfilesStore } from './profiles-store';

export function useActiveRole(): 'SP' | 'T1' | null {
  const list = useProfilesStore((s) => s.list);
  useEffect(() => {
    if (!useProfilesStore.getState().list) void useProfilesStore.getState().load();
  }, []);
  const active = list?.profiles.find((p) => p.id === list.activeId);
  return active ? (active.role === 'T1' ? 'T1' : 'SP') : null;
}
