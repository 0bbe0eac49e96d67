// The seeded demo world: one T1 with its T2s, one SP, customers, balances, quotas, coupons in
// every status and 13 months of bills. Same seed + same month ⇒ same data.
import Decimal from 'decimal.js';
import { demoPartners } from '../accounts';
import { grantCustomer, grantT2, reclaimCustomer } from '../ledger/funding';
import { openAccount } from '../ledger/postings';
import { adjustQuotas, reclaimQuotas } from '../ledger/quotas';
import { Store } from '../ledger/store';
import type { Partner, Quota } from '../ledger/types';
import { cents } from '../money';
import { createRng, hashUnit } from '../util/rng';
import { addMonths, beijingMonth, instantInMonth } from '../util/time';
import { BILL_MONTHS, BillBook, ConsumerKind } from './bills';
import { seedCoupons } from './coupons';
import { seedCustomers } from './customers';
import { seedFixtures } from './fixtures';
import { seedHeldCoupons } from './held-coupons';
import { seedIntlPartner } from './intl-partner';

export interface SeedOptions {
  seed: number;
  customers: number;
  /** "Now" of the seed; only its UTC+8 month matters. */
  anchor: Date;
}

export interface World {
  store: Store;
  bills: BillBook;
}

const at = (month: string, monthsBack: number, day = 1, hour = 2): number => instantInMonth(addMonths(month, -monthsBack), day, hour).getTime();

function seedPartners(store: Store, month: string): Partner[] {
  return demoPartners().map((d) => {
    const p: Partner = {
      id: d.domainId, role: d.role, accountName: d.accountName, name: d.name, mobile: '0086-1380000' + d.domainId.slice(0, 4).replace(/\D/g, '7'),
      email: `${d.accountName}@partner.example.com`, associatedOn: at(month, 48), cash: new Decimal(0), credit: new Decimal(0),
      creditLine: new Decimal(0), designated: new Decimal(0), ...(d.parentId !== undefined ? { parentId: d.parentId } : {}),
    };
    store.partners.set(p.id, p);
    return p;
  });
}

function quota(id: string, ownerId: string, type: 0 | 1, value: number, status: Quota['status'], month: string, serviceTypes: string[] = []): Quota {
  const v = new Decimal(value);
  return {
    id, ownerId, type, value: v, balance: v, status, createTime: at(month, 24), lastUpdateTime: at(month, 24),
    effectiveTime: at(month, 24), expireTime: status === 3 ? at(month, 1) : at(month, -12), serviceTypes,
  };
}

export function seedWorld(opts: SeedOptions): World {
  const store = new Store();
  const month = beijingMonth(opts.anchor);
  const partners = seedPartners(store, month);
  const t1 = partners.find((p) => p.role === 'T1');
  const sp = partners.find((p) => p.role === 'SP');
  const t2s = partners.filter((p) => p.role === 'T2');
  if (!t1 || !sp) throw new Error('demo partners incomplete');
  t2s.forEach((t2, i) => (t2.associatedOn = at(month, 40 - i * 3)));

  const kinds = seedCustomers(store, opts.seed, opts.customers, { sp, t2s }, at(month, 0));
  const bills = new BillBook(opts.seed, month, kinds);

  // Size every grant so that the customer's 13 months of cash consumption leave a remainder.
  const grants: { id: string; ownerId: string; time: number; cents: number; spent: number }[] = [];
  const owed = new Map<string, number>();
  for (const c of store.customers) {
    if (c.associationType !== '2') continue;
    const kind = bills.kind(c);
    const funded = kind === ConsumerKind.PartnerFunded || hashUnit(opts.seed, c.seq, 31) < 0.3;
    if (!funded) continue;
    let spent = 0;
    let returned = 0;
    if (kind === ConsumerKind.PartnerFunded) {
      for (let k = 1; k <= BILL_MONTHS; k++) {
        spent += bills.cashCents(c.seq, k, kind).reduce((a, b) => a + b, 0);
        returned += bills.returnedCents(c.seq, k, kind).reduce((a, b) => a + b, 0);
      }
    }
    // Grants are sized by gross spending (as before refunds existed); refunds and write-offs
    // flow back into the customer's balance, so the balance equals grants − net cash of the bills.
    const total = spent + 10_000 * Math.floor(hashUnit(opts.seed, c.seq, 32) * 500);
    spent -= returned;
    if (total === 0) continue;
    grants.push({ id: c.id, ownerId: c.ownerId, time: c.associatedOn + 86400_000, cents: total, spent });
    owed.set(c.ownerId, (owed.get(c.ownerId) ?? 0) + total);
  }

  const t2Grants = t2s.map((t2) => (owed.get(t2.id) ?? 0) + 10_000_000);
  t1.creditLine = new Decimal(1_000_000);
  t1.designated = new Decimal(50_000);
  openAccount(store, t1, cents(t2Grants.reduce((a, b) => a + b, 0)).plus(2_000_000), t1.creditLine, at(month, 46));
  sp.creditLine = new Decimal(200_000);
  sp.designated = new Decimal(10_000);
  openAccount(store, sp, cents(owed.get(sp.id) ?? 0).plus(500_000), sp.creditLine, at(month, 46));
  t2s.forEach((t2, i) => grantT2(store, t1, t2.id, cents(t2Grants[i] ?? 0), at(month, 40 - i * 3, 2)));

  grants.sort((a, b) => a.time - b.time);
  for (const g of grants) {
    grantCustomer(store, store.partner(g.ownerId), g.id, cents(g.cents), g.time);
    const c = store.customerById.get(g.id);
    if (c?.balance) c.balance = c.balance.minus(cents(g.spent));
  }

  // Recent activity: top-ups and partial reclaims in the last three months.
  const rng = createRng(opts.seed ^ 0xacc0);
  const recent = grants.filter(() => rng() < 0.12).map((g) => ({ g, reclaim: rng() < 0.25, time: at(month, 1 + Math.floor(rng() * 3), 1 + Math.floor(rng() * 27), Math.floor(rng() * 23)) }));
  recent.sort((a, b) => a.time - b.time);
  for (const r of recent) {
    const owner = store.partner(r.g.ownerId);
    const c = store.customerById.get(r.g.id);
    if (!c?.balance) continue;
    if (r.reclaim) {
      const part = c.balance.div(3).toDecimalPlaces(2, Decimal.ROUND_DOWN);
      if (part.gt(0)) reclaimCustomer(store, owner, c.id, part, r.time);
    } else {
      grantCustomer(store, owner, c.id, new Decimal(100 + Math.floor(rng() * 20) * 100), r.time);
    }
  }

  const t1Main = quota('QT1A00000000000000000001', t1.id, 0, 2_000_000, 0, month);
  for (const q of [
    t1Main,
    quota('QT1B00000000000000000002', t1.id, 1, 500_000, 0, month),
    quota('QT1C00000000000000000003', t1.id, 0, 100_000, 3, month),
    quota('QT1D00000000000000000004', t1.id, 0, 80_000, 5, month),
    quota('QSPA00000000000000000011', sp.id, 0, 800_000, 0, month),
    quota('QSPB00000000000000000012', sp.id, 1, 200_000, 0, month, ['hws.service.type.ec2', 'hws.service.type.ebs']),
    quota('QSPC00000000000000000013', sp.id, 0, 50_000, 3, month),
  ]) store.quotas.set(q.id, q);
  adjustQuotas(store, t1, t1Main.id, t2s.map((t) => t.id), new Decimal(100_000), at(month, 20));
  const extra = adjustQuotas(store, t1, t1Main.id, t2s.slice(0, 1).map((t) => t.id), new Decimal(5_000), at(month, 8));
  reclaimQuotas(store, t1, extra.simple_quota_infos.map((q) => q.quota_id), '额度调整', at(month, 6));

  seedCoupons(store, bills, { seed: opts.seed, month, issuers: [sp, ...t2s], count: Math.min(Math.max(24, Math.floor(opts.customers / 5)), 5000) });
  // Everything below comes after the generated data so that data stays the same for a seed.
  seedFixtures(store, month);
  seedIntlPartner(store, opts.seed, month);
  const couponUser = [...store.partners.values()].find((p) => p.usesCoupons);
  seedHeldCoupons(store, { seed: opts.seed, month, holders: [t1.id, sp.id, ...t2s.map((t) => t.id)], perHolder: 4 });
  if (couponUser) seedHeldCoupons(store, { seed: opts.seed + 1, month, holders: [couponUser.id], perHolder: 12 });
  return { store, bills };
}
