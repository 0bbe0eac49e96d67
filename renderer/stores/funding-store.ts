// Funding: the pickers' targets, the preview of the operation being confirmed, and the
// journal entry of the last operation sent.
import { create } from 'zustand';
import type { JournalEntryView } from '../../shared/contract/channels/activity';
import type { MoneyIntentInput, MoneyPreview, MoneyTargets } from '../../shared/contract/channels/money';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { errorOf } from '../components/table/paged-list';

interface FundingState {
  readonly targets: MoneyTargets | null;
  readonly targetsError: IpcError | null;
  /** The preview awaiting the operator's confirmation. */
  readonly preview: MoneyPreview | null;
  readonly intent: MoneyIntentInput | null;
  readonly busy: 'review' | 'send' | null;
  readonly error: IpcError | null;
  readonly result: JournalEntryView | null;
  loadTargets(): Promise<void>;
  review(intent: MoneyIntentInput): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
}

export const useFundingStore = create<FundingState>((set, get) => ({
  targets: null,
  targetsError: null,
  preview: null,
  intent: null,
  busy: null,
  error: null,
  result: null,
  async loadTargets() {
    try {
      set({ targets: await api.money.targets(), targetsError: null });
    } catch (e) {
      set({ targetsError: errorOf(e) });
    }
  },
  async review(intent) {
    set({ busy: 'review', error: null, result: null, preview: null, intent: null });
    try {
      set({ preview: await api.money.preview(intent), intent });
    } catch (e) {
      set({ error: errorOf(e) });
    } finally {
      set({ busy: null });
    }
  },
  async confirm() {
    const { preview, intent } = get();
    if (!preview || !intent) return;
    set({ busy: 'send', error: null });
    try {
      const result = await api.money.execute({ ...intent, confirmation: preview.confirmation });
      set({ result, preview: null, intent: null });
      void get().loadTargets();
    } catch (e) {
      set({ error: errorOf(e), preview: null, intent: null });
    } finally {
      set({ busy: null });
    }
  },
  cancel() {
    set({ preview: null, intent: null });
  },
}));
