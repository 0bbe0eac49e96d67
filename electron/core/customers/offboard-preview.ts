// What offboarding a customer would reclaim, read live: the customer (resale, under the right
// T2), its partner-funded balance (ListCustomersBalancesDetail) and every coupon it holds
// (ListIssuedPartnerCoupons, all statuses). Whatever cannot be reclaimed is named with why:
// no balance, a coupon used up, expired or already reclaimed, or an identical reclaim still
// unresolved in the journal (never sent twice before it is reconciled).
import type { OffboardCoupon, OffboardPreview, OffboardPreviewInput } from '../../../shared/contract/channels/offboarding';
import type { VoucherItemProblem } from '../../../shared/contract/channels/vouchers';
import { AppError } from '../../../shared/contract/errors';
import { compareAmounts, sumAmounts } from '../../../shared/domain/money';
import { operations, type PartnerApi } from '../infra/partner-api';
import type { MoneySession } from '../money/runtime';
import { COUPON_STATUS, problem, unresolvedProblem, unresolvedTwins } from '../vouchers/problems';
import { text, unavailable } from '../vouchers/quota-facts';

export type UnsignedOffboardPreview = Omit<OffboardPreview, 'confirmation' | 'expiresAt'>;

interface LiveCoupon {
  readonly couponId: string;
  readonly status: number | null;
  readonly faceValue: string | null;
  readonly balance: string;
  readonly expireTime: string | null;
}

/** Every coupon of the customer the API still lists (§6.4: those expired over two years ago are not). */
async function couponsOf(api: PartnerApi, customerId: string, t2: string | null): Promise<LiveCoupon[]> {
  const rows = await api.listAll(operations.vouchers.listIssuedPartnerCoupons, { customer_id: customerId, ...(t2 ? { indirect_partner_id: t2 } : {}) });
  return rows
    .filter((c) => c.coupon_id && (c.customer_id ?? customerId) === customerId)
    .map((c) => ({ couponId: c.coupon_id!, status: c.status ?? null, faceValue: text(c.face_value), balance: text(c.balance) ?? '0.00', expireTime: c.expire_time ?? null }));
}

export async function draftOffboard(input: OffboardPreviewInput, money: MoneySession, now: () => Date): Promise<UnsignedOffboardPreview> {
  const t2 = input.indirectPartnerId ?? null;
  // A T2's customer is reclaimed with indirect_partner_id (§5.5, §6.3); only a T1 has T2s.
  if (t2 && money.role !== 'T1') throw new AppError('MONEY_T1_ONLY');
  // Live: an offboarding is reviewed against the balance as it is now, not a minute ago.
  money.reads.invalidate();
  try {
    if (t2 && !(await money.reads.t2(t2))) throw new AppError('MONEY_T2_UNKNOWN', { id: t2 });
    const customer = await money.reads.customer(input.customerId, t2);
    if (!customer) {
      if (t2) throw new AppError('MONEY_CUSTOMER_NOT_UNDER_T2', { id: input.customerId, t2 });
      throw new AppError('MONEY_CUSTOMER_UNKNOWN', { id: input.customerId });
    }
    if (customer.associationType !== '2') throw new AppError('MONEY_CUSTOMER_NOT_RESALE', { name: customer.name ?? customer.id });
    const name = customer.name ?? customer.id;
    const unresolved = await unresolvedTwins(money.executor.journal);

    // §5.5 says only "amount exceeds what can be reclaimed"; our choice: what can be reclaimed
    // is the partner-funded `amount` of ListCustomersBalancesDetail (debt is not netted: Huawei
    // refuses with CBC.99005003 if it disagrees, and that refusal is shown per item).
    const available = customer.balance;
    const held = available && compareAmounts(available, '0') > 0 ? available : '0.00';
    const balanceProblems: VoucherItemProblem[] = [];
    if (held === '0.00') balanceProblems.push(problem('OFFBOARD_BALANCE_EMPTY', { name }));
    else {
      // Any unresolved reclaim of this balance, whatever its amount: until it is reconciled
      // nobody knows what the customer still holds.
      const twin = [...unresolved.values()].find((e) => e.operation === 'reclaimCustomer' && e.counterpartyId === input.customerId);
      if (twin) balanceProblems.push(problem('OFFBOARD_BALANCE_UNRESOLVED', { name, entry: twin.id.slice(0, 8) }));
    }

    const coupons: OffboardCoupon[] = (await couponsOf(money.session.api as PartnerApi, input.customerId, t2)).map((c) => {
      const problems: VoucherItemProblem[] = [];
      const gone = c.status !== null && c.status in COUPON_STATUS ? COUPON_STATUS[c.status as keyof typeof COUPON_STATUS] : null;
      const empty = compareAmounts(c.balance, '0') <= 0 ? COUPON_STATUS[3] : null;
      const why = gone ?? empty;
      if (why) problems.push(problem('VOUCHER_COUPON_GONE', { id: c.couponId, status: why.en, statusZh: why['zh-CN'] }));
      else {
        const twin = unresolvedProblem(unresolved, { operation: 'reclaimCoupon', counterpartyId: input.customerId, indirectPartnerId: t2, amount: c.balance, details: { couponId: c.couponId } }, c.couponId);
        if (twin) problems.push(twin);
      }
      return { ...c, problems };
    });

    const sending = coupons.filter((c) => !c.problems.length);
    const balance = balanceProblems.length ? null : held;
    const couponTotal = sumAmounts(sending.map((c) => c.balance));
    return {
      customerId: input.customerId,
      customerName: customer.name,
      indirectPartnerId: t2,
      currency: money.executor.profile.currency,
      balance: { available, amount: balance ?? '0.00', problems: balanceProblems },
      coupons,
      totals: {
        balance: balance ?? '0.00', coupons: couponTotal, total: sumAmounts([balance ?? '0.00', couponTotal]),
        couponCount: sending.length, notReclaimable: coupons.length - sending.length,
      },
      sendCount: (balance ? 1 : 0) + sending.length,
      execute: {
        customerId: input.customerId,
        ...(t2 ? { indirectPartnerId: t2 } : {}),
        balance,
        coupons: sending.map((c) => ({ couponId: c.couponId, amount: c.balance })),
      },
      asOf: now().toISOString(),
    };
  } catch (error) {
    throw unavailable(error);
  }
}
