// Offboarding a leaving customer from the Customers screen: "Offboard…" reads the live preview
// (balance and every voucher), the operator confirms exactly what it lists, and the per-item
// results and the group's summary come back. Activity opens the same summary by its id.
import { create } from 'zustand';
import type { OffboardPreview, OffboardResult, OffboardSummary } from '../../shared/contract/channels/offboarding';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { errorOf } from '../components/error-of';
import { useActivityStore } from './activity-store';
import { useNavStore } from './nav-store';

export interface OffboardTarget {
  readonly customerId: string;
  readonly name: string;
  readonly indirectPartnerId: string | null;
}

interface OffboardState {
  readonly target: OffboardTarget | null;
  readonly preview: OffboardPreview | null;
  readonly result: OffboardResult | null;
  readonly busy: 'preview' | 'send' | null;
  readonly error: IpcError | null;
  /** Activity: the offboarding whose summary is shown. */
  readonly summary: OffboardSummary | null;
  open(target: OffboardTarget): Promise<void>;
  confirm(): Promise<void>;
  close(): void;
  showSummary(id: string): Promise<void>;
  hideSummary(): void;
}

export const useOffboardStore = create<OffboardState>((set, get) => ({
  target: null,
  preview: null,
  result: null,
  busy: null,
  error: null,
  summary: null,
  async open(target) {
    set({ target, preview: null, result: null, error: null, busy: 'preview' });
    try {
      const preview = await api.customers.previewOffboard({ customerId: target.customerId, ...(target.indirectPartnerId ? { indirectPartnerId: target.indirectPartnerId } : {}) });
      if (get().target === target) set({ preview });
    } catch (e) {
      if (get().target === target) set({ error: errorOf(e) });
    } finally {
      if (get().target === target) set({ busy: null });
    }
  },
  async confirm() {
    const { preview } = get();
    if (!preview || get().busy) return;
    set({ busy: 'send', error: null });
    try {
      set({ result: await api.customers.offboard({ ...preview.execute, confirmation: preview.confirmation }) });
    } catch (e) {
      set({ error: errorOf(e) });
    } finally {
      set({ busy: null });
    }
  },
  close() {
    set({ target: null, preview: null, result: null, error: null, busy: null });
  },
  async showSummary(id) {
    try {
      set({ summary: await api.customers.offboardSummary({ id }), error: null });
    } catch (e) {
      set({ error: errorOf(e) });
    }
  },
  hideSummary() {
    set({ summary: null });
  },
}));

/** From the results: Activity with this offboarding's summary open. */
export function showInActivity(id: string): void {
  useOffboardStore.getState().close();
  void useOffboardStore.getState().showSummary(id);
  void useActivityStore.getState().load();
  useNavStore.getState().go('activity');
}
