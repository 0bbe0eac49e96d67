// Sub-customer bills (spec §7.3–§7.6), computed on demand from the seed (see seed/bills.ts).
import Decimal from 'decimal.js';
import { paramError } from '../errors';
import { resolveScope } from '../ledger/scope';
import type { Customer, Partner } from '../ledger/types';
import { cents, num } from '../money';
import { ConsumerKind, type BillLine } from '../seed/bills';
import { REGIONS, SERVICE_TYPES } from '../seed/names';
import { DATE_RE, instantInMonth, MONTH_RE, utcStamp } from '../util/time';
import { page } from '../validation';
import { ok, type Ctx, type Operation } from './context';
import { customerSelfOnly } from './funding';
import { listCustomerBreakdown, showCustomerMonthlySum } from './self-service';

function customersOf(ctx: Ctx, scope: Partner): Customer[] {
  const store = ctx.world.store;
  if (scope.role !== 'T1') return store.customersByOwner.get(scope.id) ?? [];
  // A T1 without indirect_partner_id sees consumption of all its T2s' customers.
  return [...store.partners.values()].filter((p) => p.parentId === scope.id).flatMap((p) => store.customersByOwner.get(p.id) ?? []);
}

function monthlyBills(ctx: Ctx) {
  const q = ctx.query;
  const cycle = q.reqStr('cycle', { re: MONTH_RE });
  const chargeMode = q.reqStr('charge_mode', { oneOf: ['1', '3', '11'] });
  const customerId = q.filter('customer_id', { max: 64 });
  const service = q.filter('cloud_service_type', { max: 64 });
  const billType = q.filter('bill_type', { oneOf: ['0', '1', '2'] });
  const p = q.paging(2147483646, 100);
  const scope = resolveScope(ctx.world.store, ctx.caller, q.filter('indirect_partner_id', { max: 64 }));
  const bills = ctx.world.bills;
  const lines: BillLine[] = [];
  for (const c of customersOf(ctx, scope)) {
    if (c.associationType !== '2' || (customerId !== undefined && c.id !== customerId)) continue;
    for (const l of bills.lines(c, cycle)) {
      if (l.chargeMode === chargeMode && (billType === undefined || l.billType === billType)
        && (service === undefined || SERVICE_TYPES[l.serviceIdx]?.code === service)) lines.push(l);
    }
  }
  return ok({ count: lines.length, currency: 'CNY', bill_sums: page(lines, p).map(billSum) });
}

function billSum(l: BillLine) {
  const st = SERVICE_TYPES[l.serviceIdx] ?? SERVICE_TYPES[0];
  const base = {
    customer_id: l.customer.id, cloud_service_type: st?.code, cloud_service_type_name: st?.name, resource_type_code: st?.resource,
    resource_type_name: st?.resourceName, bill_type: l.billType, charge_mode: l.chargeMode, amount: num(cents(l.cashCents + l.couponCents)),
  };
  if (l.billType !== '0') {
    // Unsubscribe and write-off lines: negative, money back to cash; no debt/adjustment/discount fields (spec §7.3).
    return { ...base, measure_id: 1, account_details: [{ balance_type: 'BALANCE_TYPE_DEBIT', amount: num(cents(l.cashCents)), bill_type: l.billType }] };
  }
  const details = [
    ...(l.cashCents > 0 ? [{ balance_type: 'BALANCE_TYPE_DEBIT', amount: num(cents(l.cashCents)), bill_type: '0' }] : []),
    ...(l.couponCents > 0 ? [{ balance_type: 'BALANCE_TYPE_COUPON', amount: num(cents(l.couponCents)), bill_type: '0' }] : []),
  ];
  return { ...base, debt_amount: 0, adjustment_amount: 0, discount_amount: num(cents(l.discountCents)), measure_id: 1, account_details: details };
}

/** 4 refund-unsubscribe, 16 adjustment-deduction for a write-off [INF], else usage (5) or renewal (2). */
const detailTypeOf = (l: BillLine): number => (l.billType === '1' ? 4 : l.billType === '2' ? 16 : l.chargeMode === '3' ? 5 : 2);

function billDetail(ctx: Ctx) {
  const q = ctx.query;
  const cycle = q.reqStr('bill_cycle', { re: MONTH_RE });
  const customerId = q.reqStr('customer_id', { max: 64 });
  const service = q.filter('service_type_code', { max: 64 });
  const region = q.filter('region_code', { max: 64 });
  const mode = q.filter('charging_mode', { oneOf: ['1', '3', '10', '11'] });
  const detailType = q.filter('bill_detail_type');
  const resourceId = q.filter('resource_id', { max: 64 });
  const tradeId = q.filter('trade_id', { max: 64 });
  const assoc = q.filter('association_type', { oneOf: ['1', '2'] });
  q.filter('resource_name', { max: 64 });
  q.filter('account_manager_id', { max: 64 });
  const dateBegin = q.filter('bill_date_begin', { re: DATE_RE });
  const dateEnd = q.filter('bill_date_end', { re: DATE_RE });
  if ((dateBegin === undefined) !== (dateEnd === undefined)) throw paramError('bill_date_begin and bill_date_end go together');
  if (dateBegin !== undefined && (!dateBegin.startsWith(cycle) || !dateEnd?.startsWith(cycle))) throw paramError('bill dates must lie in bill_cycle');
  const p = q.paging(2147483646, 100);
  const english = String(ctx.headers['x-language'] ?? '').toLowerCase() === 'en_us';
  const store = ctx.world.store;
  const scope = resolveScope(store, ctx.caller, q.filter('indirect_partner_id', { max: 64 }));
  const c = store.customerById.get(customerId);
  // Someone else's customer yields an empty answer, like the records APIs.
  const owned = c !== undefined && customersOf(ctx, scope).includes(c);
  const lines = owned ? ctx.world.bills.lines(c, cycle) : [];
  const records = lines.map((l) => {
    const st = SERVICE_TYPES[l.serviceIdx] ?? SERVICE_TYPES[0];
    const reg = REGIONS[l.serviceIdx % REGIONS.length] ?? REGIONS[0];
    const day = 1 + ((l.customer.seq + l.lineNo) % 28);
    const tradeTime = utcStamp(instantInMonth(cycle, day, 10));
    const official = cents(l.cashCents + l.couponCents + l.discountCents);
    const self = ctx.world.bills.kind(l.customer) === ConsumerKind.SelfPaying;
    return {
      bill_cycle: cycle, customer_id: l.customer.id, association_type: l.customer.associationType, service_type_code: st?.code,
      service_type_name: english ? st?.code : st?.name, resource_type_code: st?.resource, resource_type_name: english ? st?.resource : st?.resourceName,
      charging_mode: Number(l.chargeMode), trade_time: tradeTime, trade_id: `CS${cycle.replace('-', '')}${l.customer.id.slice(0, 10)}${l.lineNo}`,
      id: `${l.customer.id.slice(0, 12)}${cycle.replace('-', '')}${l.lineNo}`, bill_detail_type: detailTypeOf(l),
      resource_id: `res-${l.customer.id.slice(0, 8)}-${l.lineNo}`, resource_name: `${st?.resource.split('.').pop()}-${l.lineNo}`,
      product_spec_desc: l.chargeMode === '3' ? 'pay-per-use' : '1 month', region_code: reg?.code, region_name: english ? reg?.code : reg?.name,
      consume_time: tradeTime, official_amount: num(official), official_discount_amount: num(cents(l.discountCents)),
      payment_amount: num(cents(l.cashCents + l.couponCents)), cash_amount: num(cents(l.cashCents)), credit_amount: 0,
      coupon_amount: num(cents(l.couponCents)), flexipurchase_coupon_amount: 0, stored_value_card_amount: 0, debt_amount: 0,
      writeoff_amount: l.billType === '2' ? num(cents(l.cashCents)) : 0,
      period_type: l.chargeMode === '3' ? 25 : 20, partner_id: self ? undefined : l.customer.ownerId,
    };
  }).filter((r) => (service === undefined || r.service_type_code === service) && (region === undefined || r.region_code === region)
    && (mode === undefined || String(r.charging_mode) === mode) && (detailType === undefined || String(r.bill_detail_type) === detailType)
    && (resourceId === undefined || r.resource_id === resourceId) && (tradeId === undefined || r.trade_id === tradeId)
    && (assoc === undefined || r.association_type === assoc)
    && (dateBegin === undefined || (r.trade_time.slice(0, 10) >= dateBegin && r.trade_time.slice(0, 10) <= (dateEnd ?? ''))));
  return ok({ total_count: records.length, currency: 'CNY', fee_records: page(records, p) });
}

function consumeSubCustomers(ctx: Ctx) {
  const b = ctx.body;
  const cycle = b.reqStr('bill_cycle', { max: 10, re: MONTH_RE });
  const p = b.paging(2147483646, 100);
  const ids = customersOf(ctx, ctx.caller).filter((c) => ctx.world.bills.lines(c, cycle).length > 0).map((c) => ({ customer_id: c.id }));
  return ok({ total_count: ids.length, sub_customers: page(ids, p) });
}

/** Σ of a customer's bills paid by cash: lets tests reconcile balances with bills. */
export function cashSpent(ctx: Pick<Ctx, 'world'>, c: Customer): Decimal {
  return ctx.world.bills.cycles().reduce((sum, cycle) => sum.plus(ctx.world.bills.lines(c, cycle).reduce((s, l) => s.plus(cents(l.cashCents)), new Decimal(0))), new Decimal(0));
}

export const billOperations: Operation[] = [
  { name: 'ListSubcustomerMonthlyBills', method: 'GET', path: '/v2/bills/partner-bills/subcustomer-bills/monthly-sum', handler: monthlyBills },
  { name: 'ListSubCustomerBillDetail', method: 'GET', path: '/v2/bills/subcustomer-bills/res-fee-records', handler: billDetail },
  { name: 'ListConsumeSubCustomers', method: 'POST', path: '/v2/bills/subcustomer-bills/res-fee-records/sub-customers/query', handler: consumeSubCustomers },
  { name: 'ShowCustomerMonthlySum', method: 'GET', path: '/v2/bills/customer-bills/monthly-sum', handler: customerSelfOnly, selfService: showCustomerMonthlySum },
  { name: 'ListCustomerBillsMonthlyBreakDown', method: 'GET', path: '/v2/costs/cost-analysed-bills/monthly-breakdown', handler: customerSelfOnly, selfService: listCustomerBreakdown },
];
