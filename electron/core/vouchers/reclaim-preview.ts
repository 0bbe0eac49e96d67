// Checks a reclaim of coupons: the coupons chosen (from the synced issued list) or every
// reclaimable coupon a customer holds now (read live: the leaving-customer case). A coupon
// already used up, expired or reclaimed is named as such, not sent. What a reclaim takes back
// is the coupon's remaining balance; the coupon record says what it really took.
import type { CouponReclaimInput, VoucherPreviewItem } from '../../../shared/contract/channels/vouchers';
import { AppError } from '../../../shared/contract/errors';
import { sumAmounts } from '../../../shared/domain/money';
import type { MoneyIntent } from '../infra/writes/executor';
import { COUPON_STATUS, problem, repeats, unresolvedProblem } from './problems';
import { reclaimableCoupons } from './quota-facts';
import type { VoucherDeps, VoucherDraft } from './voucher-draft';

interface Target {
  readonly couponId: string;
  readonly customerId: string | null;
  readonly status: number | null;
  readonly balance: string | null;
  readonly indirectPartnerId: string | null;
}

export async function draftReclaim(input: CouponReclaimInput, deps: VoucherDeps): Promise<VoucherDraft> {
  const t2 = input.indirectPartnerId ?? null;
  if (t2 && deps.role !== 'T1') throw new AppError('MONEY_T1_ONLY');
  let targets: Target[];
  if (input.couponIds?.length) {
    const known = deps.reference.coupons(input.couponIds);
    targets = input.couponIds.map((id) => {
      const c = known.get(id);
      return { couponId: id, customerId: c?.customerId ?? null, status: c?.status ?? null, balance: c?.balance ?? null, indirectPartnerId: t2 ?? c?.indirectPartnerId ?? null };
    });
  } else if (input.customerId) {
    const live = await reclaimableCoupons(deps.api, input.customerId, t2);
    targets = live.map((c) => ({ couponId: c.couponId, customerId: c.customerId, status: c.status, balance: c.balance, indirectPartnerId: t2 }));
  } else {
    throw new AppError('VOUCHER_RECLAIM_TARGET');
  }
  if (input.retryOf && targets.length !== 1) throw new AppError('VOUCHER_RETRY_ONE_ITEM');

  const customers = deps.reference.customers(targets.flatMap((t) => (t.customerId ? [t.customerId] : [])));
  const dup = repeats(targets.map((t) => t.couponId));
  const items: VoucherPreviewItem[] = [];
  const intents: Array<MoneyIntent | null> = [];
  targets.forEach((t, index) => {
    const amount = t.balance ?? '0.00';
    const name = t.customerId ? (customers.get(t.customerId)?.name ?? null) : null;
    const intent: MoneyIntent = {
      operation: 'reclaimCoupon', counterpartyId: t.customerId ?? '', counterpartyName: name, indirectPartnerId: t.indirectPartnerId,
      amount, retryOf: input.retryOf ?? null, details: { couponId: t.couponId },
    };
    const problems = [];
    const gone = t.status !== null && t.status in COUPON_STATUS ? COUPON_STATUS[t.status as keyof typeof COUPON_STATUS] : null;
    if (dup.has(index)) problems.push(problem('VOUCHER_DUPLICATE_ITEM', { id: t.couponId }));
    else if (!t.customerId) problems.push(problem('VOUCHER_COUPON_UNKNOWN', { id: t.couponId }));
    else if (gone) problems.push(problem('VOUCHER_COUPON_GONE', { id: t.couponId, status: gone.en, statusZh: gone['zh-CN'] }));
    else if (!input.retryOf) {
      const twin = unresolvedProblem(deps.unresolved, intent, t.couponId);
      if (twin) problems.push(twin);
    }
    items.push({ key: t.couponId, counterpartyId: t.customerId ?? '', counterpartyName: name, amount, problems });
    intents.push(problems.length ? null : intent);
  });
  const sending = intents.filter((i): i is MoneyIntent => i !== null);
  const now = deps.now().toISOString();
  return {
    preview: {
      operation: 'reclaimCoupon', currency: deps.currency, quota: null, items, sendCount: sending.length,
      total: sumAmounts(sending.map((i) => i.amount)), quotaBalanceAfter: null, calls: sending.length, asOf: now,
    },
    intents,
  };
}
