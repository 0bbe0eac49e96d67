// Offboarding a leaving customer (issue #13): one reviewed operation that reclaims the
// customer's partner-funded balance (ReclaimToPartnerAccount, §5.5) and every voucher that
// still holds value (ReclaimPartnerCoupons, §6.3). The preview reads everything live and names
// what cannot be reclaimed and why; the execute journals one entry per reclaim, all in one
// group (the journal's batch id), sends each once and answers per item. The group's summary
// is read back from the journal (so it follows reconciliation) and exported as CSV or XLSX.
import { z } from 'zod';
import { channel } from '../define';
import type { ErrorCode } from '../errors';
import type { Messages } from '../error-catalog/messages';
import type { JournalEntryView, JournalExport, JournalState } from './activity';
import { WRITE_GATE_ERRORS } from './money';
import { MAX_VOUCHER_ITEMS, type VoucherItemProblem } from './vouchers';

/** The memo of every offboarding entry (journal only, never sent): Activity names the group by it. */
export const OFFBOARDING_MEMO = 'offboarding';

const partyId = z.string().trim().min(1).max(64);
const amountText = z.string().regex(/^\d{1,13}\.\d{2}$/, { message: 'rule:amountFormat' });

export const offboardPreviewInput = z.strictObject({
  customerId: partyId,
  /** A T1 offboarding one of its T2's customers (sent as indirect_partner_id). */
  indirectPartnerId: partyId.optional(),
});
export type OffboardPreviewInput = z.infer<typeof offboardPreviewInput>;

/**
 * What the operator reviewed, exactly as the preview returns it in `execute`: the balance
 * amount to reclaim (null: none) and the coupons with what each holds. The confirmation binds
 * a digest of all of it, so execute sends nothing the operator did not see.
 */
export const offboardExecuteInput = offboardPreviewInput.extend({
  balance: amountText.nullable(),
  coupons: z.array(z.strictObject({ couponId: partyId, amount: amountText })).max(MAX_VOUCHER_ITEMS),
  confirmation: z.string().max(256).optional(),
});
export type OffboardExecuteInput = z.infer<typeof offboardExecuteInput>;

export interface OffboardBalance {
  /** Partner-funded balance now (ListCustomersBalancesDetail `amount`); null: no such account. */
  readonly available: string | null;
  /** What execute reclaims (all of it), "0.00" when nothing. */
  readonly amount: string;
  /** Empty: it will be reclaimed. */
  readonly problems: readonly VoucherItemProblem[];
}

export interface OffboardCoupon {
  readonly couponId: string;
  /** 1 not activated, 2 usable, 3 used up, 4 expired, 5 reclaimed (§6.4). */
  readonly status: number | null;
  readonly faceValue: string | null;
  /** What is left on it: what a reclaim takes back. */
  readonly balance: string;
  readonly expireTime: string | null;
  /** Empty: it will be reclaimed. */
  readonly problems: readonly VoucherItemProblem[];
}

export interface OffboardPreview {
  readonly customerId: string;
  readonly customerName: string | null;
  readonly indirectPartnerId: string | null;
  readonly currency: 'CNY' | 'USD';
  readonly balance: OffboardBalance;
  readonly coupons: readonly OffboardCoupon[];
  /** Decimal text: the balance reclaimed, the coupons' remainders, both. */
  readonly totals: { readonly balance: string; readonly coupons: string; readonly total: string; readonly couponCount: number; readonly notReclaimable: number };
  /** Journal entries (API calls) execute makes: the balance (if any) plus one per coupon. */
  readonly sendCount: number;
  /** The input to pass to `customers.offboard` (with `confirmation`). */
  readonly execute: Omit<OffboardExecuteInput, 'confirmation'>;
  readonly asOf: string;
  readonly confirmation: string;
  readonly expiresAt: string;
}

export type OffboardItemKind = 'balance' | 'coupon';

export interface OffboardSummaryItem {
  readonly kind: OffboardItemKind;
  /** The customer id (balance) or the coupon id. */
  readonly key: string;
  readonly amount: string;
  readonly state: JournalState;
  readonly entryId: string;
  readonly transId: string | null;
  readonly code: string | null;
  /** A failed item's code in plain words. */
  readonly reason: Messages | null;
}

/** One offboarding as the journal holds it now (reconciliation included). */
export interface OffboardSummary {
  /** The group (journal batch id). */
  readonly id: string;
  readonly customerId: string;
  readonly customerName: string | null;
  readonly indirectPartnerId: string | null;
  readonly operator: string;
  readonly createdAt: string;
  readonly currency: string;
  readonly items: readonly OffboardSummaryItem[];
  /** Sum of the items applied (done or reconciled-done). */
  readonly reclaimed: string;
  readonly applied: number;
  readonly failed: number;
  /** Pending, sent or unknown: reconcile them in Activity. */
  readonly unresolved: number;
}

export type OffboardItemResult =
  | { readonly kind: OffboardItemKind; readonly key: string; readonly status: 'skipped'; readonly problems: readonly VoucherItemProblem[] }
  | { readonly kind: OffboardItemKind; readonly key: string; readonly status: 'refused'; readonly problem: VoucherItemProblem }
  | { readonly kind: OffboardItemKind; readonly key: string; readonly status: 'sent'; readonly entry: JournalEntryView; readonly reason: Messages | null; readonly alreadyGone: boolean };

export interface OffboardResult {
  readonly items: readonly OffboardItemResult[];
  readonly summary: OffboardSummary;
}

const PREVIEW_ERRORS: readonly ErrorCode[] = [
  'NO_ACTIVE_PROFILE', 'MONEY_OFFLINE', 'MONEY_T1_ONLY', 'MONEY_BALANCES_UNAVAILABLE', 'MONEY_T2_UNKNOWN',
  'MONEY_CUSTOMER_UNKNOWN', 'MONEY_CUSTOMER_NOT_UNDER_T2', 'MONEY_CUSTOMER_NOT_RESALE',
];
const EXECUTE_ERRORS: readonly ErrorCode[] = [
  ...PREVIEW_ERRORS,
  'OFFBOARD_NOTHING',
  'MONEY_CONFIRMATION_REQUIRED', 'MONEY_CONFIRMATION_MISMATCH', 'MONEY_CONFIRMATION_USED', 'MONEY_APPROVAL_REQUIRED',
  'JOURNAL_UNAVAILABLE', 'JOURNAL_UNAVAILABLE_AFTER_SEND', ...WRITE_GATE_ERRORS,
];
const groupId = z.strictObject({ id: z.string().uuid() });

export const offboardingChannels = {
  /** Live: the balance and every coupon of the customer, what is not reclaimable and why. */
  previewOffboard: channel<OffboardPreview>()(offboardPreviewInput, PREVIEW_ERRORS, ['online']),
  /** Reclaims returns value: approved only when the reclaimed total crosses the approval limit. */
  offboard: channel<OffboardResult>()(offboardExecuteInput, EXECUTE_ERRORS, ['single-instance', 'online', 'approved', 'confirmed']),
  offboardSummary: channel<OffboardSummary>()(groupId, ['NO_ACTIVE_PROFILE', 'NOT_FOUND']),
  exportOffboard: channel<JournalExport>()(
    groupId.extend({ format: z.enum(['csv', 'xlsx']), language: z.enum(['en', 'zh-CN']).default('en') }),
    ['NO_ACTIVE_PROFILE', 'NOT_FOUND', 'EXPORT_FAILED'],
  ),
};
