// Who signed a request, and whether that kind of caller may use the operation at all — the
// checks the gateway and Partner Center make before any business rule (spec §1.2, §2.5).
import { DEMO_ACCOUNTS, DEMO_INTL } from './accounts';
import { ApiError } from './errors';
import { DEMO_FIXTURE_ACCOUNTS } from './fixture-accounts';
import type { Operation } from './handlers/context';
import type { Store } from './ledger/store';
import type { Customer, Partner } from './ledger/types';
import { permits } from './permissions';

export type Principal =
  | { kind: 'partner'; partner: Partner }
  | { kind: 'operator'; partner: Partner; permissions: ReadonlySet<string> }
  | { kind: 'customer'; customer: Customer };

const MAIN_ACCOUNTS = [...DEMO_ACCOUNTS, DEMO_INTL];

export function secretFor(ak: string): string | undefined {
  return MAIN_ACCOUNTS.find((a) => a.ak === ak)?.sk ?? DEMO_FIXTURE_ACCOUNTS.find((a) => a.ak === ak)?.sk;
}

export function resolvePrincipal(store: Store, ak: string): Principal | undefined {
  const main = MAIN_ACCOUNTS.find((a) => a.ak === ak);
  const fixture = main ? undefined : DEMO_FIXTURE_ACCOUNTS.find((a) => a.ak === ak);
  const domainId = main?.domainId ?? fixture?.domainId;
  if (domainId === undefined) return undefined;
  if (fixture?.role === 'CUSTOMER') {
    const customer = store.customerById.get(domainId);
    return customer ? { kind: 'customer', customer } : undefined;
  }
  const partner = store.partners.get(domainId);
  if (!partner) return undefined;
  if (fixture?.role === 'IAM') return { kind: 'operator', partner, permissions: new Set(fixture.permissions ?? []) };
  return { kind: 'partner', partner };
}

/**
 * What a T2 may call itself. The spec (§1.2, §10.9) only says a T2 can read its own balance, yet
 * CreateSubCustomer documents T2-caller codes (CBC.50010065/86); we open these, the rest is 403.
 */
const T2_OPERATIONS: ReadonlySet<string> = new Set([
  'ListPartnerBalances', 'CreateSubCustomer', 'CheckUserIdentity', 'SendVerificationMessageCode', 'ListSubCustomers',
]);

/**
 * Operations the international site does not serve (partner-api.md §7.7: the China site's
 * funding, reseller, quota and adjust-record APIs are absent from the intl SDK; the SMB tag is
 * China-only; verification codes go by e-mail there). An intl partner reaching them gets the gateway's "no such API".
 */
export const CHINA_ONLY_OPERATIONS: ReadonlySet<string> = new Set([
  'ListIndirectPartners', 'UpdateIndirectPartnerAccount', 'ReclaimIndirectPartnerAccount', 'UpdateCouponQuotas', 'ReclaimCouponQuotas',
  'ListIssuedCouponQuotas', 'ListCouponQuotasRecords', 'ListSubCustomerNewTag', 'UpdateCustomerAccountAmount',
  'ReclaimToPartnerAccount', 'ListPartnerAdjustRecords', 'ListPartnerAccountChangeRecords',
]);

/** The refusal for a caller that may not use `op` at all, or undefined. */
export function refusal(p: Principal, op: Operation): ApiError | undefined {
  if (p.kind === 'customer') {
    return op.selfService ? undefined : new ApiError(403, 'CBC.0151', 'Access denied: partner APIs need partner credentials, not a customer\'s.');
  }
  // A former partner's account still signs correctly but is no longer a partner (legacy code;
  // HTTP 400 per the spec's rule for codes listed with both 200 and 400).
  if (p.partner.standing === 'exited') return new ApiError(400, 'CBC.5001', 'The caller is not a partner.');
  if (p.partner.site === 'intl' && CHINA_ONLY_OPERATIONS.has(op.name)) {
    return new ApiError(404, 'APIG.0101', 'The API does not exist or has not been published in the environment.');
  }
  if (p.partner.role === 'T2' && !T2_OPERATIONS.has(op.name)) {
    return new ApiError(403, 'CBC.0151', 'Access denied: cloud resellers have no access to this API.');
  }
  if (p.kind === 'operator' && !permits(op.name, p.permissions)) {
    return new ApiError(403, 'CBC.0155', `Request not allowed: the operator lacks the permission item for ${op.name}.`);
  }
  return undefined;
}
