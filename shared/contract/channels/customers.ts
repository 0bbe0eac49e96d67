// Customers (issue #13): check a login name / mobile / e-mail live, send the verification
// code, create a customer through the write engine and follow its association until
// ListSubCustomers shows it; freeze / unfreeze and budgets on the international site.
import { z } from 'zod';
import { channel } from '../define';
import type { ErrorCode } from '../errors';
import { WRITE_GATE_ERRORS } from './money';
import { offboardingChannels } from './offboarding';
import { realnameChannels } from './realname';

const text = (max: number) => z.string().trim().max(max);

export const identityKinds = ['name', 'mobile', 'email'] as const;
export type IdentityKind = (typeof identityKinds)[number];

export const checkIdentityInput = z.strictObject({ kind: z.enum(identityKinds), value: text(64).min(1) });

export interface IdentityCheck {
  readonly kind: IdentityKind;
  readonly value: string;
  /** `available` – may be used; `taken` – used_by_user (§3.1). */
  readonly result: 'available' | 'taken';
  /** Mobiles: how many more accounts this number may register. */
  readonly remaining: number | null;
  readonly checkedAt: string;
}

export const sendCodeInput = z.union([
  z.strictObject({ mobile: text(32).min(1) }),
  z.strictObject({ email: text(64).min(1) }),
]);

export interface CodeSent {
  /** The mobile or e-mail address the code went to. */
  readonly receiver: string;
  readonly sentAt: string;
  /** Not before this may another code be sent (RESEND_AFTER_SECONDS). */
  readonly resendAt: string;
  /** The code is valid until then. */
  readonly expiresAt: string;
  /** Codes sent to this receiver in the last hour (the documented limit is 15). */
  readonly sentLastHour: number;
}

export const createCustomerInput = z.strictObject({
  /** Login name of the new Huawei Cloud account (§3.3 domain_name). */
  accountName: text(32).min(1),
  /** China site: the login mobile; needs `verificationCode`. */
  mobile: text(32).optional(),
  /** International site: the e-mail (with `verificationCode`) and the country or region. */
  email: text(64).optional(),
  domainArea: text(2).optional(),
  verificationCode: text(6).optional(),
  /** Absent: Huawei generates one and the customer enters only through the partner's SSO (§3.3). */
  password: z.string().max(32).optional(),
  /** "true": no marketing messages (§3.3 is_close_market_ms). */
  marketingOptOut: z.boolean().optional(),
  /** T1: the T2 that takes the customer (a T1 cannot take customers itself, CBC.50010059). */
  indirectPartnerId: text(64).optional(),
});
export type CreateCustomerInput = z.infer<typeof createCustomerInput>;

/** Where a creation is: being sent, created and waiting for the association, associated, … */
export type CreationState = 'sending' | 'unknown' | 'refused' | 'pending' | 'associated' | 'timed-out';

export interface CustomerCreationView {
  /** The journal entry of the CreateSubCustomer write. */
  readonly entryId: string;
  readonly xaccountId: string;
  readonly accountName: string;
  /** Mobile or e-mail given at creation. */
  readonly contact: string | null;
  readonly indirectPartnerId: string | null;
  readonly operator: string;
  readonly createdAt: string;
  readonly state: CreationState;
  /** Huawei's account id once known (returned by the create, or found by the lookup). */
  readonly customerId: string | null;
  /** Refused: the Huawei code and its meaning. */
  readonly code: string | null;
  readonly message: string | null;
  /** The code in plain words, both languages (e.g. CBC.99000038: the login name already exists). */
  readonly meaning: { readonly en: string; readonly 'zh-CN': string } | null;
  readonly associatedOn: string | null;
  readonly lastCheckedAt: string | null;
  /** Pending: after this the creation is reported timed out (still re-checkable). */
  readonly giveUpAt: string | null;
}

export const freezeTypes = ['ACCOUNT', 'ACCOUNT_AND_RESOURCE'] as const;
export type FreezeType = (typeof freezeTypes)[number];

const customerIds = z.array(z.string().trim().min(1).max(64)).min(1).max(10);

export const freezeInput = z.strictObject({
  customerIds,
  /** §3.5: required, ≤ 256 characters. */
  reason: text(256).min(1),
  type: z.enum(freezeTypes).default('ACCOUNT'),
  indirectPartnerId: text(64).optional(),
});

export const budgetInput = z.strictObject({
  customerId: z.string().trim().min(1).max(64),
  /** Decimal text ≥ 0, ≤ 2 decimals. */
  amount: z.string().max(32),
  budgetType: z.enum(['MONTHLY', 'PACKAGE']).default('MONTHLY'),
  /** 1: Huawei freezes the customer when the budget is used up; 0: the partner freezes by hand. */
  autoFreeze: z.boolean().default(false),
  /** "1": lift a freeze the partner set when the budget was used up (§7.7 cancel_partner_frozen). */
  cancelPartnerFrozen: z.boolean().default(false),
  indirectPartnerId: text(64).optional(),
});

export interface CustomerBudgetView {
  readonly customerId: string;
  readonly amount: string | null;
  readonly used: string | null;
  readonly budgetType: string | null;
  readonly currency: string;
  readonly records: readonly { readonly amount: string | null; readonly budgetType: string | null; readonly operationType: string | null; readonly operationTime: string | null; readonly operator: string | null }[];
  readonly asOf: string;
}

/** What a preview hands back: pass `confirmation` to the write channel with the same input. */
export interface CustomerWritePreview {
  /** What will be sent, in words the confirmation dialog shows. */
  readonly summary: { readonly en: string; readonly 'zh-CN': string };
  readonly confirmation: string;
  readonly expiresAt: string;
}

const confirmation = { confirmation: z.string().max(256).optional() };
export const createCustomerExecute = createCustomerInput.extend(confirmation);
export const freezeExecute = freezeInput.extend(confirmation);
export const budgetExecute = budgetInput.extend(confirmation);

const COMMON: readonly ErrorCode[] = ['NO_ACTIVE_PROFILE', 'MONEY_OFFLINE', 'API_HUAWEI_ERROR', 'API_NETWORK', 'API_RATE_LIMITED', 'API_WRONG_SITE', 'API_INVALID_REQUEST'];
const CONFIRM: readonly ErrorCode[] = ['MONEY_CONFIRMATION_REQUIRED', 'MONEY_CONFIRMATION_MISMATCH', 'MONEY_CONFIRMATION_USED'];
const WRITE: readonly ErrorCode[] = [...COMMON, ...WRITE_GATE_ERRORS, ...CONFIRM, 'JOURNAL_UNAVAILABLE', 'JOURNAL_UNAVAILABLE_AFTER_SEND', 'MONEY_UNRESOLVED_DUPLICATE', 'CUSTOMER_NOT_ON_SITE'];
const CREATE_CHECKS: readonly ErrorCode[] = ['CUSTOMER_FIELD_INVALID', 'CUSTOMER_T2_REQUIRED', 'CUSTOMER_NAME_TAKEN', 'CUSTOMER_CONTACT_TAKEN', 'CUSTOMER_NOT_ON_SITE'];
/** Gates of every customer write: like a funding, but nothing leaves, so no second person (approved). */
const WRITE_GATES = ['single-instance', 'online', 'confirmed'] as const;

export const customersChannels = {
  checkIdentity: channel<IdentityCheck>()(checkIdentityInput, [...COMMON, 'CUSTOMER_FIELD_INVALID'], ['online']),
  sendCode: channel<CodeSent>()(sendCodeInput, [...COMMON, 'CUSTOMER_FIELD_INVALID', 'CUSTOMER_CODE_TOO_SOON', 'CUSTOMER_CODE_LIMIT', 'CUSTOMER_NOT_ON_SITE'], ['online']),
  /** Every field checked offline and live (login name and contact free); nothing is created. */
  previewCreate: channel<CustomerWritePreview>()(createCustomerInput, [...COMMON, ...CREATE_CHECKS], ['online']),
  /** Journaled (with a generated xaccount_id) before it is sent, never re-sent blindly: a lost answer is looked up, not created twice. */
  create: channel<CustomerCreationView>()(createCustomerExecute, [...WRITE, ...CREATE_CHECKS], WRITE_GATES),
  /** Every creation of this partner account, newest first (from the operations file). */
  creations: channel<{ readonly creations: readonly CustomerCreationView[] }>()(z.undefined().optional(), ['NO_ACTIVE_PROFILE', 'JOURNAL_UNAVAILABLE']),
  /** Asks ListSubCustomers now (pending or timed out); reconciles a creation whose answer was lost. */
  checkCreation: channel<CustomerCreationView>()(z.strictObject({ entryId: z.string().uuid() }), [...COMMON, 'NOT_FOUND', 'JOURNAL_UNAVAILABLE', 'MONEY_RECONCILE_FAILED'], ['single-instance', 'online']),
  previewFreeze: channel<CustomerWritePreview>()(freezeInput, [...COMMON, 'CUSTOMER_NOT_ON_SITE'], ['online']),
  freeze: channel<{ readonly entries: readonly import('./activity').JournalEntryView[] }>()(freezeExecute, WRITE, WRITE_GATES),
  previewUnfreeze: channel<CustomerWritePreview>()(freezeInput, [...COMMON, 'CUSTOMER_NOT_ON_SITE'], ['online']),
  unfreeze: channel<{ readonly entries: readonly import('./activity').JournalEntryView[] }>()(freezeExecute, WRITE, WRITE_GATES),
  budget: channel<CustomerBudgetView>()(z.strictObject({ customerId: z.string().trim().min(1).max(64), indirectPartnerId: text(64).optional() }), [...COMMON, 'CUSTOMER_NOT_ON_SITE']),
  previewBudget: channel<CustomerWritePreview>()(budgetInput, [...COMMON, 'CUSTOMER_NOT_ON_SITE', 'CUSTOMER_FIELD_INVALID'], ['online']),
  setBudget: channel<import('./activity').JournalEntryView>()(budgetExecute, [...WRITE, 'CUSTOMER_FIELD_INVALID'], WRITE_GATES),
  ...offboardingChannels,
  ...realnameChannels,
};
