// Sub-customer lifecycle: creation (spec §3.3), freeze/unfreeze (§3.5, §3.6), intl budgets (§7.7).
import type Decimal from 'decimal.js';
import { ApiError, itemError, notYourCustomer, type ItemError } from '../errors';
import { ownCustomer } from './scope';
import type { Store } from './store';
import type { Customer, Partner } from './types';

export interface CreateCustomerInput {
  xaccountId: string;
  xaccountType: string;
  domainName?: string;
  mobile?: string;
  cooperationType?: string;
  email?: string;
  domainArea?: string;
  associationDelayMs?: number;
}

function hex32(store: Store, salt: number): string {
  const serial = store.nextSerial();
  let out = '';
  let h = (serial * 2654435761 + salt) >>> 0;
  while (out.length < 32) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 32);
}

/** Whether the scope partner's program standing lets it take new customers (spec §3.3 codes). */
function checkStanding(store: Store, scope: Partner): void {
  if (scope.standing === 'restricted') throw new ApiError(400, 'CBC.50010085', 'The partner company is restricted and cannot take new customers.');
  const parent = scope.role === 'T2' && scope.parentId !== undefined ? store.partners.get(scope.parentId) : undefined;
  if (parent?.standing === 'exited') throw new ApiError(400, 'CBC.50010065', 'The tier-1 distributor of this cloud reseller has exited; it cannot take new customers.');
  if (parent?.standing === 'restricted') throw new ApiError(400, 'CBC.50010086', 'The tier-1 distributor of this cloud reseller is restricted; it cannot take new customers.');
}

export function createCustomer(store: Store, scope: Partner, input: CreateCustomerInput, time: number): Customer {
  if (scope.role === 'T1') {
    throw new ApiError(400, 'CBC.50010059', 'A tier-1 distributor may not associate sub-customers; pass indirect_partner_id.');
  }
  checkStanding(store, scope);
  if (store.xaccountIds.has(input.xaccountId)) throw new ApiError(400, 'CBC.99000039', 'xaccount_id is duplicated.');
  if (input.domainName !== undefined && store.accountNames.has(input.domainName.toLowerCase())) {
    throw new ApiError(400, 'CBC.99000038', 'The login name already exists.');
  }
  const id = hex32(store, 7);
  const accountName = input.domainName ?? `hw${hex32(store, 11).slice(0, 30)}`;
  const customer: Customer = {
    id, seq: store.customers.length, accountName, name: '', ownerId: scope.id,
    associationType: input.cooperationType === '1' ? '1' : '2', customerType: -1, verifiedStatus: '-1', isFrozen: 0,
    // The account exists at once; the association completes later (§3.3): until then
    // ListSubCustomers does not show the customer.
    associatedOn: time + (input.associationDelayMs ?? 0), xaccountId: input.xaccountId, xaccountType: input.xaccountType, label: '',
    telephone: input.mobile ?? '', email: input.email ?? '', level: 'V0', accountManager: '',
    ...(input.domainArea !== undefined ? { domainArea: input.domainArea } : {}),
  };
  store.addCustomer(customer);
  return customer;
}

export type FreezeKind = 'ACCOUNT' | 'ACCOUNT_AND_RESOURCE';

/**
 * Open question §10.1: re-freezing an already frozen customer is accepted and changes nothing
 * (our choice); unfreezing needs the matching type (documented) else CBC.0100.
 */
export function setFrozen(store: Store, scope: Partner, ids: string[], kind: FreezeKind, freeze: boolean): ItemError[] {
  const errors: ItemError[] = [];
  for (const id of ids) {
    try {
      const c = ownCustomer(store, scope, id);
      if (c.associationType !== '2') throw new ApiError(200, 'CBC.99000000', `No permission to operate on customer ${id}: referral customer.`);
      const level = kind === 'ACCOUNT' ? 1 : 2;
      if (freeze) c.isFrozen = level;
      else if (c.isFrozen === 0) continue;
      else if (c.isFrozen !== level) throw new ApiError(200, 'CBC.0100', 'Parameter error: unfreeze_type does not match the current freeze type.');
      else c.isFrozen = 0;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      errors.push(itemError(id, e.status === 400 && e.code === 'CBC.99000035' ? notYourCustomer(id) : e));
    }
  }
  return errors;
}

export function setBudget(
  store: Store, scope: Partner, customerId: string, amount: Decimal, type: 'MONTHLY' | 'PACKAGE', frozenOperateType: 0 | 1, time: number,
): void {
  const c = ownCustomer(store, scope, customerId);
  if (c.associationType !== '2') throw new ApiError(400, 'CBC.99000000', `No permission to operate on customer ${customerId}: referral customer.`);
  c.budget = { amount, type, frozenOperateType, updatedAt: time };
  store.budgetRecords.push({ customerId, partnerId: scope.id, amount, type, time });
}
