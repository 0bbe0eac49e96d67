// Customer self-service APIs (spec §5.3, §7.6) for a customer calling with its own credentials
// (the demo CUSTOMER account). Partners calling them get 403 CBC.0151 (customerSelfOnly).
// Field sets beyond the spec's lists are our inference [INF].
import Decimal from 'decimal.js';
import { cents, num, ZERO } from '../money';
import { SERVICE_TYPES } from '../seed/names';
import { MONTH_RE } from '../util/time';
import { ok, type SelfCtx } from './context';

export function showCustomerBalances(ctx: SelfCtx) {
  const c = ctx.customer;
  return ok({
    account_balances: [{
      account_id: `${c.id.slice(0, 16)}0001`, account_type: 1, amount: num(c.balance ?? ZERO), currency: 'CNY', designated_amount: 0,
      credit_amount: 0, measure_id: 1,
    }],
    debt_amount: 0, measure_id: 1, currency: 'CNY',
  });
}

export function showCustomerMonthlySum(ctx: SelfCtx) {
  const cycle = ctx.query.reqStr('bill_cycle', { re: MONTH_RE });
  const p = ctx.query.paging(2147483646, 1000);
  const lines = ctx.world.bills.lines(ctx.customer, cycle);
  let cash = new Decimal(0);
  let coupon = new Decimal(0);
  const sums = lines.map((l) => {
    const st = SERVICE_TYPES[l.serviceIdx] ?? SERVICE_TYPES[0];
    cash = cash.plus(cents(l.cashCents));
    coupon = coupon.plus(cents(l.couponCents));
    const consume = cents(l.cashCents + l.couponCents);
    return {
      bill_cycle: cycle, service_type_code: st?.code, service_type_name: st?.name, resource_type_code: st?.resource, resource_type_name: st?.resourceName,
      charging_mode: Number(l.chargeMode), official_amount: num(consume.plus(cents(l.discountCents))), official_discount_amount: num(cents(l.discountCents)),
      truncated_amount: 0, consume_amount: num(consume), coupon_amount: num(cents(l.couponCents)), cash_amount: num(cents(l.cashCents)),
      credit_amount: 0, debt_amount: 0, writeoff_amount: 0, bill_type: l.billType === '0' ? 1 : l.billType === '1' ? 2 : 3, measure_id: 1,
    };
  });
  return ok({
    total_count: sums.length, bill_sums: sums.slice(p.offset, p.offset + p.limit), consume_amount: num(cash.plus(coupon)), debt_amount: 0,
    coupon_amount: num(coupon), flexipurchase_coupon_amount: 0, stored_value_card_amount: 0, cash_amount: num(cash), credit_amount: 0,
    writeoff_amount: 0, measure_id: 1, currency: 'CNY',
  });
}

/** Cost-analysis breakdown: the sandbox keeps no cost-analysis data, so the list is empty [INF]. */
export function listCustomerBreakdown(ctx: SelfCtx) {
  ctx.query.paging(2147483646, 1000);
  return ok({ total_count: 0, details: [], currency: 'CNY' });
}
