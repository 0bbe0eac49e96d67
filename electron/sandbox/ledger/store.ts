// In-memory state of the sandbox: partners, customers, quotas, coupons and every record,
// with the indexes the list operations need.
import type {
  AccountChangeRecord, AdjustRecord, BudgetRecord, Coupon, CouponRecord, Customer, HeldCoupon, MoneyLogEntry, Partner, Quota, QuotaRecord,
} from './types';

export class Store {
  readonly partners = new Map<string, Partner>();
  readonly customers: Customer[] = [];
  readonly customerById = new Map<string, Customer>();
  readonly customersByOwner = new Map<string, Customer[]>();
  readonly accountNames = new Set<string>();
  readonly xaccountIds = new Set<string>();
  readonly quotas = new Map<string, Quota>();
  readonly coupons = new Map<string, Coupon>();
  readonly couponsByIssuer = new Map<string, Coupon[]>();
  readonly adjustRecords: AdjustRecord[] = [];
  readonly changeRecords: AccountChangeRecord[] = [];
  readonly couponRecords: CouponRecord[] = [];
  readonly quotaRecords: QuotaRecord[] = [];
  readonly budgetRecords: BudgetRecord[] = [];
  /** Coupons the partners hold themselves, by holder (not part of any quota). */
  readonly heldCoupons = new Map<string, HeldCoupon[]>();
  /** Accounts on Huawei Cloud outside every partner's list, per mobile (registration limit). */
  readonly externalMobileRegistrations = new Map<string, number>();
  /** Mobiles and e-mails already reported (报备) to Huawei by someone (CBC.99000051). */
  readonly reportedContacts = new Set<string>();
  readonly moneyLog: MoneyLogEntry[] = [];
  /** Counter for server-generated ids; part of the state so a replay yields the same ids. */
  private idCounter = 0;

  nextSerial(): number {
    this.idCounter += 1;
    return this.idCounter;
  }

  addCustomer(c: Customer): void {
    this.customers.push(c);
    this.customerById.set(c.id, c);
    let list = this.customersByOwner.get(c.ownerId);
    if (!list) this.customersByOwner.set(c.ownerId, (list = []));
    list.push(c);
    this.accountNames.add(c.accountName.toLowerCase());
    this.xaccountIds.add(c.xaccountId);
  }

  /** A customer known by id only: not in any list (e.g. another site's customer). */
  addHiddenCustomer(c: Customer): void {
    this.customerById.set(c.id, c);
  }

  addCoupon(c: Coupon): void {
    this.coupons.set(c.id, c);
    let list = this.couponsByIssuer.get(c.issuerId);
    if (!list) this.couponsByIssuer.set(c.issuerId, (list = []));
    list.push(c);
  }

  partner(id: string): Partner {
    const p = this.partners.get(id);
    if (!p) throw new Error(`unknown partner ${id}`);
    return p;
  }
}

/** Server-generated ids look like the documented examples: prefix + timestamp digits + hex suffix. */
export function makeId(prefix: string, time: number, serial: number): string {
  const d = new Date(time);
  const stamp = d.toISOString().replace(/[-:TZ.]/g, '').slice(2, 14);
  return `${prefix}${stamp}${serial.toString(16).padStart(8, '0')}`;
}
