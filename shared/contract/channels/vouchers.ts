// Voucher writes as single reviewed operations (issue #12): issue coupons from a quota to one
// or many customers, reclaim coupons, grant T2s voucher quota, reclaim child quotas. Each has
// a preview (checked against the quota and the customers, every problem named per item, a
// confirmation token) and an execute that re-checks, journals one entry per item, sends in
// calls of the API's size and answers per item. Nothing is ever re-sent blindly: an item whose
// outcome is unknown is resolved in Activity, and one proven not applied can be sent again
// on its own (`retryOf`).
import { z } from 'zod';
import { channel } from '../define';
import type { ErrorCode } from '../errors';
import type { Messages } from '../error-catalog/messages';
import type { JournalEntryView } from './activity';
import { WRITE_GATE_ERRORS } from './money';

const partyId = z.string().trim().min(1).max(64);
const utcTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, { message: 'rule:utcTime' });
/** How many items one operation may carry (the UI's "select all matching" included). */
export const MAX_VOUCHER_ITEMS = 5000;

export const couponIssueInput = z.strictObject({
  /** The quota issued from (the partner's own, or the T2's child quota when `indirectPartnerId`). */
  quotaId: partyId,
  customerIds: z.array(partyId).min(1).max(MAX_VOUCHER_ITEMS),
  /** A T1 issuing to a T2's customers (sent as indirect_partner_id). */
  indirectPartnerId: partyId.optional(),
  /** Free text on purpose: the preview says what is wrong with it, in both languages. */
  faceValue: z.string().max(64),
  validTime: utcTime.optional(),
  expireTime: utcTime.optional(),
  cloudServiceTypes: z.array(z.string().trim().min(1).max(64)).max(10).optional(),
  productIds: z.array(z.string().trim().min(1).max(64)).max(10).optional(),
  memo: z.string().max(256).optional(),
  /** Re-send of one entry proven not applied (one customer only). */
  retryOf: z.string().uuid().optional(),
});
export type CouponIssueInput = z.infer<typeof couponIssueInput>;

export const couponReclaimInput = z.strictObject({
  couponIds: z.array(partyId).min(1).max(MAX_VOUCHER_ITEMS).optional(),
  /** Every reclaimable coupon of this customer (the leaving-customer case). */
  customerId: partyId.optional(),
  indirectPartnerId: partyId.optional(),
  retryOf: z.string().uuid().optional(),
});
export type CouponReclaimInput = z.infer<typeof couponReclaimInput>;

export const quotaGrantInput = z.strictObject({
  /** The T1's own quota the child quotas are carved from. */
  parentQuotaId: partyId,
  t2Ids: z.array(partyId).min(1).max(MAX_VOUCHER_ITEMS),
  amount: z.string().max(64),
  retryOf: z.string().uuid().optional(),
});
export type QuotaGrantInput = z.infer<typeof quotaGrantInput>;

export const quotaReclaimInput = z.strictObject({
  /** Child quota ids (ListIssuedCouponQuotas). */
  quotaIds: z.array(partyId).min(1).max(MAX_VOUCHER_ITEMS),
  remark: z.string().max(256).optional(),
  retryOf: z.string().uuid().optional(),
});
export type QuotaReclaimInput = z.infer<typeof quotaReclaimInput>;

const confirmed = <T extends z.ZodRawShape>(s: z.ZodObject<T>) => s.extend({ confirmation: z.string().max(256).optional() });

/** Why one item will not be sent: a code of the error catalogue, with its words filled in. */
export interface VoucherItemProblem {
  readonly code: ErrorCode;
  readonly message: Messages;
}

export interface QuotaSummary {
  readonly quotaId: string;
  /** 0 voucher quota, 1 cash-coupon quota. */
  readonly quotaType: number | null;
  readonly value: string | null;
  readonly balance: string;
  /** 0 normal, 3 invalid, 4 adjusting, 5 frozen, 6 reclaimed. */
  readonly status: number | null;
  readonly effectiveTime: string | null;
  readonly expireTime: string | null;
  readonly limits: ReadonlyArray<{ readonly key: string; readonly values: ReadonlyArray<{ readonly value1: string; readonly value2: string }> }>;
  /** The T2 owning a child quota. */
  readonly ownerId: string | null;
}

export interface VoucherPreviewItem {
  /** Customer id, coupon id, T2 id or child quota id: what the operation names. */
  readonly key: string;
  readonly counterpartyId: string;
  readonly counterpartyName: string | null;
  /** Face value, quota amount, or what a reclaim is expected to take back. */
  readonly amount: string;
  /** Empty: the item will be sent. */
  readonly problems: readonly VoucherItemProblem[];
}

export interface VoucherPreview {
  readonly operation: 'issueCoupon' | 'reclaimCoupon' | 'grantQuota' | 'reclaimQuota';
  readonly currency: 'CNY' | 'USD';
  readonly quota: QuotaSummary | null;
  readonly items: readonly VoucherPreviewItem[];
  /** Items without problems: what execute sends. */
  readonly sendCount: number;
  /** Sum of the amounts of the items sent. */
  readonly total: string;
  /** Quota balance after (issue, grant), when a quota is involved. */
  readonly quotaBalanceAfter: string | null;
  /** API calls execute will make (100 customers or T2s, 10 child quotas, 1 coupon per call). */
  readonly calls: number;
  readonly asOf: string;
  readonly confirmation: string;
  readonly expiresAt: string;
}

export type VoucherItemResult =
  | { readonly key: string; readonly status: 'skipped'; readonly problems: readonly VoucherItemProblem[] }
  | { readonly key: string; readonly status: 'refused'; readonly problem: VoucherItemProblem }
  | {
      readonly key: string;
      readonly status: 'sent';
      readonly entry: JournalEntryView;
      /** failed entries: the code in plain words (and whether it means "already reclaimed or expired"). */
      readonly reason: Messages | null;
      readonly alreadyGone: boolean;
      /** reclaimCoupon: what the coupon record says was really taken back (null: not in the records yet). */
      readonly recordedAmount: string | null;
    };

export interface VoucherResult {
  readonly operation: VoucherPreview['operation'];
  readonly items: readonly VoucherItemResult[];
  readonly done: number;
  readonly failed: number;
  readonly unknown: number;
  readonly skipped: number;
  /** Batch calls made. */
  readonly calls: number;
}

export const VOUCHER_ERRORS: readonly ErrorCode[] = [
  'NO_ACTIVE_PROFILE',
  'MONEY_OFFLINE',
  'MONEY_AMOUNT_EMPTY',
  'MONEY_AMOUNT_FORMAT',
  'MONEY_AMOUNT_DECIMALS',
  'MONEY_AMOUNT_NOT_POSITIVE',
  'MONEY_AMOUNT_TOO_LARGE',
  'MONEY_T1_ONLY',
  'MONEY_BALANCES_UNAVAILABLE',
  'MONEY_RETRY_NOT_ALLOWED',
  'VOUCHER_QUOTA_UNKNOWN',
  'VOUCHER_QUOTA_NOT_USABLE',
  'VOUCHER_VALIDITY_OUTSIDE_QUOTA',
  'VOUCHER_FACE_VALUE_OUT_OF_RANGE',
  'VOUCHER_RESTRICTION_WIDER',
  'VOUCHER_OVER_QUOTA',
  'VOUCHER_NOTHING_TO_SEND',
  'VOUCHER_RECLAIM_TARGET',
  'VOUCHER_RETRY_ONE_ITEM',
];

const EXECUTE_ERRORS: readonly ErrorCode[] = [
  ...VOUCHER_ERRORS,
  'MONEY_CONFIRMATION_REQUIRED',
  'MONEY_CONFIRMATION_MISMATCH',
  'MONEY_CONFIRMATION_USED',
  'MONEY_RETRY_APPLIED_LATE',
  'MONEY_APPROVAL_REQUIRED',
  'JOURNAL_UNAVAILABLE',
  'JOURNAL_UNAVAILABLE_AFTER_SEND',
  ...WRITE_GATE_ERRORS,
];

const WRITE = ['single-instance', 'online', 'confirmed', 'approved'] as const;

export const vouchersChannels = {
  previewIssue: channel<VoucherPreview>()(couponIssueInput, VOUCHER_ERRORS, ['online']),
  issue: channel<VoucherResult>()(confirmed(couponIssueInput), EXECUTE_ERRORS, WRITE),
  previewReclaim: channel<VoucherPreview>()(couponReclaimInput, VOUCHER_ERRORS, ['online']),
  reclaim: channel<VoucherResult>()(confirmed(couponReclaimInput), EXECUTE_ERRORS, WRITE),
  previewQuotaGrant: channel<VoucherPreview>()(quotaGrantInput, VOUCHER_ERRORS, ['online']),
  grantQuota: channel<VoucherResult>()(confirmed(quotaGrantInput), EXECUTE_ERRORS, WRITE),
  previewQuotaReclaim: channel<VoucherPreview>()(quotaReclaimInput, VOUCHER_ERRORS, ['online']),
  reclaimQuota: channel<VoucherResult>()(confirmed(quotaReclaimInput), EXECUTE_ERRORS, WRITE),
};
