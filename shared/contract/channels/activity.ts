// Activity: the money-operation journal as the renderer sees it (issue #8). The journal is
// append-only: an entry is an intent, its states are events appended after it, and a
// correction (a re-send after a proven non-application) is a new entry linked to the old one.
import { z } from 'zod';
import { WRITE_OPERATION_NAMES, type WriteDetails, type WriteOperation } from '../../domain/operations';
import { channel } from '../define';

/** Every write the engine journals (shared/domain/operations.ts is the one list). */
export const moneyOperations = WRITE_OPERATION_NAMES;
export type MoneyOperation = WriteOperation;

/**
 * pending: intent durably written, not yet handed to the network.
 * sent: about to go on the wire (written before the request leaves).
 * done / failed: the API answered definitely. unknown: sent, answer lost or unreadable.
 * reconciled-*: an unresolved entry resolved by evidence from the adjust records.
 */
export const journalStates = ['pending', 'sent', 'done', 'failed', 'unknown', 'reconciled-done', 'reconciled-not-applied'] as const;
export type JournalState = (typeof journalStates)[number];
export const UNRESOLVED_STATES: readonly JournalState[] = ['pending', 'sent', 'unknown'];

/** What reconciliation found; stored as JSON on the event that resolved (or kept) an entry. */
export interface ReconcileEvidence {
  /** The adjust record matched (its trans_id is also the event's transId). */
  readonly record?: {
    readonly transId: string;
    readonly customerId: string;
    readonly operationType: string;
    /** For a reclaim: the amount actually taken back. */
    readonly amount: string;
    readonly operationTime: string;
    /** Coupon and quota records: the quota and coupon the record is about. */
    readonly quotaId?: string;
    readonly couponId?: string;
  };
  /** The window searched (UTC). */
  readonly window: { readonly from: string; readonly to: string };
  /** Matching records in the window, including ones claimed by other entries. */
  readonly candidates: number;
  /** Matching records already claimed by other journal entries. */
  readonly claimedByOthers: number;
  /** Counterparty balance read at reconciliation time, when available (decimal text). */
  readonly balanceNow?: string;
  /** Why a reconciliation could not decide (the entry stays unknown). */
  readonly undecided?: string;
  /** The entry was never handed to the network (crash between pending and sent). */
  readonly neverSent?: boolean;
  /** Server clock minus ours (ms), measured from the Date header, applied to the window. */
  readonly serverOffsetMs?: number;
  /** Until when (ISO) "not applied" is not concluded: the settle time after the outcome became unknown. */
  readonly settleUntil?: string;
  /** The record was found after the entry had been concluded not applied (records lag). */
  readonly lateRecord?: boolean;
}

export interface JournalEventView {
  readonly seq: number;
  readonly state: JournalState;
  readonly at: string;
  readonly operator: string;
  readonly requestId: string | null;
  readonly code: string | null;
  readonly message: string | null;
  readonly transId: string | null;
  readonly evidence: ReconcileEvidence | null;
}

export interface JournalEntryView {
  readonly id: string;
  readonly seq: number;
  readonly createdAt: string;
  readonly operator: string;
  readonly profileId: string;
  readonly profileName: string;
  readonly operation: MoneyOperation;
  /** Customer id (also for fundT2Customer) or T2 id. */
  readonly counterpartyId: string;
  readonly counterpartyName: string | null;
  /** The T2 whose customer is funded (fundT2Customer only). */
  readonly indirectPartnerId: string | null;
  /** Decimal text, two decimals. */
  readonly amount: string;
  readonly currency: string;
  readonly memo: string | null;
  /** The entry (proven not applied) this one re-sends. */
  readonly retryOf: string | null;
  /** The entry that re-sent this one, if any. */
  readonly retriedBy: string | null;
  readonly planId: string | null;
  readonly planItemId: string | null;
  /** Quota, coupon, validity and restrictions of a voucher write; null for funding. */
  readonly details: WriteDetails | null;
  /** The batch call this entry went out in (vouchers: up to 100 per call). */
  readonly batchId: string | null;
  /** What makes two intents the same write (an unresolved twin blocks a new one). */
  readonly intentKey: string;
  /** Current state: the last event. */
  readonly state: JournalState;
  readonly stateAt: string;
  /** X-Request-Id of the money call, when the API answered. */
  readonly requestId: string | null;
  readonly sentAt: string | null;
  readonly code: string | null;
  readonly message: string | null;
  /** transfer_id / trans_id of the applied operation (from the answer or from reconciliation). */
  readonly transId: string | null;
  readonly evidence: ReconcileEvidence | null;
  readonly events: readonly JournalEventView[];
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/);

export const journalFilters = z.strictObject({
  states: z.array(z.enum(journalStates)).max(journalStates.length).optional(),
  operations: z.array(z.enum(moneyOperations)).max(moneyOperations.length).optional(),
  /** Inclusive bounds on createdAt. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Substring of counterparty id or name. */
  counterparty: z.string().max(128).optional(),
  planId: z.string().max(128).optional(),
});
export type JournalFilters = z.infer<typeof journalFilters>;

export const journalListInput = z.strictObject({
  filters: journalFilters.default({}),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});

export interface JournalPage {
  /** Unresolved entries (pending, sent, unknown) first, then newest first. */
  readonly entries: readonly JournalEntryView[];
  readonly total: number;
  readonly unresolved: number;
}

export interface ReconcileSummary {
  readonly examined: number;
  readonly applied: number;
  readonly notApplied: number;
  readonly stillUnknown: number;
  readonly entries: readonly JournalEntryView[];
}

export interface JournalExport {
  readonly fileName: string;
  /** Full path on this machine (Electron), for "show in folder". */
  readonly path: string;
  readonly rows: number;
  /** Base64 of the file, for the browser host to offer a download. */
  readonly base64: string;
}

const entryId = z.string().uuid();

export const activityChannels = {
  list: channel<JournalPage>()(journalListInput, ['NO_ACTIVE_PROFILE', 'JOURNAL_UNAVAILABLE']),
  get: channel<JournalEntryView>()(z.strictObject({ id: entryId }), ['NO_ACTIVE_PROFILE', 'NOT_FOUND']),
  /** Finds out whether one unresolved entry was applied. Never re-sends anything. */
  reconcile: channel<JournalEntryView>()(z.strictObject({ id: entryId }), [
    'NO_ACTIVE_PROFILE', 'NOT_FOUND', 'MONEY_OFFLINE', 'MONEY_RECONCILE_FAILED', 'DATA_FOLDER_LOCK_LOST',
  ], ['single-instance', 'online']),
  reconcileAll: channel<ReconcileSummary>()(z.undefined().optional(), ['NO_ACTIVE_PROFILE', 'MONEY_OFFLINE', 'DATA_FOLDER_LOCK_LOST'], ['single-instance', 'online']),
  export: channel<JournalExport>()(
    z.strictObject({ format: z.enum(['csv', 'xlsx']), filters: journalFilters.default({}), language: z.enum(['en', 'zh-CN']).default('en') }),
    ['NO_ACTIVE_PROFILE', 'EXPORT_FAILED'],
  ),
};
