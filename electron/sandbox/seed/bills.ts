// Bills are computed on demand from (seed, customer, month), so 200,000 customers cost no
// memory. The seed draws the same numbers to size each customer's grant, and coupon usages are
// looked up here, so bills, balances and coupon balances agree.
import { hashUnit } from '../util/rng';
import { addMonths } from '../util/time';
import type { Customer } from '../ledger/types';

export const BILL_MONTHS = 13;

/** How a seeded customer consumes: not at all, with partner-granted money, or paying Huawei itself. */
export const enum ConsumerKind { None = 0, PartnerFunded = 1, SelfPaying = 2 }

export interface BillLine {
  customer: Customer;
  cycle: string;
  lineNo: number;
  serviceIdx: number;
  chargeMode: '1' | '3';
  /** '0' consumption, '1' unsubscribe (refund), '2' Huawei write-off; the last two carry negative amounts. */
  billType: '0' | '1' | '2';
  /** Negative for unsubscribe and write-off lines: the money went back to the customer's balance. */
  cashCents: number;
  couponCents: number;
  discountCents: number;
}

export class BillBook {
  /** customer id → cycle → voucher-paid cents (from the seeded coupon usages). */
  readonly couponUsage = new Map<string, Map<string, number>>();

  constructor(
    readonly seed: number,
    /** The month the seed was made in (UTC+8); bills exist for the 13 months before it. */
    readonly anchorMonth: string,
    private readonly kinds: Uint8Array,
  ) {}

  cycles(): string[] {
    return Array.from({ length: BILL_MONTHS }, (_, i) => addMonths(this.anchorMonth, -(i + 1)));
  }

  private index(cycle: string): number {
    for (let k = 1; k <= BILL_MONTHS; k++) if (addMonths(this.anchorMonth, -k) === cycle) return k;
    return 0;
  }

  kind(c: Customer): ConsumerKind {
    return (this.kinds[c.seq] ?? 0) as ConsumerKind;
  }

  addCouponUsage(customerId: string, cycle: string, cents: number): void {
    let m = this.couponUsage.get(customerId);
    if (!m) this.couponUsage.set(customerId, (m = new Map()));
    m.set(cycle, (m.get(cycle) ?? 0) + cents);
  }

  /** Cash the customer spends in bill month k (1 = last month); the seed sizes grants with it. */
  cashCents(seq: number, k: number, kind: ConsumerKind): [ppu: number, ym: number] {
    const s = this.seed;
    const ppu = hashUnit(s, seq, k, 1) < 0.75 ? 500 + Math.floor(hashUnit(s, seq, k, 3) * 30000) : 0;
    const ym = kind === ConsumerKind.PartnerFunded && hashUnit(s, seq, k, 4) < 0.3 ? 2000 + Math.floor(hashUnit(s, seq, k, 6) * 80000) : 0;
    return [ppu, ym];
  }

  /**
   * Money back to a partner-funded customer in bill month k: an unsubscribe refund of part of the
   * yearly/monthly order, and a small Huawei write-off of pay-per-use charges. Never more than that
   * month's consumption, so a customer's net spending stays positive.
   */
  returnedCents(seq: number, k: number, kind: ConsumerKind): [refund: number, writeOff: number] {
    if (kind !== ConsumerKind.PartnerFunded) return [0, 0];
    const s = this.seed;
    const [ppu, ym] = this.cashCents(seq, k, kind);
    const refund = ym > 0 && hashUnit(s, seq, k, 9) < 0.25 ? Math.floor(ym * (0.2 + 0.6 * hashUnit(s, seq, k, 10))) : 0;
    const writeOff = ppu > 0 && hashUnit(s, seq, k, 11) < 0.1 ? Math.min(ppu, 100 + Math.floor(hashUnit(s, seq, k, 12) * 1900)) : 0;
    return [refund, writeOff];
  }

  lines(c: Customer, cycle: string): BillLine[] {
    const kind = this.kind(c);
    const k = this.index(cycle);
    if (k === 0) return [];
    const coupon = this.couponUsage.get(c.id)?.get(cycle) ?? 0;
    if (kind === ConsumerKind.None && coupon === 0) return [];
    const s = this.seed;
    const [ppu, ym] = kind === ConsumerKind.None ? [0, 0] : this.cashCents(c.seq, k, kind);
    const out: BillLine[] = [];
    const discount = (cents: number, salt: number): number => Math.floor(cents * 0.15 * hashUnit(s, c.seq, k, salt));
    if (ppu > 0) {
      out.push({ customer: c, cycle, lineNo: 1, serviceIdx: Math.floor(hashUnit(s, c.seq, k, 2) * 6), chargeMode: '3', billType: '0', cashCents: ppu, couponCents: 0, discountCents: discount(ppu, 7) });
    }
    if (ym > 0 || coupon > 0) {
      out.push({ customer: c, cycle, lineNo: 2, serviceIdx: Math.floor(hashUnit(s, c.seq, k, 5) * 6), chargeMode: '1', billType: '0', cashCents: ym, couponCents: coupon, discountCents: discount(ym + coupon, 8) });
    }
    const [refund, writeOff] = this.returnedCents(c.seq, k, kind);
    if (refund > 0) {
      out.push({ customer: c, cycle, lineNo: 3, serviceIdx: Math.floor(hashUnit(s, c.seq, k, 5) * 6), chargeMode: '1', billType: '1', cashCents: -refund, couponCents: 0, discountCents: 0 });
    }
    if (writeOff > 0) {
      out.push({ customer: c, cycle, lineNo: 4, serviceIdx: Math.floor(hashUnit(s, c.seq, k, 2) * 6), chargeMode: '3', billType: '2', cashCents: -writeOff, couponCents: 0, discountCents: 0 });
    }
    return out;
  }
}
