// The seed is deterministic and its ledger balances from the start.
import { describe, expect, it } from 'vitest';
import { Ledger, summarize } from '../../../electron/sandbox/ledger/ledger';
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
});
