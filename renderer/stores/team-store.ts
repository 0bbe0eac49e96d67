// The active profile's link to its team database (issue #16), and the team actions of the
// profiles screen. The password typed into the join form goes straight into one api call and
// is never kept here.
import { create } from 'zustand';
import type { SoloImportView, TeamJoinInput, TeamStatusView } from '../../shared/contract/channels/team';
import type { IpcError } from '../../shared/contract/errors';
import { api, bridge } from '../bridge';
import { errorOf } from '../components/error-of';
import { useProfilesStore } from './profiles-store';

interface TeamState {
  /** Null until the main side has answered (or when it cannot: an older host): show nothing. */
  readonly status: TeamStatusView | null;
  readonly busy: 'join' | 'leave' | 'import' | null;
  /** A failed leave or import (join failures go back to the form). */
  readonly error: IpcError | null;
  readonly imported: SoloImportView | null;
  load(): Promise<void>;
  /** Resolves to null on success, or the typed error for the form to show. */
  join(input: TeamJoinInput): Promise<IpcError | null>;
  leave(profileId: string): Promise<void>;
  importSolo(): Promise<void>;
}

/** Takes a status unless a newer one already arrived (an event may overtake an answer). */
function take(status: TeamStatusView): void {
  const last = useTeamStore.getState().status;
  if (last && last.profileId === status.profileId && last.since > status.since) return;
  useTeamStore.setState({ status });
}

export const useTeamStore = create<TeamState>((set, get) => {
  /** A join or leave changes the profile list (ProfileView.team) and, for the active one, the link. */
  const afterChange = async () => {
    await Promise.all([useProfilesStore.getState().load(), get().load()]);
  };
  return {
    status: null,
    busy: null,
    error: null,
    imported: null,
    async load() {
      try {
        take(await api.team.status());
      } catch {
        // No team channel on this host, or no profile yet: no team status to show.
      }
    },
    async join(input) {
      set({ busy: 'join', error: null, imported: null });
      try {
        const { caPem, ...rest } = input;
        // An empty CA box means none (a loopback server); the service checks the rest again.
        await api.team.join(caPem?.trim() ? { ...rest, caPem } : rest);
        await afterChange();
        return null;
      } catch (e) {
        return errorOf(e);
      } finally {
        set({ busy: null });
      }
    },
    async leave(profileId) {
      set({ busy: 'leave', error: null, imported: null });
      try {
        await api.team.leave({ profileId });
        await afterChange();
      } catch (e) {
        set({ error: errorOf(e) });
      } finally {
        set({ busy: null });
      }
    },
    async importSolo() {
      set({ busy: 'import', error: null, imported: null });
      try {
        set({ imported: await api.team.importSolo() });
      } catch (e) {
        set({ error: errorOf(e) });
      } finally {
        set({ busy: null });
      }
    },
  };
});

let watching = false;

/**
 * Starts following the link once: the `team.status` event says what changes, the first answer
 * what is (the link may have dropped before this page loaded), and a profile switch asks again,
 * since the status belongs to the active profile.
 */
export function watchTeam(): void {
  if (watching) return;
  watching = true;
  bridge.onEvent((event) => {
    if (event.name === 'team.status') take(event.payload);
  });
  useProfilesStore.subscribe((now, before) => {
    if (now.list && now.list.activeId !== before.list?.activeId) {
      useTeamStore.setState({ imported: null, error: null });
      void useTeamStore.getState().load();
    }
  });
  void useTeamStore.getState().load();
}
