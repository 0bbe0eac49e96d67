// Alerts: the active profile's rules, the fired-alert log, "Fund these" (a draft plan, opened
// in Plans) and the web host's notifications. Listens for alert changes and finished syncs.
import { create } from 'zustand';
import type { AlertRule, AlertRuleInput, FiredAlertView } from '../../shared/contract/channels/alerts';
import type { IpcError } from '../../shared/contract/errors';
import { api, bridge } from '../bridge';
import { errorOf } from '../components/error-of';
import { showAlertNotification } from '../host-notifications';
import { useNavStore } from './nav-store';
import { usePlansStore } from './plans-store';

interface AlertsState {
  readonly rules: readonly AlertRule[];
  readonly log: readonly FiredAlertView[];
  readonly error: IpcError | null;
  readonly busy: boolean;
  load(): Promise<void>;
  saveRules(rules: readonly AlertRuleInput[]): Promise<boolean>;
  check(): Promise<void>;
  /** Makes the draft plan of alert `seq` and opens it in Plans. */
  fundThese(seq: number): Promise<void>;
}

let watching = false;
const listeners = new Set<() => void>();

/** Other stores (the overview) reload when an alert changes or a sync finishes. */
export function onAlertsOrSync(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Started once by the app: notifications must show whichever screen is open. */
export function watchAlerts(): void {
  if (watching) return;
  watching = true;
  bridge.onEvent((e) => {
    if (e.name === 'alerts.changed') {
      if (e.payload.notify && showAlertNotification(e.payload)) void api.alerts.markNotified({ seq: e.payload.seq }).catch(() => undefined);
      void useAlertsStore.getState().load();
    }
    if (e.name === 'alerts.changed' || e.name === 'sync.finished' || e.name === 'money.journal') for (const l of listeners) l();
  });
}

export const useAlertsStore = create<AlertsState>((set, get) => ({
  rules: [],
  log: [],
  error: null,
  busy: false,
  async load() {
    try {
      const [rules, log] = await Promise.all([api.alerts.rules(), api.alerts.list({ limit: 200 })]);
      set({ rules, log, error: null });
    } catch (e) {
      set({ error: errorOf(e) });
    }
  },
  async saveRules(rules) {
    set({ busy: true, error: null });
    try {
      set({ rules: await api.alerts.saveRules({ rules: [...rules] }) });
      await api.alerts.check();
      await get().load();
      return true;
    } catch (e) {
      set({ error: errorOf(e) });
      return false;
    } finally {
      set({ busy: false });
    }
  },
  async check() {
    set({ busy: true, error: null });
    try {
      await api.alerts.check();
      await get().load();
    } catch (e) {
      set({ error: errorOf(e) });
    } finally {
      set({ busy: false });
    }
  },
  async fundThese(seq) {
    set({ busy: true, error: null });
    try {
      const { planId } = await api.alerts.fundThese({ seq });
      await get().load();
      await usePlansStore.getState().load();
      await usePlansStore.getState().open(planId);
      useNavStore.getState().go('plans');
    } catch (e) {
      set({ error: errorOf(e) });
    } finally {
      set({ busy: false });
    }
  },
}));
