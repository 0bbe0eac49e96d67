// Invoices: the documents of each kind (requests to Huawei, the partner's own invoices) from the
// operations file, status changes, the export package, and the international site's list.
import { create } from 'zustand';
import type { IntlInvoices, InvoiceExport, InvoiceKind, InvoiceStatus, InvoiceView } from '../../shared/contract/channels/invoices';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { errorOf } from '../components/error-of';

interface InvoicesState {
  readonly docs: Readonly<Record<InvoiceKind, readonly InvoiceView[]>>;
  readonly error: IpcError | null;
  readonly exported: InvoiceExport | null;
  readonly intl: IntlInvoices | null;
  readonly intlError: IpcError | null;
  readonly intlBusy: boolean;
  load(kind: InvoiceKind): Promise<void>;
  added(view: InvoiceView): void;
  setStatus(id: string, kind: InvoiceKind, status: InvoiceStatus, invoiceNumber?: string): Promise<boolean>;
  exportPackage(id: string, language: 'en' | 'zh-CN'): Promise<InvoiceExport | null>;
  loadIntl(): Promise<void>;
  syncIntl(fromMonth: string, toMonth: string): Promise<void>;
}

export const useInvoices = create<InvoicesState>((set, get) => ({
  docs: { request: [], customer: [] },
  error: null,
  exported: null,
  intl: null,
  intlError: null,
  intlBusy: false,
  async load(kind) {
    try {
      const list = await api.invoices.list({ kind });
      set({ docs: { ...get().docs, [kind]: list }, error: null });
    } catch (e) {
      set({ error: errorOf(e) });
    }
  },
  added(view) {
    set({ docs: { ...get().docs, [view.kind]: [view, ...get().docs[view.kind]] } });
  },
  async setStatus(id, kind, status, invoiceNumber) {
    try {
      const view = await api.invoices.setStatus({ id, status, ...(invoiceNumber ? { invoiceNumber } : {}) });
      set({ docs: { ...get().docs, [kind]: get().docs[kind].map((d) => (d.id === id ? view : d)) }, error: null });
      return true;
    } catch (e) {
      set({ error: errorOf(e) });
      return false;
    }
  },
  async exportPackage(id, language) {
    try {
      const done = await api.invoices.export({ id, language });
      set({ exported: done, error: null });
      return done;
    } catch (e) {
      set({ error: errorOf(e) });
      return null;
    }
  },
  async loadIntl() {
    try {
      set({ intl: await api.invoices.intlList(), intlError: null });
    } catch (e) {
      set({ intlError: errorOf(e) });
    }
  },
  async syncIntl(fromMonth, toMonth) {
    set({ intlBusy: true });
    try {
      set({ intl: await api.invoices.intlSync({ fromMonth, toMonth }), intlError: null });
    } catch (e) {
      set({ intlError: errorOf(e) });
    } finally {
      set({ intlBusy: false });
    }
  },
}));
