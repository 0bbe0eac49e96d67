// Seeded sub-customers: compact and fast (200,000 in well under a second).
import type { Store } from '../ledger/store';
import type { Customer, Partner } from '../ledger/types';
import { createRng, hashUnit } from '../util/rng';
import { companyName, personName } from './names';
import { ConsumerKind } from './bills';

const MONTH_MS = 30 * 86400_000;

export function customerId(seed: number, seq: number): string {
  let out = '';
  for (let i = 0; out.length < 32; i++) out += Math.floor(hashUnit(seed, seq, 977, i) * 0x100000000).toString(16).padStart(8, '0');
  return out.slice(0, 32);
}

/** Adds `count` customers spread over the SP (40%) and the T2s; returns each one's consumer kind. */
export function seedCustomers(store: Store, seed: number, count: number, owners: { sp: Partner; t2s: Partner[] }, anchor: number): Uint8Array {
  const rng = createRng(seed ^ 0x5eed);
  const kinds = new Uint8Array(count);
  for (let seq = 0; seq < count; seq++) {
    const r = rng();
    const owner = r < 0.4 ? owners.sp : owners.t2s[Math.floor(((r - 0.4) / 0.6) * owners.t2s.length)] ?? owners.sp;
    const resale = rng() < 0.8;
    const typeRoll = rng();
    const customerType: Customer['customerType'] = typeRoll < 0.05 ? -1 : typeRoll < 0.65 ? 0 : 1;
    const chinese = rng() < 0.7;
    const gen = customerType === 1 ? companyName(rng, chinese) : personName(rng, chinese);
    const vRoll = rng();
    const verifiedStatus: Customer['verifiedStatus'] = customerType === -1 || vRoll < 0.06 ? '-1' : vRoll < 0.09 ? '0' : vRoll < 0.11 ? '1' : '2';
    const fRoll = rng();
    const id = customerId(seed, seq);
    const accountName = `${gen.handle}_${seq.toString(36).padStart(4, '0')}${id.slice(0, 4)}`;
    store.addCustomer({
      id, seq, accountName, name: verifiedStatus === '2' ? gen.display : '', ownerId: owner.id,
      associationType: resale ? '2' : '1', customerType, verifiedStatus,
      isFrozen: fRoll < 0.02 ? 1 : fRoll < 0.03 ? 2 : 0,
      associatedOn: anchor - 14 * MONTH_MS - Math.floor(rng() * 26 * MONTH_MS),
      xaccountId: `x-${owner.accountName}-${seq}`, xaccountType: `${owner.accountName.toUpperCase()}_IDP`,
      label: rng() < 0.2 ? (rng() < 0.5 ? 'VIP' : '重点客户') : '',
      telephone: rng() < 0.6 ? `13${String(Math.floor(rng() * 1e9)).padStart(9, '0')}` : '',
      email: rng() < 0.5 ? `${accountName}@example.com` : '',
      level: `V${Math.floor(rng() * 6)}`,
      accountManager: rng() < 0.3 ? 'am_li' : '',
    });
    const consumes = rng() < 0.6;
    kinds[seq] = !consumes ? ConsumerKind.None : resale ? ConsumerKind.PartnerFunded : ConsumerKind.SelfPaying;
  }
  return kinds;
}
