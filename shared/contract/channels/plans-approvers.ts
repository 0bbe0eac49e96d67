// Four-eyes setup of the active profile's partner account, part of the plans area: my
// signing key (its public enrolment file), the roster of approvers' public keys, and the
// policy (every plan needs approval; optionally single operations above an amount). Every
// change is logged, append-only; the log is shown with the state.
import { z } from 'zod';
import { channel } from '../define';
import type { ErrorCode } from '../errors';
import type { PlanFileOut } from './plans';

export interface ApproverView {
  readonly operator: string;
  /** SHA-256 (hex) of the public key. */
  readonly fingerprint: string;
  /** SPKI DER, base64. */
  readonly publicKey: string;
  readonly enrolledAt: string;
  readonly enrolledBy: string;
}

export interface PolicyEventView {
  readonly seq: number;
  readonly at: string;
  readonly operator: string;
  readonly account: string;
  readonly change: 'approver-enrolled' | 'approver-removed' | 'policy-set';
  /** A key fingerprint, or the policy setting's name. */
  readonly subject: string;
  /** JSON text of the state before and after (null: none). */
  readonly before: string | null;
  readonly after: string | null;
}

export interface ApprovalSetupView {
  /** The partner account (domain id) the policy and roster belong to. */
  readonly account: string;
  readonly operator: string;
  /** This operator's signing key on this workstation; null until made. */
  readonly myKey: { readonly fingerprint: string } | null;
  readonly roster: readonly ApproverView[];
  readonly policy: { readonly plansRequireApproval: true; readonly singleOperationLimit: string | null };
  /** Newest first. */
  readonly events: readonly PolicyEventView[];
}

const keychain: readonly ErrorCode[] = ['KEYCHAIN_UNAVAILABLE', 'KEYCHAIN_FAILED', 'PLAN_SIGNING_KEY_UNREADABLE'];

export const approverChannels = {
  approvalSetup: channel<ApprovalSetupView>()(z.undefined().optional(), keychain),
  /** Makes my signing key (kept in the OS keychain) unless I already have one. */
  createSigningKey: channel<ApprovalSetupView>()(z.undefined().optional(), keychain),
  /** My public key as an enrolment file for another workstation's roster. */
  exportEnrolment: channel<PlanFileOut>()(z.undefined().optional(), keychain),
  enrolApprover: channel<ApprovalSetupView>()(z.strictObject({ content: z.string().min(2).max(10_000) }), [
    ...keychain,
    'PLAN_KEY_FILE_INVALID',
    'PLAN_APPROVER_ALREADY_ENROLLED',
  ]),
  removeApprover: channel<ApprovalSetupView>()(z.strictObject({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/) }), [...keychain, 'PLAN_APPROVER_NOT_FOUND']),
  /** null: no single-operation limit. The amount is checked by the service (decimal text). */
  setApprovalPolicy: channel<ApprovalSetupView>()(z.strictObject({ singleOperationLimit: z.string().max(64).nullable() }), [
    ...keychain,
    'PLAN_POLICY_LIMIT_INVALID',
  ]),
};
