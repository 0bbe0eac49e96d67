// Who may act on what: SP/T1 callers, T1 acting for a T2 through `indirect_partner_id` (spec §2.7).
import { accessDenied, notYourCustomer, noPermissionOnT2, ApiError } from '../errors';
import type { Store } from './store';
import type { Customer, Partner } from './types';

/**
 * The partner whose data a call acts on. A T1 with `indirect_partner_id` acts on that T2 (which
 * must be linked to it); for an SP the field is ignored, as documented.
 */
export function resolveScope(store: Store, caller: Partner, indirectPartnerId: string | undefined): Partner {
  if (caller.role !== 'T1' || indirectPartnerId === undefined || indirectPartnerId === '') return caller;
  const t2 = store.partners.get(indirectPartnerId);
  if (!t2 || t2.role !== 'T2' || t2.parentId !== caller.id) throw noPermissionOnT2(indirectPartnerId);
  return t2;
}

export function requireT1(caller: Partner): void {
  if (caller.role !== 'T1') throw accessDenied('This API is only open to tier-1 distributors.');
}

/** A sub-customer of the scope partner (any association type); else CBC.99000035 (CBC.0156: another site's). */
export function ownCustomer(store: Store, scope: Partner, customerId: string): Customer {
  const c = store.customerById.get(customerId);
  if (!c || c.ownerId !== scope.id) throw notYourCustomer(customerId);
  if (c.foreignSite) throw new ApiError(403, 'CBC.0156', `Customer ${customerId} does not belong to this site.`);
  return c;
}

/**
 * A resale (代售) customer of the scope. Referral customers cannot be funded: the v2 APIs answer
 * CBC.99000000 "no permission on this customer" (the legacy v1 API used CBC.5021) — our choice.
 */
export function ownResaleCustomer(store: Store, scope: Partner, customerId: string): Customer {
  const c = ownCustomer(store, scope, customerId);
  if (c.associationType !== '2') {
    throw new ApiError(400, 'CBC.99000000', `No permission to operate on customer ${customerId}: it is a referral (顾问销售) customer.`);
  }
  return c;
}

export function linkedT2(store: Store, t1: Partner, t2Id: string): Partner {
  const t2 = store.partners.get(t2Id);
  if (!t2 || t2.role !== 'T2' || t2.parentId !== t1.id) throw noPermissionOnT2(t2Id);
  return t2;
}
