// Coupons Huawei gave the demo partners themselves (ListSubCustomerCoupons, spec §6.6): a few
// per partner in mixed types and statuses. They sit outside every quota, so the voucher totals
// of the ledger do not include them.
import Decimal from 'decimal.js';
import { makeId, type Store } from '../ledger/store';
import type { HeldCoupon } from '../ledger/types';
import { createRng } from '../util/rng';
import { addMonths, instantInMonth } from '../util/time';

const PLANS = [
  { id: 'PP-PARTNER-GROWTH', name: '伙伴成长激励代金券', type: 1 },
  { id: 'PP-TRAINING-LAB', name: 'Partner training lab voucher', type: 1 },
  { id: 'PP-DISCOUNT-90', name: '九折折扣券', type: 2 },
  { id: 'PP-ECS-TRIAL', name: '云服务器体验产品券', type: 3 },
  { id: 'PP-FLEXI', name: 'Flexi-purchase cash coupon', type: 4 },
] as const;

export function seedHeldCoupons(store: Store, o: { seed: number; month: string; holders: string[]; perHolder: number }): void {
  const rng = createRng(o.seed ^ 0x4e1d);
  const at = (back: number, day: number): number => instantInMonth(addMonths(o.month, -back), day, 9).getTime();
  for (const holderId of o.holders) {
    const list: HeldCoupon[] = [];
    for (let i = 0; i < o.perHolder; i++) {
      const plan = PLANS[(i + Math.floor(rng() * PLANS.length)) % PLANS.length] ?? PLANS[0];
      // Statuses cycle so every holder has usable, used, expired and not-yet-active ones.
      const status = ([2, 2, 3, 4, 1, 5] as const)[i % 6] ?? 2;
      const back = 1 + Math.floor(rng() * 8);
      const face = new Decimal(100 + Math.floor(rng() * 20) * 50);
      const createTime = at(back, 3);
      const serial = store.nextSerial();
      list.push({
        id: makeId('HC', createTime, serial), code: `HW${String(serial).padStart(10, '0')}`, holderId, type: plan.type, status, faceValue: face,
        balance: status === 3 || status === 5 ? new Decimal(0) : status === 2 && i % 2 === 1 ? face.div(2) : face,
        validTime: status === 1 ? at(-1, 1) : createTime, expireTime: status === 4 ? at(0, 1) : at(-6, 1), createTime,
        ...(status !== 1 ? { activeTime: createTime } : {}), ...(status === 3 ? { orderId: `CS${createTime}` } : {}),
        planId: plan.id, planName: plan.name, sourceId: 'HUAWEI_CLOUD',
      });
    }
    store.heldCoupons.set(holderId, list);
  }
}
