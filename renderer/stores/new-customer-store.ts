// Creating customers: the live checks, the verification code, the preview awaiting the
// operator's confirmation, and the creations followed until associated (re-read every few
// seconds while one is pending; the list itself lives in the operations file, so leaving the
// screen or restarting loses nothing).
import { create } from 'zustand';
import type { CodeSent, CreateCustomerInput, CustomerCreationView, CustomerWritePreview, IdentityCheck, IdentityKind } from '../../shared/contract/channels/customers';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { errorOf } from '../components/table/paged-list';

interface NewCustomerState {
  readonly checks: Readonly<Partial<Record<IdentityKind, IdentityCheck | IpcError>>>;
  readonly code: CodeSent | null;
  readonly codeError: IpcError | null;
  readonly preview: { readonly input: CreateCustomerInput; readonly result: CustomerWritePreview } | null;
  readonly busy: 'review' | 'create' | 'code' | null;
  readonly error: IpcError | null;
  readonly last: CustomerCreationView | null;
  readonly creations: readonly CustomerCreationView[];
  check(kind: IdentityKind, value: string): Promise<void>;
  sendCode(to: { mobile: string } | { email: string }): Promise<void>;
  review(input: CreateCustomerInput): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
  load(): Promise<void>;
  checkNow(entryId: string): Promise<void>;
}

export const useNewCustomerStore = create<NewCustomerState>((set, get) => ({
  checks: {},
  code: null,
  codeError: null,
  preview: null,
  busy: null,
  error: null,
  last: null,
  creations: [],
  async check(kind, value) {
    try {
      const r = await api.customers.checkIdentity({ kind, value });
      set({ checks: { ...get().checks, [kind]: r } });
    } catch (e) {
      set({ checks: { ...get().checks, [kind]: errorOf(e) } });
    }
  },
  async sendCode(to) {
    set({ busy: 'code', codeError: null });
    try {
      set({ code: await api.customers.sendCode(to) });
    } catch (e) {
      set({ codeError: errorOf(e) });
    } finally {
      set({ busy: null });
    }
  },
  async review(input) {
    set({ busy: 'review', error: null, preview: null, last: null });
    try {
      set({ preview: { input, result: await api.customers.previewCreate(input) } });
    } catch (e) {
      set({ error: errorOf(e) });
    } finally {
      set({ busy: null });
    }
  },
  async confirm() {
    const p = get().preview;
    if (!p) return;
    set({ busy: 'create', error: null });
    try {
      const last = await api.customers.create({ ...p.input, confirmation: p.result.confirmation });
      set({ last, preview: null, code: null, checks: {} });
      await get().load();
    } catch (e) {
      set({ error: errorOf(e), preview: null });
    } finally {
      set({ busy: null });
    }
  },
  cancel() {
    set({ preview: null });
  },
  async load() {
    try {
      set({ creations: (await api.customers.creations()).creations });
    } catch (e) {
      set({ error: errorOf(e) });
    }
  },
  async checkNow(entryId) {
    try {
      const v = await api.customers.checkCreation({ entryId });
      set({ creations: get().creations.map((c) => (c.entryId === entryId ? v : c)), last: get().last?.entryId === entryId ? v : get().last });
    } catch (e) {
      set({ error: errorOf(e) });
    }
  },
}));
