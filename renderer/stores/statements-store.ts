// Statements: the period (Beijing-time months), the scope (all customers, or one T2's), the
// summary page and one customer's statement, all computed by the main side from the offline store.
import { create } from 'zustand';
import type { CustomerStatement, StatementExportResult, StatementSummary } from '../../shared/contract/channels/statements';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { recentBeijingMonths } from '../components/format/time';
import { errorOf } from '../components/error-of';

const lastMonth = recentBeijingMonths(new Date(), 2)[0]!;

export interface StatementScope {
  readonly fromMonth: string;
  readonly toMonth: string;
  readonly indirectPartnerId: string;
  readonly search: string;
  readonly onlyDifferences: boolean;
}

interface StatementsState {
  readonly scope: StatementScope;
  readonly offset: number;
  readonly summary: StatementSummary | null;
  readonly detail: CustomerStatement | null;
  readonly loading: boolean;
  readonly error: IpcError | null;
  readonly exporting: boolean;
  readonly exported: StatementExportResult | null;
  readonly exportError: IpcError | null;
  setScope(patch: Partial<StatementScope>): void;
  page(offset: number): void;
  load(): Promise<void>;
  open(customerId: string): Promise<void>;
  close(): void;
  exportAs(format: 'xlsx' | 'pdf', language: 'en' | 'zh-CN', customerIds?: string[]): Promise<StatementExportResult | null>;
}

export const PAGE_SIZE = 100;

function query(scope: StatementScope) {
  return {
    period: { fromMonth: scope.fromMonth, toMonth: scope.toMonth },
    ...(scope.indirectPartnerId ? { indirectPartnerId: scope.indirectPartnerId } : {}),
    ...(scope.search.trim() ? { search: scope.search.trim() } : {}),
    ...(scope.onlyDifferences ? { onlyDifferences: true } : {}),
  };
}

export const useStatements = create<StatementsState>((set, get) => ({
  scope: { fromMonth: lastMonth, toMonth: lastMonth, indirectPartnerId: '', search: '', onlyDifferences: false },
  offset: 0,
  summary: null,
  detail: null,
  loading: false,
  error: null,
  exporting: false,
  exported: null,
  exportError: null,
  setScope(patch) {
    set({ scope: { ...get().scope, ...patch }, offset: 0 });
    void get().load();
  },
  page(offset) {
    set({ offset });
    void get().load();
  },
  async load() {
    set({ loading: true });
    try {
      const summary = await api.statements.summary({ ...query(get().scope), offset: get().offset, limit: PAGE_SIZE });
      set({ summary, error: null });
    } catch (e) {
      set({ error: errorOf(e), summary: null });
    } finally {
      set({ loading: false });
    }
  },
  async open(customerId) {
    try {
      const { fromMonth, toMonth } = get().scope;
      set({ detail: await api.statements.customer({ period: { fromMonth, toMonth }, customerId }), error: null });
    } catch (e) {
      set({ error: errorOf(e) });
    }
  },
  close() {
    set({ detail: null });
  },
  async exportAs(format, language, customerIds) {
    set({ exporting: true, exported: null, exportError: null });
    try {
      const done = await api.statements.export({ ...query(get().scope), format, language, ...(customerIds ? { customerIds } : {}) });
      set({ exported: done });
      return done;
    } catch (e) {
      set({ exportError: errorOf(e) });
      return null;
    } finally {
      set({ exporting: false });
    }
  },
}));
