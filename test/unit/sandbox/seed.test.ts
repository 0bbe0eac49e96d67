// The seed is deterministic and its ledger balances from the start.
import { describe, expect, it } from 'vitest';
import { Ledger, summarize } from '../../../electron/sandbox/ledger/ledger';
import { DEMO_SP, DEMO_T1, DEMO_T2S } from '../../../electron/sandbox/accounts';
import { FIXTURE_CUSTOMERS } from '../../../electron/sandbox/fixtures';
import { seedWorld } from '../../../electron/sandbox/seed/index';

const anchor = new Date('2026-03-10T00:00:00Z');

describe('seed', () => {
  it('gives the same data for the same seed and different data for another seed', () => {
    const a = summarize(new Ledger(seedWorld({ seed: 1, customers: 200, anchor }).store));
    const b = summarize(new Ledger(seedWorld({ seed: 1, customers: 200, anchor }).store));
    const c = summarize(new Ledger(seedWorld({ seed: 2, customers: 200, anchor }).store));
    expect(b).toEqual(a);
    expect(c.moneyTotal).not.toBe(a.moneyTotal);
  });

  it('mixes resale and referral, individual and enterprise, verified and not, frozen and not', () => {
    const { store } = seedWorld({ seed: 42, customers: 500, anchor });
    const values = (f: (c: (typeof store.customers)[number]) => unknown) => new Set(store.customers.map(f));
    expect(values((c) => c.associationType)).toEqual(new Set(['1', '2']));
    expect(values((c) => c.customerType)).toEqual(new Set([-1, 0, 1]));
    expect(values((c) => c.verifiedStatus).has('-1')).toBe(true);
    expect(values((c) => c.isFrozen).has(1)).toBe(true);
    expect(store.customers.some((c) => /[\u4e00-\u9fff]/.test(c.name)) && store.customers.some((c) => /^[A-Za-z]/.test(c.name))).toBe(true);
  });

  it('leaves no customer with a negative balance after 13 months of consumption', () => {
    const { store } = seedWorld({ seed: 42, customers: 1000, anchor });
    expect(store.customers.every((c) => c.balance === undefined || c.balance.gte(0))).toBe(true);
  });

  it('puts the fixtures after the generated customers, so a seed\'s generated data does not depend on them', () => {
    const { store } = seedWorld({ seed: 42, customers: 100, anchor });
    expect(store.customers.slice(0, 100).every((c, i) => c.seq === i)).toBe(true);
    expect(store.customers.slice(100).map((c) => c.id)).toEqual(expect.arrayContaining([FIXTURE_CUSTOMERS.custodied, FIXTURE_CUSTOMERS.reassociated]));
    expect(store.customers.some((c) => c.id === FIXTURE_CUSTOMERS.foreignSite)).toBe(false);
    expect(store.customerById.get(FIXTURE_CUSTOMERS.foreignSite)?.foreignSite).toBe(true);
  });

  it('bills consumption, unsubscribe and write-off lines, and never refunds more than a month\'s consumption', () => {
    const { store, bills } = seedWorld({ seed: 42, customers: 500, anchor });
    const types = new Set<string>();
    for (const c of store.customers) {
      for (const cycle of bills.cycles()) {
        const lines = bills.lines(c, cycle);
        lines.forEach((l) => types.add(l.billType));
        expect(lines.reduce((s, l) => s + l.cashCents, 0)).toBeGreaterThanOrEqual(0);
        expect(lines.filter((l) => l.billType !== '0').every((l) => l.cashCents < 0 && l.couponCents === 0)).toBe(true);
      }
    }
    expect(types).toEqual(new Set(['0', '1', '2']));
  });

  it('gives every main demo partner a few coupons of its own', () => {
    const { store } = seedWorld({ seed: 42, customers: 50, anchor });
    for (const id of [DEMO_T1.domainId, DEMO_SP.domainId, ...DEMO_T2S.map((t) => t.domainId)]) {
      expect(store.heldCoupons.get(id)?.length, id).toBeGreaterThan(0);
    }
  });
});
