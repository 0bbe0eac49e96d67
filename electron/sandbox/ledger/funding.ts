// Money moves between partners, T2s and resale customers (spec §4.2, §4.3, §5.4, §5.5).
import type Decimal from 'decimal.js';
import { ApiError, insufficientBalance } from '../errors';
import { ZERO } from '../money';
import { allocatable, creditPartner, debitPartner } from './postings';
import { linkedT2, ownResaleCustomer } from './scope';
import { makeId, type Store } from './store';
import type { AdjustOperation, FundingOperation, Partner } from './types';

const RECORD_TYPE: Record<FundingOperation, AdjustOperation> = {
  UpdateCustomerAccountAmount: 'SOURCE_OPERATION_BEADJUST', UpdateIndirectPartnerAccount: 'SOURCE_OPERATION_BEADJUST',
  ReclaimToPartnerAccount: 'SOURCE_OPERATION_BERETRIEVE', ReclaimIndirectPartnerAccount: 'SOURCE_OPERATION_BERETRIEVE',
};

function adjustRecord(
  store: Store, partner: Partner, counterparty: { id: string; name: string }, operation: FundingOperation,
  amount: Decimal, time: number, transId: string,
): void {
  store.adjustRecords.push({
    partnerId: partner.id, customerId: counterparty.id, customerName: counterparty.name, operationType: RECORD_TYPE[operation],
    operation, amount, time, transId, applyScene: 'API', memo: '',
  });
}

/** A T1 naming itself as the cloud reseller is an illegal operation (403 CBC.0150 — our trigger for that code). */
function counterpartT2(store: Store, t1: Partner, t2Id: string): Partner {
  if (t2Id === t1.id) throw new ApiError(403, 'CBC.0150', 'Illegal operation: a tier-1 distributor cannot move money to or from itself.');
  return linkedT2(store, t1, t2Id);
}

/** UpdateCustomerAccountAmount: the scope partner (SP, or the T2 when a T1 passes ip) pays. */
export function grantCustomer(store: Store, scope: Partner, customerId: string, amount: Decimal, time: number): string {
  const customer = ownResaleCustomer(store, scope, customerId);
  if (allocatable(scope).lt(amount)) throw insufficientBalance(`Insufficient balance: the allocatable balance of ${scope.accountName} is below ${amount.toFixed(2)}.`);
  const transferId = makeId('AD', time, store.nextSerial());
  debitPartner(store, scope, amount, {
    tradeType: 'BEADJUST', tradeDetailType: 'SOURCE_OPERATION_BEADJUST', tradeId: transferId, time,
    customerId: customer.id, accountName: customer.accountName,
  });
  customer.balance = (customer.balance ?? ZERO).plus(amount);
  adjustRecord(store, scope, { id: customer.id, name: customer.name }, 'UpdateCustomerAccountAmount', amount, time, transferId);
  return transferId;
}

/** ReclaimToPartnerAccount: money back from a resale customer's partner-funded balance. */
export function reclaimCustomer(store: Store, scope: Partner, customerId: string, amount: Decimal, time: number): string {
  const customer = ownResaleCustomer(store, scope, customerId);
  if (customer.balance === undefined) {
    throw new ApiError(400, 'CBC.99000047', `Customer ${customerId} has no partner-funded account to reclaim from.`);
  }
  if (customer.balance.lt(amount)) throw insufficientBalance(`Insufficient balance: customer ${customerId} holds ${customer.balance.toFixed(2)}.`);
  const transId = makeId('RE', time, store.nextSerial());
  customer.balance = customer.balance.minus(amount);
  creditPartner(store, scope, amount, {
    tradeType: 'BERETRIEVE', tradeDetailType: 'SOURCE_OPERATION_BERETRIEVE', tradeId: transId, time,
    customerId: customer.id, accountName: customer.accountName,
  });
  adjustRecord(store, scope, { id: customer.id, name: customer.name }, 'ReclaimToPartnerAccount', amount, time, transId);
  return transId;
}

/** UpdateIndirectPartnerAccount: T1 allocatable → T2 cash. */
export function grantT2(store: Store, t1: Partner, t2Id: string, amount: Decimal, time: number): string {
  const t2 = counterpartT2(store, t1, t2Id);
  if (allocatable(t1).lt(amount)) throw insufficientBalance(`Insufficient balance: the allocatable balance of ${t1.accountName} is below ${amount.toFixed(2)}.`);
  const transferId = makeId('AD', time, store.nextSerial());
  const meta = { tradeType: 'BEADJUST', tradeDetailType: 'SOURCE_OPERATION_BEADJUST', tradeId: transferId, time };
  debitPartner(store, t1, amount, { ...meta, customerId: t2.id, accountName: t2.accountName });
  creditPartner(store, t2, amount, meta);
  adjustRecord(store, t1, { id: t2.id, name: t2.name }, 'UpdateIndirectPartnerAccount', amount, time, transferId);
  return transferId;
}

/** ReclaimIndirectPartnerAccount: T2 → T1; the amount must not exceed the T2's spendable balance. */
export function reclaimT2(store: Store, t1: Partner, t2Id: string, amount: Decimal, time: number): string {
  const t2 = counterpartT2(store, t1, t2Id);
  if (allocatable(t2).lt(amount)) throw insufficientBalance(`Insufficient balance: cloud reseller ${t2Id} holds ${allocatable(t2).toFixed(2)}.`);
  const transId = makeId('RE', time, store.nextSerial());
  const meta = { tradeType: 'BERETRIEVE', tradeDetailType: 'SOURCE_OPERATION_BERETRIEVE', tradeId: transId, time };
  debitPartner(store, t2, amount, meta);
  creditPartner(store, t1, amount, { ...meta, customerId: t2.id, accountName: t2.accountName });
  adjustRecord(store, t1, { id: t2.id, name: t2.name }, 'ReclaimIndirectPartnerAccount', amount, time, transId);
  return transId;
}
