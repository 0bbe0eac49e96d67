// The overview: one read of the active profile (balances, who needs money, what expires, what
// is unresolved, the last syncs, six months of funding and consumption), reloaded when a sync
// finishes, an alert changes or the journal moves.
import { create } from 'zustand';
import type { OverviewView } from '../../shared/contract/channels/overview';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { errorOf } from '../components/error-of';
import { onAlertsOrSync } from './alerts-store';

interface OverviewState {
  readonly view: OverviewView | null;
  readonly error: IpcError | null;
  readonly loading: boolean;
  load(): Promise<void>;
}

let subscribed = false;

export const useOverviewStore = create<OverviewState>((set, get) => ({
  view: null,
  error: null,
  loading: false,
  async load() {
    if (!subscribed) {
      subscribed = true;
      onAlertsOrSync(() => void get().load());
    }
    set({ loading: true });
    try {
      set({ view: await api.overview.get(), error: null });
    } catch (e) {
      set({ error: errorOf(e), view: null });
    } finally {
      set({ loading: false });
    }
  },
}));
