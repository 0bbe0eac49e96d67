import { create } from 'zustand';
import { toIpcError, type IpcError } from '../../shared/contract/errors';
import type { PlanDetail, PlanKind, PlanParams, PlanSummary } from '../../shared/contract/channels/plans';
import { MAX_SHEET_BYTES, sheetTooLarge } from '../../shared/domain/sheet-limits';
import { api, ApiError } from '../bridge';
import { useSettingsStore } from './settings-store';

interface PlansState {
  plans: readonly PlanSummary[];
  current: PlanDetail | null;
  error: IpcError | null;
  busy: boolean;
  /** What the main pane shows: the current plan, or the account's approvers and policy. */
  panel: 'plan' | 'approvers';
  showApprovers(): void;
  load(): Promise<void>;
  open(id: string): Promise<void>;
  /** Reads the open plan again (another workstation changed it), leaving the panel and busy be. */
  refreshCurrent(): Promise<void>;
  /** Runs one call; the plan it returns becomes the current one. */
  run(call: () => Promise<PlanDetail | void>): Promise<boolean>;
  /** Voucher kinds take plan-level settings (quota, T2, remark). */
  importSheet(file: File, kind: PlanKind, name: string, params?: PlanParams): Promise<void>;
  importText(file: File, what: 'plan' | 'approval'): Promise<void>;
}

export async function fileBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Saves a file in the browser or the app window (both render the same renderer). */
export function download(fileName: string, mimeType: string, data: string, base64: boolean): void {
  const bytes = base64 ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) : new TextEncoder().encode(data);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const usePlansStore = create<PlansState>((set, get) => ({
  plans: [],
  current: null,
  error: null,
  busy: false,
  panel: 'plan',
  showApprovers() {
    set({ panel: 'approvers', error: null });
  },
  async load() {
    try {
      set({ plans: await api.plans.list(), error: null });
    } catch (e) {
      set({ error: e instanceof ApiError ? e.error : null });
    }
  },
  async open(id) {
    await get().run(() => api.plans.get({ id }));
  },
  async refreshCurrent() {
    const id = get().current?.id;
    if (!id) return;
    try {
      const plan = await api.plans.get({ id });
      // Another plan may have been opened meanwhile: keep that one.
      if (get().current?.id === id) set({ current: plan });
    } catch (e) {
      const error = e instanceof ApiError ? e.error : null;
      // Deleted on another workstation: nothing left to show.
      if (error?.code === 'PLAN_NOT_FOUND' && get().current?.id === id) set({ current: null });
      else set({ error });
    }
  },
  async run(call) {
    set({ busy: true });
    try {
      const plan = await call();
      if (plan) set({ current: plan, panel: 'plan' });
      set({ error: null, busy: false });
      await get().load();
      return true;
    } catch (e) {
      set({ error: e instanceof ApiError ? e.error : null, busy: false });
      return false;
    }
  },
  async importSheet(file, kind, name, params) {
    // Too large to send: the same specific message the core gives, without reading the file.
    if (file.size > MAX_SHEET_BYTES) {
      set({ error: toIpcError('PLAN_FILE_TOO_LARGE', sheetTooLarge(file.name, file.size), useSettingsStore.getState().language) });
      return;
    }
    const contentBase64 = await fileBase64(file);
    await get().run(() =>
      api.plans.importSheet({ fileName: file.name, kind, contentBase64, ...(name.trim() ? { name: name.trim() } : {}), ...(params ? { params } : {}) }),
    );
  },
  async importText(file, what) {
    const content = await file.text();
    await get().run(() => (what === 'plan' ? api.plans.importPlanFile({ content }) : api.plans.importApproval({ content })));
  },
}));
