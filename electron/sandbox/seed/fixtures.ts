// Seeds the fixtures of fixtures.ts and fixture-accounts.ts after the generated data, so the
// generated customers, balances and coupons stay exactly what they were for a seed.
import Decimal from 'decimal.js';
import { DEMO_SP } from '../accounts';
import { fixturePartners, SELF_CUSTOMER_ID } from '../fixture-accounts';
import { FIXTURE_CONTACTS, FIXTURE_CUSTOMERS, FIXTURE_QUOTAS, MOBILE_ACCOUNT_LIMIT } from '../fixtures';
import { issueCoupons } from '../ledger/coupons';
import { grantCustomer } from '../ledger/funding';
import { openAccount } from '../ledger/postings';
import type { Store } from '../ledger/store';
import type { Customer, Partner, Quota, QuotaRules } from '../ledger/types';
import { addMonths, instantInMonth } from '../util/time';

const at = (month: string, monthsBack: number, day = 1, hour = 2): number => instantInMonth(addMonths(month, -monthsBack), day, hour).getTime();

function seedPartners(store: Store, month: string): void {
  for (const d of fixturePartners()) {
    const p: Partner = {
      id: d.domainId, role: d.role, accountName: d.accountName, name: d.name, mobile: '', email: `${d.accountName}@partner.example.com`,
      associatedOn: at(month, 30), cash: new Decimal(0), credit: new Decimal(0), creditLine: new Decimal(0), designated: new Decimal(0),
      ...(d.parentId !== undefined ? { parentId: d.parentId } : {}), ...(d.standing !== undefined ? { standing: d.standing } : {}),
      ...(d.testAccount ? { testAccount: true } : {}), ...(d.usesCoupons ? { usesCoupons: true } : {}),
    };
    store.partners.set(p.id, p);
    openAccount(store, p, new Decimal(20_000), new Decimal(0), at(month, 30));
  }
}

function customer(store: Store, id: string, handle: string, name: string, month: string, extra: Partial<Customer>): Customer {
  return {
    id, seq: store.customers.length, accountName: handle, name, ownerId: DEMO_SP.domainId, associationType: '2', customerType: 1,
    verifiedStatus: '2', isFrozen: 0, associatedOn: at(month, 6), xaccountId: `x-fixture-${handle}`, xaccountType: 'DEMO_SOLUTION_PROVIDER_IDP',
    label: '', telephone: '', email: '', level: 'V1', accountManager: '', ...extra,
  };
}

function seedCustomers(store: Store, month: string): void {
  // Not in any list: the China site does not know another site's customers, only their ids.
  store.addHiddenCustomer(customer(store, FIXTURE_CUSTOMERS.foreignSite, 'intl_site_customer', 'Intl Site Customer S.A.', month, { foreignSite: true }));
  store.addCustomer(customer(store, FIXTURE_CUSTOMERS.custodied, 'custodied_sub_account', '托管示范子账号', month, { custodied: true, label: '财务托管' }));
  store.addCustomer(customer(store, FIXTURE_CUSTOMERS.reassociated, 'reassociated_customer', '转签示范科技有限公司', month, { reassociated: true }));
  store.addCustomer(customer(store, FIXTURE_CUSTOMERS.designated, 'designated_customer', '指定示范科技有限公司', month, {}));
  store.addCustomer(customer(store, SELF_CUSTOMER_ID, 'demo_customer_self', '自助示范客户', month, { customerType: 0 }));
  grantCustomer(store, store.partner(DEMO_SP.domainId), SELF_CUSTOMER_ID, new Decimal(300), at(month, 5));
  const switched = customer(store, FIXTURE_CUSTOMERS.switchedToReferral, 'switched_to_referral', '转顾问示范有限公司', month, {});
  store.addCustomer(switched);
  issueCoupons(store, store.partner(DEMO_SP.domainId), {
    quotaId: 'QSPA00000000000000000011', customerIds: [switched.id], faceValue: new Decimal(100), serviceTypes: [], productIds: [], memo: 'fixture',
  }, at(month, 2));
  switched.associationType = '1';
}

function quota(id: string, ownerId: string, value: number, month: string, rules: QuotaRules, effectiveBack = 3): Quota {
  return {
    id, ownerId, type: 0, value: new Decimal(value), balance: new Decimal(value), status: 0, createTime: at(month, 3),
    lastUpdateTime: at(month, 3), effectiveTime: at(month, effectiveBack), expireTime: at(month, -12), serviceTypes: [], rules,
  };
}

function seedQuotas(store: Store, month: string): void {
  const sp = DEMO_SP.domainId;
  const couponUser = fixturePartners().find((p) => p.usesCoupons)?.domainId ?? '';
  for (const q of [
    quota(FIXTURE_QUOTAS.limited, sp, 50_000, month, {
      minFaceValue: new Decimal(10), maxFaceValue: new Decimal(500), maxCouponsPerCustomer: 2, maxTotalPerCustomer: new Decimal(600),
    }),
    quota(FIXTURE_QUOTAS.firstAssociationOnly, sp, 20_000, month, { firstAssociationOnly: true }),
    quota(FIXTURE_QUOTAS.yearlyMonthlyOnly, sp, 20_000, month, { chargeScenes: ['0', '1', '2'] }),
    quota(FIXTURE_QUOTAS.designatedOnly, sp, 20_000, month, { designatedCustomers: [FIXTURE_CUSTOMERS.designated] }),
    quota(FIXTURE_QUOTAS.notYetEffective, sp, 20_000, month, {}, -12),
    quota(FIXTURE_QUOTAS.couponUser, couponUser, 10_000, month, {}),
  ]) {
    if (q.id === FIXTURE_QUOTAS.notYetEffective) q.expireTime = at(month, -24); // valid for a year once effective
    store.quotas.set(q.id, q);
  }
}

export function seedFixtures(store: Store, month: string): void {
  seedPartners(store, month);
  seedCustomers(store, month);
  seedQuotas(store, month);
  store.externalMobileRegistrations.set(FIXTURE_CONTACTS.mobileAtLimit, MOBILE_ACCOUNT_LIMIT);
  store.reportedContacts.add(FIXTURE_CONTACTS.reportedMobile);
  store.reportedContacts.add(FIXTURE_CONTACTS.reportedEmail);
}
