// Seeded coupons in every status. Voucher usages are booked into the bills (BillBook), so the
// coupon balances and the voucher-paid part of the bills agree.
import Decimal from 'decimal.js';
import { issueCoupons, reclaimCoupon } from '../ledger/coupons';
import type { Store } from '../ledger/store';
import type { Coupon, Customer, Partner } from '../ledger/types';
import { ZERO } from '../money';
import { createRng } from '../util/rng';
import { addMonths, instantInMonth } from '../util/time';
import type { BillBook } from './bills';

interface Plan {
  issuer: Partner;
  quotaId: string;
  customer: Customer;
  face: Decimal;
  issueBack: number;
  fate: 'usable' | 'partial' | 'used' | 'expired' | 'reclaimed' | 'pending';
  usageBack: number;
  time: number;
}

const FATES: [Plan['fate'], number][] = [['usable', 0.35], ['partial', 0.2], ['used', 0.2], ['expired', 0.1], ['reclaimed', 0.1], ['pending', 0.05]];

export function seedCoupons(store: Store, bills: BillBook, o: { seed: number; month: string; issuers: Partner[]; count: number }): void {
  const rng = createRng(o.seed ^ 0xc0c0);
  const at = (back: number, day: number, hour: number): number => instantInMonth(addMonths(o.month, -back), day, hour).getTime();
  const plans: Plan[] = [];
  for (const issuer of o.issuers) {
    const quota = [...store.quotas.values()].find((q) => q.ownerId === issuer.id && q.status === 0 && q.type === 0);
    const targets = (store.customersByOwner.get(issuer.id) ?? []).filter((c) => c.associationType === '2');
    if (!quota || targets.length === 0) continue;
    const n = Math.max(4, Math.floor(o.count / o.issuers.length));
    for (let i = 0; i < n; i++) {
      let roll = rng();
      // Every issuer gets each status at least once, then they follow the weights.
      const fate = FATES[i]?.[0] ?? FATES.find(([, p]) => (roll -= p) < 0)?.[0] ?? 'usable';
      const issueBack = fate === 'pending' ? 1 : 3 + Math.floor(rng() * 10);
      plans.push({
        issuer, quotaId: quota.id, customer: targets[Math.floor(rng() * targets.length)] as Customer,
        face: new Decimal(50 + Math.floor(rng() * 196) * 10), issueBack, fate, usageBack: 1 + Math.floor(rng() * (issueBack - 1)),
        time: at(issueBack, 1 + Math.floor(rng() * 27), Math.floor(rng() * 23)),
      });
    }
  }
  plans.sort((a, b) => a.time - b.time);
  const reclaims: { plan: Plan; coupon: Coupon }[] = [];
  for (const p of plans) {
    const expireTime = p.fate === 'expired' ? at(1, 1, 0) : at(-6, 1, 0);
    const validTime = p.fate === 'pending' ? at(-1, 1, 0) : undefined;
    const res = issueCoupons(store, p.issuer, {
      quotaId: p.quotaId, customerIds: [p.customer.id], faceValue: p.face, expireTime, serviceTypes: [], productIds: [], memo: '',
      ...(validTime !== undefined ? { validTime } : {}),
    }, p.time);
    const coupon = store.coupons.get(res.coupon_infos[0]?.coupon_id ?? '');
    if (!coupon) continue;
    const used = p.fate === 'used' ? p.face : p.fate === 'partial' || p.fate === 'expired' ? p.face.mul(0.2 + rng() * 0.6).toDecimalPlaces(0) : ZERO;
    if (used.gt(0)) {
      const cycle = addMonths(o.month, -p.usageBack);
      coupon.balance = coupon.balance.minus(used);
      coupon.lastUsedTime = at(p.usageBack, 15, 10);
      coupon.orderId = `CS${cycle.replace('-', '')}${coupon.id.slice(-8)}`;
      bills.addCouponUsage(p.customer.id, cycle, used.mul(100).toNumber());
    }
    if (p.fate === 'used') coupon.status = 3;
    if (p.fate === 'expired') coupon.status = 4;
    if (p.fate === 'reclaimed') reclaims.push({ plan: p, coupon });
  }
  // Reclaims happen last month, after every issue, so the coupon records stay in time order.
  reclaims.forEach(({ plan, coupon }, i) => reclaimCoupon(store, plan.issuer, coupon.id, at(1, 1, 12) + i * 60_000));

  // One resale customer later switched to referral while still holding a coupon (CBC.99000045).
  const holder = plans.find((p) => p.fate === 'usable' && bills.kind(p.customer) === 0 && p.customer.balance === undefined);
  if (holder) holder.customer.associationType = '1';
}
