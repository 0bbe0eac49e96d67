// What plan execution needs from the money-operation journal and its executor. Plans never
// call the partner API's money functions themselves: every item goes through `execute`,
// (or `executeMany` for the batch writes of voucher plans), which journals every intent before
// sending and sends exactly once.
import type { JournalEntryView, MoneyOperation } from '../../../../shared/contract/channels/activity';
import type { WriteDetails } from '../../../../shared/domain/operations';

export interface PlanMoneyIntent {
  readonly operation: MoneyOperation;
  readonly counterpartyId: string;
  readonly counterpartyName: string | null;
  readonly indirectPartnerId: string | null;
  /** Canonical decimal text. */
  readonly amount: string;
  readonly memo: string;
  readonly planId: string;
  /** The item's index as text; with planId it finds the item's journal entries after a crash. */
  readonly planItemId: string;
  /** Re-send of an entry proven not applied (e.g. refused with 429 throttling). */
  readonly retryOf: string | null;
  readonly operator: string;
  /** Voucher writes: quota, coupon, validity, remark. */
  readonly details?: WriteDetails | null;
}

/** One intent of `executeMany`: its journal entry, or why nothing was sent for it. */
export type PlanManyResult =
  | { readonly ok: true; readonly entry: JournalEntryView }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string } };

export interface PlanMoneyPort {
  /** Journals, sends once, records the outcome; returns the entry in its state after that. */
  execute(intent: PlanMoneyIntent): Promise<JournalEntryView>;
  /**
   * Many intents of one operation and operator: a batch write's items share calls of up to the
   * descriptor's maxItems, each item still its own journal entry; results in the order given.
   */
  executeMany(intents: readonly PlanMoneyIntent[]): Promise<PlanManyResult[]>;
  /** Asks the partner's adjust records whether an unresolved entry was applied. */
  reconcile(entryId: string, operator: string): Promise<JournalEntryView>;
  /** Every journal entry of one plan item, oldest first. */
  entriesOf(planId: string, planItemId: string): Promise<readonly JournalEntryView[]>;
}

/** Huawei's throttling answers (partner-api.md §1.3): the gateway refused the request, so it
 *  was certainly not applied and may be sent again after backing off. */
export const THROTTLE_CODES: ReadonlySet<string> = new Set(['APIG.0308', 'CBC.0250', 'HTTP.429', 'HTTP_429', 'API_RATE_LIMITED']);
