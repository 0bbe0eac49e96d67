// International-site-only operations (spec §3.5/3.6 live in customers.ts; §7.7 here). Their
// wire shapes beyond the spec's field lists are our inference [INF]; amounts are USD as on intl.
import Decimal from 'decimal.js';
import { accessDenied, paramError } from '../errors';
import { ownCustomer, resolveScope } from '../ledger/scope';
import { num } from '../money';
import { hashUnit } from '../util/rng';
import { addMonths, beijingMonth, instantInMonth, MONTH_RE, utcStamp } from '../util/time';
import { page, TIME_RULE, timeFilter } from '../validation';
import { ok, type Ctx, type Operation } from './context';

function listInvoices(ctx: Ctx) {
  if (ctx.params.domain_id !== ctx.caller.id) throw accessDenied('domain_id does not match the credentials.');
  const q = ctx.query;
  const start = timeFilter(q.reqStr('start_time', TIME_RULE)) ?? 0;
  const end = timeFilter(q.reqStr('end_time', TIME_RULE)) ?? 0;
  // `offset` is a page number here (SDK comment "页码"); we count pages from 1.
  const pageNo = q.int('offset', 1, 2147483646);
  const limit = q.int('limit', 1, 100);
  if (pageNo === undefined || limit === undefined) throw paramError('offset and limit are required');
  const month = beijingMonth(new Date(ctx.now));
  const invoices = Array.from({ length: 24 }, (_, i) => {
    const cycle = addMonths(month, -(i + 1));
    const applyTime = instantInMonth(addMonths(cycle, 1), 6, 3).getTime();
    const h = hashUnit(ctx.caller.id.length, i, 7);
    return {
      requestId: `INV${ctx.caller.id.slice(0, 6)}${cycle.replace('-', '')}`, cancelReason: '', titleType: 1, channelType: 0, invoiceType: 1,
      invoiceTitle: ctx.caller.name, invoiceAmount: Math.round(2000 + h * 9000) / 1, invoiceMethod: 0, invoiceClass: 1,
      invoiceState: i === 0 ? 1 : 8, applyOpera: ctx.caller.accountName,
      addressInfo: { address: 'Av. Demo 100', recipients: 'Finance', zipCode: '01000', mobilePhone: '0052-5500000000' },
      applyTime: utcStamp(new Date(applyTime)), invoiceMode: '0', email: ctx.caller.email, requestMode: 0, srcRequestId: '', salesId: '',
      invoiceNo: i === 0 ? '' : `NO${cycle.replace('-', '')}${i}`, tradeType: 'BILL', billCycle: cycle,
      // taxVisibleFlag / taxAccountingFlag are "Y" / "N" strings in the intl SDK's TaxInfo.
      taxList: [{ taxClass: 'VAT', taxRate: 0.16, subTaxClass: '', taxAmount: Math.round(h * 1440), taxVisibleFlag: 'Y', taxAccountingFlag: 'Y' }],
      time: applyTime,
    };
  }).filter((inv) => inv.time >= start && inv.time <= end);
  const slice = invoices.slice((pageNo - 1) * limit, pageNo * limit).map(({ time: _time, ...rest }) => rest);
  return ok({ count: invoices.length, invoices: slice });
}

function postpaidBillSum(ctx: Ctx) {
  const cycle = ctx.query.reqStr('bill_cycle', { re: MONTH_RE });
  const h = (salt: number) => Math.floor(hashUnit(cycle.length, Number(cycle.replace('-', '')), salt) * 1_000_000) / 100;
  const consume = h(1);
  const refunds = -h(2) / 20;
  const adjustments = -h(3) / 50;
  const tax = Math.round((consume + refunds + adjustments) * 16) / 100;
  return ok({
    bill_cycle: cycle, initial_amount_due: Math.round((consume + refunds + adjustments + tax) * 100) / 100, consume_amount: consume,
    refunds: Math.round(refunds * 100) / 100, adjustments: Math.round(adjustments * 100) / 100, tax_amount: tax, currency: 'USD',
  });
}

function updateBudget(ctx: Ctx) {
  const b = ctx.body;
  const customerId = b.reqStr('customer_id', { max: 64, noEmpty: true });
  const amount = b.amount('budget_amount');
  b.str('cancel_partner_frozen', { oneOf: ['0', '1'] });
  const ip = b.str('indirect_partner_id', { max: 64 });
  const budgetType = (b.str('budget_type', { oneOf: ['MONTHLY', 'PACKAGE'] }) ?? 'MONTHLY') as 'MONTHLY' | 'PACKAGE';
  const frozenOperateType = (b.int('frozen_operate_type', 0, 1) ?? 0) as 0 | 1;
  ctx.apply({ kind: 'UpdateSubCustomerBudget', caller: ctx.caller.id, time: ctx.now, customerId, amount: amount.toFixed(2), budgetType, frozenOperateType, ...(ip ? { ip } : {}) });
  return ok({});
}

function budgetView(c: { id: string; seq: number; budget?: { amount: Decimal; type: string; frozenOperateType: number } }) {
  // Used budget: a deterministic share of the budget (the real figure lags, per the SDK comment).
  const used = c.budget ? c.budget.amount.mul(hashUnit(c.seq, 3, 11)).toDecimalPlaces(2, Decimal.ROUND_DOWN) : new Decimal(0);
  return {
    customer_id: c.id, budget_amount: c.budget ? num(c.budget.amount) : 0, used_amount: num(used), budget_type: c.budget?.type ?? 'MONTHLY',
    frozen_operate_type: c.budget?.frozenOperateType ?? 0, currency: 'USD', measure_id: 1,
  };
}

function showBudget(ctx: Ctx) {
  const customerId = ctx.query.reqStr('customer_id', { max: 64 });
  const scope = resolveScope(ctx.world.store, ctx.caller, ctx.query.filter('indirect_partner_id', { max: 64 }));
  return ok(budgetView(ownCustomer(ctx.world.store, scope, customerId)));
}

function listBudgets(ctx: Ctx) {
  const b = ctx.body;
  const ids = b.strArray('customer_ids', { max: 100, item: { max: 64 } });
  const p = b.paging(2147483646, 100);
  const store = ctx.world.store;
  const scope = resolveScope(store, ctx.caller, b.filter('indirect_partner_id', { max: 64 }));
  const hits = (store.customersByOwner.get(scope.id) ?? []).filter((c) => c.associationType === '2' && (ids === undefined ? c.budget !== undefined : ids.includes(c.id)));
  // The intl SDK's ListSubCustomerBudgetResponse: measure_id, currency, budget_infos (no count).
  return ok({ measure_id: 1, currency: 'USD', budget_infos: page(hits, p).map(budgetView) });
}

function budgetRecords(ctx: Ctx) {
  const q = ctx.query;
  const customerId = q.filter('customer_id', { max: 64 });
  const p = q.paging(2147483646, 100);
  const scope = resolveScope(ctx.world.store, ctx.caller, q.filter('indirect_partner_id', { max: 64 }));
  const hits = ctx.world.store.budgetRecords.filter((r) => r.partnerId === scope.id && (customerId === undefined || r.customerId === customerId)).reverse();
  // The intl SDK's ListSubCustomerBudgetRecordsResponse: total_count, measure_id, currency, record_list.
  return ok({
    total_count: hits.length, measure_id: 1, currency: 'USD',
    record_list: page(hits, p).map((r) => ({
      budget_amount: num(r.amount), budget_type: r.type, operation_type: 'SETTING', operation_time: utcStamp(new Date(r.time)),
      operator: ctx.caller.accountName, partner_account_name: ctx.caller.accountName, partner_corp_name: ctx.caller.name,
    })),
  });
}

export const intlOperations: Operation[] = [
  { name: 'ListInvoices', method: 'GET', path: '/v1.0/{domain_id}/payments/intl-invoices', handler: listInvoices },
  { name: 'ListPostpaidBillSum', method: 'GET', path: '/v2/bills/partner-bills/postpaid-bill-summary', handler: postpaidBillSum },
  { name: 'UpdateSubCustomerBudget', method: 'POST', path: '/v2/partners/sub-customers/budget', handler: updateBudget },
  { name: 'ShowSubCustomerBudget', method: 'GET', path: '/v2/partners/sub-customers/budget', handler: showBudget },
  { name: 'ListSubCustomerBudget', method: 'POST', path: '/v2/partners/sub-customers/budget/query', handler: listBudgets },
  { name: 'ListSubCustomerBudgetRecords', method: 'GET', path: '/v2/partners/sub-customers/budget/records', handler: budgetRecords },
];
