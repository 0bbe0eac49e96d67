// Funding: the pickers' targets, the preview of the operation being confirmed, and the
// journal entry of the last operation sent.
import { create } from 'zustand';
import type { JournalEntryView } from '../../shared/contract/channels/activity';
import type { MoneyIntentInput, MoneyPreview, MoneyTargets } from '../../shared/contract/channels/money';
import type { IpcError } from '../../shared/contract/errors';
import { api } from '../bridge';
import { errorOf } from '../components/table/paged-list';
import type { PickedCounterparty } from '../components/CounterpartyPicker';

/** What a customer row or detail hands the Funding form: the operation and the counterparty. */
export interface FundingPrefill {
  readonly operation: MoneyIntentInput['operation'];
  readonly counterparty: PickedCounterparty;
}

interface FundingState {
  /** Set by "Fund" / "Reclaim" elsewhere; the Funding screen takes it once. */
  readonly prefill: FundingPrefill | null;
  startWith(prefill: FundingPrefill): void;
  takePrefill(): FundingPrefill | null;
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
  prefill: null,
  startWith(prefill) {
    set({ prefill, preview: null, intent: null, result: null, error: null });
  },
  takePrefill() {
    const p = get().prefill;
    if (p) set({ prefill: null });
    return p;
  },
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
