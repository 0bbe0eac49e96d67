// Batch plans: a sheet of money movements (fund or reclaim, customers or T2s) imported,
// validated offline, approved by a second operator (a signature by a key in the partner
// account's roster; required for every plan by policy), then executed item by item
// through the money-operation journal. Amounts are decimal strings everywhere.
import { z } from 'zod';
import { channel } from '../define';
import { WRITE_GATE_ERRORS } from './money';
import type { ErrorCode } from '../errors';
import type { Messages } from '../error-catalog/messages';
import { approverChannels } from './plans-approvers';
import { MAX_SHEET_BYTES } from '../../domain/sheet-limits';

export { MAX_PLAN_ROWS, MAX_SHEET_BYTES, MAX_SHEET_ROWS, megabytes, sheetTooLarge } from '../../domain/sheet-limits';

export const PLAN_KINDS = [
  'fund-customers', 'reclaim-customers', 'fund-t2s', 'reclaim-t2s',
  'issue-coupons', 'reclaim-coupons', 'grant-quotas', 'reclaim-quotas',
] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
/** The voucher kinds (issue #12): sent in batch calls where the API takes many items. */
export const VOUCHER_PLAN_KINDS = ['issue-coupons', 'reclaim-coupons', 'grant-quotas', 'reclaim-quotas'] as const satisfies readonly PlanKind[];
export const isVoucherPlanKind = (kind: PlanKind): boolean => (VOUCHER_PLAN_KINDS as readonly PlanKind[]).includes(kind);

/**
 * Plan-level settings of the voucher kinds, part of the approved content.
 * issue-coupons: the quota issued from (required) and, for a T1 issuing to a cloud reseller's
 * customers, that T2 (the quota is then the T2's child quota); grant-quotas: the parent quota;
 * reclaim-quotas: the remark sent with every call. Funding plans have none.
 */
export interface PlanParams {
  readonly quotaId?: string;
  readonly indirectPartnerId?: string;
  readonly remark?: string;
}

/** What a voucher row resolved to (the coupon or child quota it names, the T2 it belongs to). */
export interface PlanRowDetails {
  readonly couponId?: string;
  readonly quotaId?: string;
  /** Canonical UTC …Z of the row's validity, when given. */
  readonly validTime?: string;
  readonly expireTime?: string;
}

/** draft: editable, may have errors. ready: valid and saved. running/paused: executing.
 *  finished: every item has an outcome. cancelled: stopped by the operator. review: imported
 *  from another workstation's plan file for approval; read-only here. */
export type PlanStatus = 'draft' | 'ready' | 'running' | 'paused' | 'finished' | 'cancelled' | 'review';

export interface RowProblem {
  readonly code: ErrorCode;
  readonly field: 'target' | 'amount' | 'memo' | 'validity' | 'plan';
  readonly messages: Messages;
  readonly details: Readonly<Record<string, string>>;
}

export interface PlanRowView {
  /** 0-based position in the plan; stable while the plan is edited. */
  readonly index: number;
  /** Line in the imported sheet (1-based, header = 1), null for rows added later. */
  readonly sourceLine: number | null;
  /** As typed: a customer id or login name, or a T2 id. */
  readonly target: string;
  readonly amount: string;
  readonly memo: string;
  /** issue-coupons: the coupon's validity as typed (empty: the quota's). */
  readonly validTime: string;
  readonly expireTime: string;
  /** What the target resolved to in the local store. */
  readonly counterpartyId: string | null;
  readonly counterpartyName: string | null;
  readonly indirectPartnerId: string | null;
  /** The counterparty's cached balance (reclaims), decimal text. */
  readonly balance: string | null;
  /** Voucher kinds: the coupon / child quota and validity the row resolved to. */
  readonly details: PlanRowDetails | null;
  readonly problems: readonly RowProblem[];
}

export type ItemOutcome =
  | 'pending'
  | 'in-flight'
  | 'done'
  | 'failed'
  | 'unknown'
  | 'reconciled-done'
  | 'reconciled-not-applied'
  | 'skipped';

export interface PlanItemView {
  readonly index: number;
  readonly counterpartyId: string;
  readonly counterpartyName: string | null;
  readonly amount: string;
  readonly memo: string;
  readonly details: PlanRowDetails | null;
  readonly outcome: ItemOutcome;
  readonly journalEntryId: string | null;
  /** Funding: the transaction id; issue-coupons: the coupon id; grant-quotas: the child quota id. */
  readonly transId: string | null;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
  /** The error code's meaning in plain words (Huawei's codes), null without an error. */
  readonly reason: Messages | null;
  readonly attempts: number;
  readonly finishedAt: string | null;
}

export interface ApprovalView {
  readonly approver: string;
  readonly approvedAt: string;
  /** SHA-256 (hex) of the canonical plan content the approver saw. */
  readonly contentHash: string;
  /** 'local' approved on this workstation; 'file' imported from an approval file. */
  readonly via: 'local' | 'file';
  /** Fingerprint of the key that signed it; null for an unsigned approval of an older version. */
  readonly keyFingerprint: string | null;
}

export interface ExecutionView {
  readonly total: number;
  readonly done: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly unknown: number;
  readonly notApplied: number;
  readonly skipped: number;
  /** Sum of amounts applied (done + reconciled-done), decimal text. */
  readonly amountMoved: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

export interface PlanSummary {
  readonly id: string;
  readonly name: string;
  readonly kind: PlanKind;
  readonly params: PlanParams;
  readonly status: PlanStatus;
  readonly author: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly rowCount: number;
  readonly errorRows: number;
  /** Sum of the valid amounts, decimal text. */
  readonly total: string;
  readonly contentHash: string;
  /** Set from the partner account's policy (always true: every plan needs approval). */
  readonly requiresApproval: boolean;
  readonly approval: ApprovalView | null;
  /** False when the signed approval is missing, or for other content; execute checks the
   *  signature and the roster again. */
  readonly approvalValid: boolean;
  readonly execution: ExecutionView | null;
  /** A shared profile's plan running on another workstation: the database role and the
   *  application name holding its run lock (this workstation cannot run it meanwhile). */
  readonly runningOn?: { readonly role: string; readonly application: string };
}

export interface PlanDetail extends PlanSummary {
  readonly rows: readonly PlanRowView[];
  /** Plan-level problems (e.g. the total is over the allocatable balance). */
  readonly problems: readonly RowProblem[];
  /** What the total is checked against (fundings), decimal text, with its as-of time. */
  readonly allocatable: { readonly amount: string; readonly fetchedAt: string } | null;
  readonly items: readonly PlanItemView[];
}

export interface PlanFileOut {
  readonly fileName: string;
  /** UTF-8 text of the JSON file. */
  readonly content: string;
}

export interface PlanBinaryOut {
  readonly fileName: string;
  readonly mimeType: string;
  readonly contentBase64: string;
}

// ---- channels ----

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().max(max);
const kind = z.enum(PLAN_KINDS);
const quotaIdText = z.string().trim().max(64);
export const planParamsSchema = z.strictObject({
  quotaId: quotaIdText.optional(),
  indirectPartnerId: z.string().trim().max(64).optional(),
  remark: z.string().max(256).optional(),
});
/** Validity as typed in a row; checked (UTC …Z, inside the quota's) by validation, not here. */
const validity = z.string().max(40).optional();
/** The same cap on its base64 text, so an oversized upload is refused before it is decoded. */
const MAX_FILE_BASE64 = Math.ceil(MAX_SHEET_BYTES / 3) * 4;
const MAX_PLAN_FILE = 20_000_000;

const editErrors: readonly ErrorCode[] = ['PLAN_NOT_FOUND', 'PLAN_NOT_EDITABLE', 'PLAN_ROW_NOT_FOUND'];
const stateErrors: readonly ErrorCode[] = ['PLAN_NOT_FOUND', 'PLAN_WRONG_STATE', 'TEAM_PLAN_RUNNING_ELSEWHERE'];
const keychainErrors: readonly ErrorCode[] = ['KEYCHAIN_UNAVAILABLE', 'KEYCHAIN_FAILED', 'PLAN_SIGNING_KEY_UNREADABLE'];
/** Why a signed approval is refused, at import and again at execute. */
const signedApprovalErrors: readonly ErrorCode[] = [
  'PLAN_APPROVAL_MISMATCH',
  'PLAN_APPROVER_IS_AUTHOR',
  'PLAN_APPROVAL_UNSIGNED',
  'PLAN_APPROVAL_SIGNATURE_INVALID',
  'PLAN_APPROVAL_KEY_NOT_ENROLLED',
  'PLAN_APPROVAL_AUTHOR_KEY',
  'PLAN_APPROVAL_OTHER_ACCOUNT',
];

export const plansChannels = {
  list: channel<readonly PlanSummary[]>()(z.undefined().optional()),
  get: channel<PlanDetail>()(z.strictObject({ id }), ['PLAN_NOT_FOUND']),
  /** Reads a CSV or XLSX sheet into a new draft and validates it against the local store. */
  importSheet: channel<PlanDetail>()(
    z.strictObject({
      fileName: text(255).min(1),
      kind,
      contentBase64: z.string().min(1).max(MAX_FILE_BASE64),
      name: text(200).optional(),
      params: planParamsSchema.optional(),
    }),
    [
      'PLAN_FILE_UNREADABLE', 'PLAN_FILE_EMPTY', 'PLAN_FILE_COLUMNS', 'PLAN_FILE_TOO_MANY_ROWS', 'PLAN_FILE_TOO_LARGE',
      'PLAN_FILE_NOT_XLSX', 'PLAN_FILE_UNPACKED_TOO_LARGE', 'PLAN_FILE_COMPRESSION_RATIO',
    ],
  ),
  updateRow: channel<PlanDetail>()(
    z.strictObject({ id, index: z.number().int().min(0), target: text(128), amount: text(64), memo: text(256), validTime: validity, expireTime: validity }),
    editErrors,
  ),
  addRow: channel<PlanDetail>()(
    z.strictObject({ id, target: text(128), amount: text(64), memo: text(256), validTime: validity, expireTime: validity }),
    ['PLAN_NOT_FOUND', 'PLAN_NOT_EDITABLE', 'PLAN_FILE_TOO_MANY_ROWS'],
  ),
  deleteRow: channel<PlanDetail>()(z.strictObject({ id, index: z.number().int().min(0) }), editErrors),
  rename: channel<PlanDetail>()(z.strictObject({ id, name: text(200).min(1) }), editErrors),
  /** Voucher kinds: the plan-level quota, T2 and remark; validates again and voids a stale approval. */
  setParams: channel<PlanDetail>()(z.strictObject({ id, params: planParamsSchema }), editErrors),
  /** Validates again against the current local store (e.g. after a sync). */
  revalidate: channel<PlanDetail>()(z.strictObject({ id }), ['PLAN_NOT_FOUND', 'PLAN_NOT_EDITABLE']),
  /** Keeps the plan as a draft, errors and all. Approval is the account's policy, not an
   *  input: an input still carrying `requiresApproval` is refused (strict object). */
  saveDraft: channel<PlanDetail>()(z.strictObject({ id }), editErrors),
  /** Marks the plan ready to run; refused while any row or the total has a problem. */
  save: channel<PlanDetail>()(z.strictObject({ id }), [...editErrors, 'PLAN_HAS_ERRORS', 'PLAN_EMPTY']),
  delete: channel<{ readonly deleted: string }>()(z.strictObject({ id }), ['PLAN_NOT_FOUND', 'PLAN_WRONG_STATE']),
  /** Approves on this workstation as the current operator (who must not be the author):
   *  signs the plan's content hash with the operator's key. */
  approve: channel<PlanDetail>()(z.strictObject({ id, contentHash: z.string().regex(/^[0-9a-f]{64}$/) }), [
    ...stateErrors,
    ...keychainErrors,
    'PLAN_APPROVER_IS_AUTHOR',
    'PLAN_CHANGED_SINCE_VIEWED',
    'PLAN_HAS_ERRORS',
    'PLAN_APPROVAL_KEY_NOT_ENROLLED',
  ]),
  exportPlanFile: channel<PlanFileOut>()(z.strictObject({ id }), ['PLAN_NOT_FOUND', 'PLAN_HAS_ERRORS']),
  /** A plan file from another workstation: verified, every row resolved again against this
   *  workstation's own data, then kept read-only for review/approval. */
  importPlanFile: channel<PlanDetail>()(z.strictObject({ content: z.string().min(2).max(MAX_PLAN_FILE) }), [
    'PLAN_FILE_INVALID',
    'PLAN_FILE_TAMPERED',
    'PLAN_ALREADY_EXISTS',
    'PLAN_FILE_OTHER_ACCOUNT',
  ]),
  exportApproval: channel<PlanFileOut>()(z.strictObject({ id }), ['PLAN_NOT_FOUND', 'PLAN_NOT_APPROVED']),
  importApproval: channel<PlanDetail>()(z.strictObject({ content: z.string().min(2).max(100_000) }), [
    'PLAN_FILE_INVALID',
    'PLAN_NOT_FOUND',
    ...keychainErrors,
    ...signedApprovalErrors,
    'PLAN_WRONG_STATE',
  ]),
  /** Starts (or resumes) executing in the background; progress comes as task.progress events
   *  with task "plan:<id>". */
  execute: channel<PlanDetail>()(z.strictObject({ id }), [
    ...stateErrors,
    ...keychainErrors,
    ...signedApprovalErrors,
    'PLAN_NOT_APPROVED',
    'PLAN_HAS_ERRORS',
    'PLAN_EXECUTION_UNAVAILABLE',
    ...WRITE_GATE_ERRORS,
  ], ['single-instance', 'online', 'approved']),
  pause: channel<PlanDetail>()(z.strictObject({ id }), stateErrors),
  cancel: channel<PlanDetail>()(z.strictObject({ id }), stateErrors),
  /** Asks the journal again about every item still unknown. */
  reconcile: channel<PlanDetail>()(z.strictObject({ id }), [...stateErrors, 'PLAN_EXECUTION_UNAVAILABLE', ...WRITE_GATE_ERRORS], ['single-instance', 'online']),
  exportResult: channel<PlanBinaryOut>()(z.strictObject({ id, format: z.enum(['csv', 'xlsx']) }), [
    'PLAN_NOT_FOUND',
    'PLAN_WRONG_STATE',
  ]),
  ...approverChannels,
};
