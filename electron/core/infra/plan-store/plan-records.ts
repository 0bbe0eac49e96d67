// A plan as stored — the plan, its rows as typed with their last validation, its execution
// items, its approval — and what the plans area needs from a store of them (PlanStore). Two
// stores implement it: the solo operations file (plans/plan-repository.ts, SQLite) and the
// team database (infra/team/team-plan-store.ts). Beneath the plans area so both can.
import type { ErrorCode } from '../../../../shared/contract';
import type { ApprovalView, ItemOutcome, PlanDetail, PlanParams, PlanRowDetails, PlanSummary } from '../../../../shared/contract/channels/plans';
import type { WriteDetails } from '../../../../shared/domain/operations';

export interface Problem {
  readonly code: ErrorCode;
  readonly field: 'target' | 'amount' | 'memo' | 'validity' | 'plan';
  readonly details: Readonly<Record<string, string>>;
}

export interface Resolution {
  readonly counterpartyId: string;
  readonly counterpartyName: string | null;
  /** The T2 a customer belongs to; the API call then carries it (money from/to that T2). */
  readonly indirectPartnerId: string | null;
  readonly balance: string | null;
  readonly balanceFetchedAt: string | null;
  /** Voucher kinds: the coupon or child quota, and the validity, the row resolved to. */
  readonly details?: PlanRowDetails | null;
}

export interface StoredRow {
  readonly target: string;
  readonly amount: string;
  readonly memo: string;
  readonly sourceLine: number | null;
  /** issue-coupons: validity as typed ('' when not given). */
  readonly validTime: string;
  readonly expireTime: string;
  readonly resolution: Resolution | null;
  readonly canonicalAmount: string | null;
  readonly problems: readonly Problem[];
}

/** An approval as stored: what the screen shows plus the signature (base64), null when unsigned. */
export interface StoredApproval extends ApprovalView {
  readonly signature: string | null;
}

/** A plan row as stored: the summary's own fields (not the derived counts) plus what only the service reads. */
export interface StoredPlan
  extends Pick<
    PlanSummary,
    'id' | 'name' | 'kind' | 'status' | 'author' | 'createdAt' | 'updatedAt' | 'requiresApproval' | 'contentHash' | 'total' | 'errorRows'
  > {
  readonly approval: StoredApproval | null;
  /** Voucher kinds' plan-level settings ({} for funding plans). */
  readonly params: PlanParams;
  readonly problems: readonly Problem[];
  readonly allocatable: PlanDetail['allocatable'];
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

export interface StoredItem {
  readonly index: number;
  readonly counterpartyId: string;
  readonly counterpartyName: string | null;
  readonly indirectPartnerId: string | null;
  readonly amount: string;
  readonly memo: string;
  /** Voucher kinds: what the write carries besides counterparty and amount (frozen with the item). */
  readonly details: WriteDetails | null;
  readonly outcome: ItemOutcome;
  readonly attempts: number;
  readonly journalEntryId: string | null;
  readonly transId: string | null;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
  readonly finishedAt: string | null;
}

export type PlanPatch = Partial<Omit<StoredPlan, 'id' | 'kind' | 'author' | 'createdAt' | 'approval'>>;
/** An item as frozen from a row when execution first starts. */
export type NewItem = Omit<StoredItem, 'outcome' | 'attempts' | 'journalEntryId' | 'transId' | 'errorCode' | 'errorMessage' | 'finishedAt' | 'details'> & {
  readonly details?: WriteDetails | null;
};

export type ItemPatch = Partial<Pick<StoredItem, 'outcome' | 'attempts' | 'journalEntryId' | 'transId' | 'errorCode' | 'errorMessage' | 'finishedAt'>>;

export interface PlanStore {
  list(): Promise<StoredPlan[]>;
  get(id: string): Promise<StoredPlan | undefined>;
  /** The plan, or PLAN_NOT_FOUND for the channel to return. */
  require(id: string): Promise<StoredPlan>;
  rows(id: string): Promise<StoredRow[]>;
  rowCount(id: string): Promise<number>;
  items(id: string): Promise<StoredItem[]>;
  /** The plan and its rows in one transaction. */
  insert(plan: StoredPlan, rows: readonly StoredRow[]): Promise<void>;
  /** The rows replaced and the derived fields patched in one transaction. */
  replaceRows(id: string, rows: readonly StoredRow[], patch: PlanPatch): Promise<void>;
  update(id: string, patch: PlanPatch): Promise<void>;
  /** Records an approval; null withdraws a stale one (the team store keeps every approval
   *  and shows only one of the current content, so null changes nothing there). */
  setApproval(id: string, approval: StoredApproval | null): Promise<void>;
  delete(id: string): Promise<void>;
  /** Freezes the rows into execution items, in one transaction. */
  createItems(id: string, items: readonly NewItem[], now: string): Promise<void>;
  updateItem(id: string, index: number, patch: ItemPatch, now: string): Promise<void>;
  /** Several items' patches in one commit (a batch call's outcomes). */
  updateItems(id: string, patches: ReadonlyArray<{ readonly index: number; readonly patch: ItemPatch }>, now: string): Promise<void>;
  itemsWithOutcome(id: string, outcomes: readonly ItemOutcome[]): Promise<StoredItem[]>;
}

