// The one check a signed approval must pass, on import and again just before money moves:
// signed, for exactly the content the rows hold now, by a key in the account's roster that
// is neither the author's key nor enrolled for the author, naming the key's own operator.
import { AppError } from '../../../../shared/contract';
import { signatureValid } from './keys';
import type { RosterEntry } from './policy-log';

/** OS user names differ only in case on Windows; treat "Alice" and "alice" as one person. */
export const sameOperator = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export interface SignedApproval {
  readonly approver: string;
  readonly contentHash: string;
  readonly keyFingerprint: string | null;
  readonly signature: string | null;
}

export interface ApprovalSubject {
  readonly account: string;
  readonly planId: string;
  readonly author: string;
  /** Recomputed from the stored rows by the caller, never the stored hash. */
  readonly contentHash: string;
  /** The author's signing key on this workstation, when there is one. */
  readonly authorFingerprint: string | null;
}

const short = (fingerprint: string) => fingerprint.slice(0, 16);

/** The roster as read just before the check (PolicyLog, or a PolicyStore's state folded). */
export interface RosterLookup {
  approver(fingerprint: string): RosterEntry | undefined;
}

/** A roster read once, for a synchronous check. */
export const rosterLookup = (roster: readonly RosterEntry[]): RosterLookup => ({ approver: (fp) => roster.find((r) => r.fingerprint === fp) });

/** Returns the roster entry of the signing key; throws the specific refusal otherwise. */
export function checkSignedApproval(approval: SignedApproval, subject: ApprovalSubject, log: RosterLookup): RosterEntry {
  const { keyFingerprint: fingerprint, signature } = approval;
  if (!fingerprint || !signature) throw new AppError('PLAN_APPROVAL_UNSIGNED', {});
  if (approval.contentHash !== subject.contentHash) {
    throw new AppError('PLAN_APPROVAL_MISMATCH', { approvedHash: approval.contentHash.slice(0, 12), currentHash: subject.contentHash.slice(0, 12) });
  }
  if (sameOperator(approval.approver, subject.author)) throw new AppError('PLAN_APPROVER_IS_AUTHOR', { operator: approval.approver });
  if (fingerprint === subject.authorFingerprint) throw new AppError('PLAN_APPROVAL_AUTHOR_KEY', { fingerprint: short(fingerprint) });
  const entry = log.approver(fingerprint);
  if (!entry) throw new AppError('PLAN_APPROVAL_KEY_NOT_ENROLLED', { fingerprint: short(fingerprint) });
  // A key enrolled under the author's name is the author's key, whoever the file names.
  if (sameOperator(entry.operator, subject.author)) throw new AppError('PLAN_APPROVAL_AUTHOR_KEY', { fingerprint: short(fingerprint) });
  const statement = { account: subject.account, planId: subject.planId, contentHash: subject.contentHash, approver: approval.approver };
  if (!sameOperator(entry.operator, approval.approver) || !signatureValid(entry.publicKey, statement, signature)) {
    throw new AppError('PLAN_APPROVAL_SIGNATURE_INVALID', {});
  }
  return entry;
}
