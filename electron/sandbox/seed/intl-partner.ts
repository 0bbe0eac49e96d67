// The international-site demo partner (DEMO_INTL): an SP billed in USD with its own customers,
// some frozen, some with monthly or package budgets (partner-api.md §3.5, §7.7). Seeded after
// everything else so the China-site data of a seed stays exactly what it was.
import Decimal from 'decimal.js';
import { DEMO_INTL } from '../accounts';
import { openAccount } from '../ledger/postings';
import type { Store } from '../ledger/store';
import type { Partner } from '../ledger/types';
import { createRng } from '../util/rng';
import { addMonths, instantInMonth } from '../util/time';
import { companyName, personName } from './names';

export const INTL_CUSTOMERS = 120;
const AREAS = ['MX', 'BR', 'CL', 'AR', 'TH', 'ID', 'MY', 'ZA', 'AE', 'SG'];

export function seedIntlPartner(store: Store, seed: number, month: string): Partner {
  const at = (monthsBack: number, day = 1): number => instantInMonth(addMonths(month, -monthsBack), day, 2).getTime();
  const p: Partner = {
    id: DEMO_INTL.domainId, role: 'SP', accountName: DEMO_INTL.accountName, name: DEMO_INTL.name, mobile: '',
    email: `${DEMO_INTL.accountName}@partner.example.com`, associatedOn: at(36), cash: new Decimal(0), credit: new Decimal(0),
    creditLine: new Decimal(50_000), designated: new Decimal(0), site: 'intl',
  };
  store.partners.set(p.id, p);
  openAccount(store, p, new Decimal(250_000), p.creditLine, at(36));
  const rng = createRng(seed ^ 0x1e71);
  for (let i = 0; i < INTL_CUSTOMERS; i++) {
    const enterprise = rng() < 0.6;
    const gen = enterprise ? companyName(rng, false) : personName(rng, false);
    const id = `1a${i.toString(16).padStart(4, '0')}${Math.floor(rng() * 0xffffffff).toString(16).padStart(8, '0')}${'0'.repeat(18)}`.slice(0, 32);
    const accountName = `${gen.handle}_intl_${i.toString(36).padStart(3, '0')}`;
    const fRoll = rng();
    store.addCustomer({
      id, seq: store.customers.length, accountName, name: gen.display, ownerId: p.id, associationType: '2',
      customerType: enterprise ? 1 : 0, verifiedStatus: '2', isFrozen: fRoll < 0.05 ? 1 : fRoll < 0.08 ? 2 : 0,
      associatedOn: at(2 + Math.floor(rng() * 24), 1 + Math.floor(rng() * 27)), xaccountId: `x-intl-${i}`, xaccountType: 'DEMO_INTL_PARTNER_IDP',
      label: '', telephone: '', email: `${accountName}@example.com`, level: `V${Math.floor(rng() * 4)}`, accountManager: '',
      domainArea: AREAS[i % AREAS.length]!,
    });
    const c = store.customers.at(-1)!;
    if (rng() < 0.5) {
      const amount = new Decimal(100 * (1 + Math.floor(rng() * 50)));
      const type = rng() < 0.8 ? 'MONTHLY' : 'PACKAGE';
      const frozenOperateType = rng() < 0.5 ? 1 : 0;
      const time = at(1, 1 + (i % 27));
      c.budget = { amount, type, frozenOperateType, updatedAt: time };
      store.budgetRecords.push({ customerId: c.id, partnerId: p.id, amount, type, time });
    }
  }
  return p;
}
