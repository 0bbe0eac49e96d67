// Balances, grants, reclaims and their records (spec §5).
import { accessDenied, paramError } from '../errors';
import { resolveScope } from '../ledger/scope';
import type { Partner } from '../ledger/types';
import { num, str, ZERO } from '../money';
import { beijingDate, beijingDayStart, DATE_RE, utcStamp } from '../util/time';
import { page, TIME_RULE, timeFilter } from '../validation';
import { compact, ok, type Ctx, type Operation } from './context';
import { showCustomerBalances } from './self-service';

const accountId = (p: Partner, type: number): string => `${p.id.slice(0, 16)}${String(type).padStart(4, '0')}`;

function listPartnerBalances(ctx: Ctx) {
  const scope = resolveScope(ctx.world.store, ctx.caller, ctx.query.filter('indirect_partner_id', { max: 64 }));
  const base = { currency: 'CNY', measure_id: 1 };
  return ok({
    account_balances: [
      { account_id: accountId(scope, 1), account_type: 1, amount: num(scope.cash), designated_amount: num(scope.designated), ...base, memo: '' },
      { account_id: accountId(scope, 2), account_type: 2, amount: num(scope.credit), designated_amount: 0, credit_amount: num(scope.creditLine), ...base, memo: '' },
      // Allocatable: cash + available credit; the grant ceiling is amount − designated_amount (spec §5.1).
      { account_id: accountId(scope, 8), account_type: 8, amount: num(scope.cash.plus(scope.credit)), designated_amount: num(scope.designated), ...base, memo: '' },
    ],
  });
}

function listCustomersBalances(ctx: Ctx) {
  const infos = ctx.body.array('customer_infos');
  if (!infos) throw paramError('customer_infos is required');
  if (infos.length < 1 || infos.length > 100) throw paramError('customer_infos must hold [1-100] items');
  const ids = infos.map((item, i) => {
    const id = (item as { customer_id?: unknown } | null)?.customer_id;
    if (typeof item !== 'object' || item === null || typeof id !== 'string' || id === '' || id.length > 64) {
      throw paramError(`customer_infos[${i}].customer_id is required (string, ≤ 64)`);
    }
    return id;
  });
  const store = ctx.world.store;
  const scope = resolveScope(store, ctx.caller, ctx.body.filter('indirect_partner_id', { max: 64 }));
  const balances = ids.flatMap((id) => {
    const c = store.customerById.get(id);
    // Referral customers and another site's customers are dropped silently, like unknown ids.
    if (!c || c.ownerId !== scope.id || c.associationType !== '2' || c.foreignSite) return [];
    return [{ customer_id: id, amount: num(c.balance ?? ZERO), debt_amount: 0, currency: 'CNY', measure_id: 1 }];
  });
  return ok({ customer_balances: balances });
}

function moneyMove(kind: 'UpdateCustomerAccountAmount' | 'ReclaimToPartnerAccount') {
  return (ctx: Ctx) => {
    const b = ctx.body;
    const customerId = b.reqStr('customer_id', { max: 64, noEmpty: true });
    const amount = b.amount('amount');
    const ip = b.str('indirect_partner_id', { max: 64 });
    return ok(ctx.apply({ kind, caller: ctx.caller.id, time: ctx.now, customerId, amount: amount.toFixed(2), ...(ip ? { ip } : {}) }));
  };
}

const ADJUST_TYPES = ['SOURCE_OPERATION_BEADJUST', 'SOURCE_OPERATION_BERETRIEVE', 'SOURCE_OPERATION_BEUNBIND'];

function listAdjustRecords(ctx: Ctx) {
  const q = ctx.query;
  const customerId = q.filter('customer_id', { max: 64 });
  const op = q.filter('operation_type', { max: 64, oneOf: ADJUST_TYPES });
  const begin = timeFilter(q.str('operation_time_begin', TIME_RULE));
  const end = timeFilter(q.str('operation_time_end', TIME_RULE));
  const transId = q.filter('trans_id', { max: 128 });
  const p = q.paging(2147483646, 100);
  const scope = resolveScope(ctx.world.store, ctx.caller, q.filter('indirect_partner_id', { max: 64 }));
  const hits = [];
  const all = ctx.world.store.adjustRecords;
  for (let i = all.length - 1; i >= 0; i--) {
    const r = all[i];
    if (!r || r.partnerId !== scope.id || !ctx.listed(r.operation, r.time)) continue;
    if ((customerId !== undefined && r.customerId !== customerId) || (op !== undefined && r.operationType !== op)
      || (transId !== undefined && r.transId !== transId) || (begin !== undefined && r.time < begin) || (end !== undefined && r.time > end)) continue;
    hits.push(r);
  }
  return ok({
    total_count: hits.length,
    records: page(hits, p).map((r) => ({
      customer_id: r.customerId, customer_name: r.customerName, operation_type: r.operationType, amount: str(r.amount), currency: 'CNY',
      apply_scene: r.applyScene, operation_time: utcStamp(new Date(r.time)), measure_id: 1, trans_id: r.transId, memo: r.memo,
    })),
  });
}

const TRADE_TYPES = ['RECHARGE', 'DEDEUCT', 'REFUND', 'RFROZEN', 'TRANS', 'ADJUST', 'BEADJUST', 'BERETRIEVE', 'BEUNBIND', 'BONUSCONVERT', 'TRADE_MODE_TRANSFER'];

function listAccountChangeRecords(ctx: Ctx) {
  const q = ctx.query;
  const balanceType = q.reqStr('balance_type', { oneOf: ['BALANCE_TYPE_DEBIT', 'BALANCE_TYPE_CREDIT'] });
  const tradeType = q.filter('trade_type', { oneOf: TRADE_TYPES });
  const today = beijingDate(new Date(ctx.now));
  const beginDate = q.filter('trade_time_begin', { max: 10, re: DATE_RE }) ?? `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const endDate = q.filter('trade_time_end', { max: 10, re: DATE_RE }) ?? today;
  const begin = beijingDayStart(beginDate).getTime();
  const end = beijingDayStart(endDate).getTime() + 86400_000;
  if (Number.isNaN(begin) || Number.isNaN(end) || end <= begin) throw paramError('trade_time_begin/trade_time_end are invalid');
  if (end - begin > 367 * 86400_000) throw paramError('the trade time span must not exceed one year');
  const p = q.paging(2147483646, 100);
  const scope = resolveScope(ctx.world.store, ctx.caller, q.filter('indirect_partner_id', { max: 64 }));
  const all = ctx.world.store.changeRecords;
  const hits = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const r = all[i];
    if (!r || r.partnerId !== scope.id || r.balanceType !== balanceType || r.time < begin || r.time >= end) continue;
    if (tradeType !== undefined && r.tradeType !== tradeType) continue;
    hits.push(r);
  }
  return ok({
    total_count: hits.length,
    currency: 'CNY',
    records: page(hits, p).map((r) => compact({
      account_change_id: r.id, trade_detail_type: r.tradeDetailType, trade_time: utcStamp(new Date(r.time)), trade_id: r.tradeId,
      change_amount: str(r.change.abs()), balance_after_change: str(r.balanceAfter), type: r.change.isNegative() ? '2' : '1',
      customer_id: r.customerId, account_name: r.accountName,
    })),
  });
}

/** Customer self-service API: partner credentials are refused, as upstream (CBC.0151). */
export const customerSelfOnly = () => {
  throw accessDenied('This API must be called with the customer\'s own credentials.');
};

export const fundingOperations: Operation[] = [
  { name: 'ListPartnerBalances', method: 'GET', path: '/v2/accounts/partner-accounts/balances', handler: listPartnerBalances },
  { name: 'ListCustomersBalancesDetail', method: 'POST', path: '/v2/accounts/customer-accounts/balances/batch-query', handler: listCustomersBalances },
  { name: 'ShowCustomerAccountBalances', method: 'GET', path: '/v2/accounts/customer-accounts/balances', handler: customerSelfOnly, selfService: showCustomerBalances },
  { name: 'UpdateCustomerAccountAmount', method: 'POST', path: '/v2/accounts/partner-accounts/adjust-amount', handler: moneyMove('UpdateCustomerAccountAmount') },
  { name: 'ReclaimToPartnerAccount', method: 'POST', path: '/v2/accounts/partner-accounts/reclaim', handler: moneyMove('ReclaimToPartnerAccount') },
  { name: 'ListPartnerAdjustRecords', method: 'GET', path: '/v3/accounts/partner-accounts/adjust-records', handler: listAdjustRecords },
  { name: 'ListPartnerAccountChangeRecords', method: 'GET', path: '/v2/accounts/partner-accounts/account-change-records', handler: listAccountChangeRecords, rateLimit: 20 },
];
