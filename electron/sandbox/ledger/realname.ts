// Real-name authentication filed by the partner for a customer (spec §11: CreatePersonalRealnameAuth,
// CreateEnterpriseRealnameAuthentication, ChangeEnterpriseRealnameAuthentication,
// ShowRealnameAuthenticationReviewResult). The codes are those of Huawei's error tables for
// these operations. A filing goes to manual review (is_review 1) and is decided REVIEW_MS later:
// the sandbox's rule is that a name containing 驳回 or REJECT is rejected, any other passes.
import { ApiError } from '../errors';
import { ownCustomer } from './scope';
import type { Store } from './store';
import type { Customer, Partner, RealnameFiling } from './types';

/** How long the sandbox's "manual review" takes (Huawei: about three working days). */
export const REALNAME_REVIEW_MS = 30_000;
/** Filings per customer before CBC.99007191 (Huawei does not publish its limit). */
export const REALNAME_MAX_ATTEMPTS = 5;
/** Accounts that may be authenticated with one certificate number (Huawei does not publish it either). */
export const REALNAME_ACCOUNTS_PER_NUMBER = 5;
/** A certificate number the sandbox treats as already used by too many accounts (CBC.99007189). */
export const OVERUSED_ID_NUMBER = '11010519491231002X';
const REJECT_RE = /驳回|REJECT/i;

export type RealnameKind = RealnameFiling['kind'];

/** The customer's real-name state now: verified_status of ListSubCustomers (-1 none, 0 reviewing, 1 rejected, 2 passed). */
export function verifiedStatusAt(c: Customer, now: number): Customer['verifiedStatus'] {
  const f = c.realname;
  if (!f) return c.verifiedStatus;
  if (now < f.reviewAt) return '0';
  return f.outcome === 'pass' ? '2' : '1';
}

export function realnameNameAt(c: Customer, now: number): string {
  return c.realname && verifiedStatusAt(c, now) === '2' ? c.realname.name : c.name;
}

export function fileRealname(
  store: Store, scope: Partner, kind: RealnameKind, customerId: string, name: string, verifiedNumber: string, time: number,
): { is_review: number } {
  const c = ownCustomer(store, scope, customerId);
  const status = verifiedStatusAt(c, time);
  if (kind === 'change') {
    // Individual to enterprise only, from an authenticated individual (§11 change_type 1).
    if (status !== '2' || c.customerType === 1 || c.realname?.kind === 'enterprise' || c.realname?.kind === 'change') {
      throw new ApiError(400, 'CBC.99007004', 'The business operation does not meet the business check items: only an authenticated individual can change to an enterprise.');
    }
  } else if (status === '0' || status === '2') {
    throw new ApiError(400, 'CBC.99007188', 'The customer has been authenticated or the authentication is under review.');
  }
  const attempts = (c.realname?.attempts ?? 0) + 1;
  if (attempts > REALNAME_MAX_ATTEMPTS) throw new ApiError(400, 'CBC.99007191', 'The number of real-name authentications of the customer exceeds the maximum.');
  const users = store.customers.filter((x) => x.id !== c.id && x.realnameNumber === verifiedNumber).length;
  if (verifiedNumber.toUpperCase() === OVERUSED_ID_NUMBER || users >= REALNAME_ACCOUNTS_PER_NUMBER) {
    throw new ApiError(400, 'CBC.99007189', 'The number of customers authenticated with this certificate number exceeds the limit.');
  }
  c.realname = { kind, name, submittedAt: time, reviewAt: time + REALNAME_REVIEW_MS, outcome: REJECT_RE.test(name) ? 'reject' : 'pass', attempts };
  c.realnameNumber = verifiedNumber;
  if (kind !== 'individual') c.customerType = 1;
  else if (c.customerType === -1) c.customerType = 0;
  return { is_review: 1 };
}
