// Postings on partner accounts. Every change of a cash or credit balance goes through here and
// writes its account-change record, so the records always add up to the balances.
import Decimal from 'decimal.js';
import { makeId, type Store } from './store';
import type { BalanceType, Partner } from './types';

export interface PostingMeta {
  tradeType: string;
  tradeDetailType: string;
  tradeId: string;
  time: number;
  customerId?: string;
  accountName?: string;
}

/** What a partner can grant now (account_type 8): cash + available credit − earmarked cash. */
export function allocatable(p: Partner): Decimal {
  return Decimal.max(p.cash.plus(p.credit).minus(p.designated), 0);
}

function post(store: Store, p: Partner, balanceType: BalanceType, change: Decimal, meta: PostingMeta): void {
  if (change.isZero()) return;
  if (balanceType === 'BALANCE_TYPE_DEBIT') p.cash = p.cash.plus(change);
  else p.credit = p.credit.plus(change);
  store.changeRecords.push({
    partnerId: p.id,
    id: makeId('AC', meta.time, store.nextSerial()),
    balanceType,
    tradeType: meta.tradeType,
    tradeDetailType: meta.tradeDetailType,
    time: meta.time,
    tradeId: meta.tradeId,
    change,
    balanceAfter: balanceType === 'BALANCE_TYPE_DEBIT' ? p.cash : p.credit,
    ...(meta.customerId !== undefined ? { customerId: meta.customerId } : {}),
    ...(meta.accountName !== undefined ? { accountName: meta.accountName } : {}),
  });
}

/** Takes money out: spendable cash first, then credit. The caller has checked `allocatable`. */
export function debitPartner(store: Store, p: Partner, amount: Decimal, meta: PostingMeta): void {
  const spendableCash = Decimal.max(p.cash.minus(p.designated), 0);
  const fromCash = Decimal.min(spendableCash, amount);
  const fromCredit = amount.minus(fromCash);
  if (fromCredit.gt(p.credit)) throw new Error('debitPartner: not covered (caller must check allocatable)');
  post(store, p, 'BALANCE_TYPE_DEBIT', fromCash.neg(), meta);
  post(store, p, 'BALANCE_TYPE_CREDIT', fromCredit.neg(), meta);
}

/** Puts money back: used credit is repaid first, the rest goes to cash. */
export function creditPartner(store: Store, p: Partner, amount: Decimal, meta: PostingMeta): void {
  const usedCredit = Decimal.max(p.creditLine.minus(p.credit), 0);
  const toCredit = Decimal.min(usedCredit, amount);
  post(store, p, 'BALANCE_TYPE_CREDIT', toCredit, meta);
  post(store, p, 'BALANCE_TYPE_DEBIT', amount.minus(toCredit), meta);
}

/** Opening balance of a seeded account: a RECHARGE (cash) or credit adjustment record. */
export function openAccount(store: Store, p: Partner, cash: Decimal, credit: Decimal, time: number): void {
  post(store, p, 'BALANCE_TYPE_DEBIT', cash, {
    tradeType: 'RECHARGE', tradeDetailType: 'SOURCE_OPERAIION_RECHARGE', tradeId: makeId('RC', time, store.nextSerial()), time,
  });
  post(store, p, 'BALANCE_TYPE_CREDIT', credit, {
    tradeType: 'ADJUST', tradeDetailType: 'SOURCE_OPERAIION_ADJUST_CREDIT', tradeId: makeId('CA', time, store.nextSerial()), time,
  });
}
