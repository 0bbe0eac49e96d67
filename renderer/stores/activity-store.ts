// Activity: one page of the journal with its filters, reconciliation and export. Refreshes
// when the main side reports a journal change.
import { create } from 'zustand';
import type { JournalFilters, JournalPage, ReconcileSummary } from '../../shared/contract/channels/activity';
import type { IpcError } from '../../shared/contract/errors';
import { api, bridge } from '../bridge';
import { errorOf } from '../components/table/paged-list';
import { useFundingStore } from './funding-store';

const PAGE = 500;

interface ActivityState {
  readonly filters: JournalFilters;
  readonly page: JournalPage | null;
  readonly error: IpcError | null;
  /** Entry ids being reconciled ("*" for all). */
  readonly reconciling: ReadonlySet<string>;
  readonly summary: ReconcileSummary | null;
  load(): Promise<void>;
  setFilters(filters: JournalFilters): void;
  reconcile(id: string): Promise<void>;
  reconcileAll(): Promise<void>;
}

let watching = false;

export const useActivityStore = create<ActivityState>((set, get) => ({
  filters: {},
  page: null,
  error: null,
  reconciling: new Set(),
  summary: null,
  async load() {
    if (!watching) {
      watching = true;
      bridge.onEvent((e) => {
        if (e.name === 'money.journal') void get().load();
      });
      // "Send again" goes through the funding store. Whatever its send ended in, the entry may
      // have changed: a refusal after re-reading the records (MONEY_RETRY_APPLIED_LATE) marks it
      // reconciled-done, a send the journal could not record is reconciled later. Show it now.
      useFundingStore.subscribe((now, before) => {
        if (before.busy === 'send' && now.busy === null) void get().load();
      });
    }
    try {
      set({ page: await api.activity.list({ filters: get().filters, offset: 0, limit: PAGE }), error: null });
    } catch (e) {
      set({ error: errorOf(e) });
    }
  },
  setFilters(filters) {
    set({ filters });
    void get().load();
  },
  async reconcile(id) {
    set({ reconciling: new Set([...get().reconciling, id]), error: null });
    try {
      await api.activity.reconcile({ id });
    } catch (e) {
      set({ error: errorOf(e) });
    } finally {
      const next = new Set(get().reconciling);
      next.delete(id);
      set({ reconciling: next });
      await get().load();
    }
  },
  async reconcileAll() {
    set({ reconciling: new Set(['*']), error: null, summary: null });
    try {
      set({ summary: await api.activity.reconcileAll() });
    } catch (e) {
      set({ error: errorOf(e) });
    } finally {
      set({ reconciling: new Set() });
      await get().load();
    }
  },
}));
