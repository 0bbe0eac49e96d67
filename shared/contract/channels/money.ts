// Single money operations (issue #8): preview validates against the cached balances and
// returns a confirmation token; execute refuses anything without a matching token, journals
// the intent durably, sends once and records the outcome. Nothing is ever retried blindly.
import { z } from 'zod';
import { channel } from '../define';
import type { ErrorCode } from '../errors';
import { FUNDING_OPERATION_NAMES, type FundingOperation } from '../../domain/operations';
import { moneyOperations, type JournalEntryView, type MoneyOperation } from './activity';

export { moneyOperations, type MoneyOperation };

/** The single money operations: the funding writes (vouchers have their own channels). */
export const fundingOperations = FUNDING_OPERATION_NAMES;

const partyId = z.string().trim().min(1).max(64);

/**
 * The amount stays free text here on purpose: the preview says precisely what is wrong with it
 * (empty, format, decimals, not positive, over the balance) in both languages.
 */
export const moneyIntentInput = z.strictObject({
  operation: z.enum(fundingOperations),
  /** Customer id (fundCustomer, reclaimCustomer, fundT2Customer) or T2 id (fundT2, reclaimT2). */
  counterpartyId: partyId,
  /** fundT2Customer only: the T2 the customer belongs to (its balance pays). */
  indirectPartnerId: partyId.optional(),
  amount: z.string().max(64),
  memo: z.string().max(200).optional(),
  /** Re-send of an entry proven not applied (reconciled-not-applied or failed). */
  retryOf: z.string().uuid().optional(),
});
export type MoneyIntentInput = z.infer<typeof moneyIntentInput>;

export const moneyExecuteInput = moneyIntentInput.extend({
  /**
   * The token of the preview the operator confirmed. Optional in the schema only so that a
   * missing one is refused with its own message (MONEY_CONFIRMATION_REQUIRED).
   */
  confirmation: z.string().max(256).optional(),
});

export interface PartyBalance {
  /** Whose balance: "partner" (own allocatable), "t2", "customer". */
  readonly kind: 'partner' | 't2' | 'customer';
  readonly id: string;
  readonly name: string | null;
  /** Decimal text. */
  readonly before: string;
  readonly after: string;
}

export interface MoneyPreview {
  readonly operation: FundingOperation;
  readonly counterpartyId: string;
  readonly counterpartyName: string | null;
  readonly indirectPartnerId: string | null;
  /** Canonical decimal text, two decimals. */
  readonly amount: string;
  readonly currency: 'CNY' | 'USD';
  /** Who pays (balance goes down) and who receives (goes up), before and after. */
  readonly from: PartyBalance;
  readonly to: PartyBalance;
  /** When the balances used for the check were fetched (ISO). */
  readonly asOf: string;
  /** Pass back to execute unchanged. Valid for a few minutes and for exactly this intent. */
  readonly confirmation: string;
  readonly expiresAt: string;
}

export interface MoneyTarget {
  readonly kind: 'customer' | 't2';
  readonly id: string;
  readonly name: string | null;
  /** For a T2's customer: its T2. */
  readonly indirectPartnerId: string | null;
  readonly balance: string | null;
}

export interface MoneyTargets {
  readonly role: 'SP' | 'T1';
  readonly currency: 'CNY' | 'USD';
  readonly partnerAllocatable: string;
  readonly asOf: string;
  readonly customers: readonly MoneyTarget[];
  readonly resellers: readonly MoneyTarget[];
}

/** Errors the preview (and execute, which re-validates) may return. */
export const MONEY_VALIDATION_ERRORS: readonly ErrorCode[] = [
  'NO_ACTIVE_PROFILE',
  'MONEY_OFFLINE',
  'MONEY_AMOUNT_EMPTY',
  'MONEY_AMOUNT_FORMAT',
  'MONEY_AMOUNT_DECIMALS',
  'MONEY_AMOUNT_NOT_POSITIVE',
  'MONEY_AMOUNT_TOO_LARGE',
  'MONEY_OVER_ALLOCATABLE',
  'MONEY_OVER_T2_BALANCE',
  'MONEY_OVER_CUSTOMER_BALANCE',
  'MONEY_CUSTOMER_UNKNOWN',
  'MONEY_CUSTOMER_NOT_RESALE',
  'MONEY_CUSTOMER_NOT_UNDER_T2',
  'MONEY_T2_UNKNOWN',
  'MONEY_T2_REQUIRED',
  'MONEY_T1_ONLY',
  'MONEY_BALANCES_UNAVAILABLE',
  'MONEY_RETRY_NOT_ALLOWED',
  'MONEY_UNRESOLVED_DUPLICATE',
];

/** What the write gates (define.ts GATES) refuse with. */
export const WRITE_GATE_ERRORS: readonly ErrorCode[] = ['MONEY_OFFLINE', 'DATA_FOLDER_LOCK_LOST', 'MONEY_GATE_MISSING'];

export const moneyChannels = {
  /** Customers and T2s the operator can move money with, with the cached balances. */
  targets: channel<MoneyTargets>()(z.undefined().optional(), ['NO_ACTIVE_PROFILE', 'MONEY_BALANCES_UNAVAILABLE']),
  preview: channel<MoneyPreview>()(moneyIntentInput, MONEY_VALIDATION_ERRORS, ['online']),
  /** Returns the journal entry: done, failed (with the API's code) or unknown (see Activity). */
  execute: channel<JournalEntryView>()(moneyExecuteInput, [
    ...MONEY_VALIDATION_ERRORS,
    'MONEY_CONFIRMATION_REQUIRED',
    'MONEY_CONFIRMATION_MISMATCH',
    'MONEY_CONFIRMATION_USED',
    'MONEY_RETRY_APPLIED_LATE',
    'MONEY_APPROVAL_REQUIRED',
    'JOURNAL_UNAVAILABLE',
    'JOURNAL_UNAVAILABLE_AFTER_SEND',
    ...WRITE_GATE_ERRORS,
  ], ['single-instance', 'online', 'confirmed', 'approved']),
};
