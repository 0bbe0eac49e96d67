import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, type CanonicalPlan } from '../../../electron/core/plans/canonical';
import { readApprovalFile, readPlanFile, writeApprovalFile, writePlanFile } from '../../../electron/core/plans/plan-file';
import { referenceData } from '../../../electron/core/plans/reference';
import { validatePlan } from '../../../electron/core/plans/validate';

const amount = fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 1, max: 99 })).map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`);
const text = fc.string({ unit: fc.constantFrom('a', 'b', '客', '户', ' ', '-', '1', 'é'), maxLength: 12 });
const item = fc.record({
  target: text,
  counterpartyId: fc.stringMatching(/^[a-f0-9]{6,12}$/),
  indirectPartnerId: fc.option(fc.stringMatching(/^[a-f0-9]{6}$/), { nil: null }),
  amount,
  memo: text,
});
const plan: fc.Arbitrary<CanonicalPlan> = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('fund-customers', 'reclaim-customers', 'fund-t2s', 'reclaim-t2s'),
  author: fc.constantFrom('alice', 'bob', '张三'),
  createdAt: fc.constant('2026-01-05T08:00:00.000Z'),
  items: fc.array(item, { minLength: 1, maxLength: 20 }),
});

const fileOf = (p: CanonicalPlan) =>
  writePlanFile({ ...p, name: 'n', account: 'domain-1', items: p.items.map((i) => ({ ...i, counterpartyName: null })) }, new Date(0));

describe('content hash', () => {
  it('is a function of the content only (a structural copy hashes the same)', () => {
    fc.assert(
      fc.property(plan, (p) => {
        expect(contentHash(structuredClone(p))).toBe(contentHash(p));
      }),
    );
  });

  it('changes when any amount, counterparty, memo or the order changes', () => {
    fc.assert(
      fc.property(plan, fc.nat(), fc.constantFrom('amount', 'counterpartyId', 'memo', 'swap'), (p, n, what) => {
        const i = n % p.items.length;
        const items = [...p.items];
        const it0 = items[i]!;
        if (what === 'swap') {
          const j = (i + 1) % items.length;
          fc.pre(items.length > 1 && JSON.stringify(items[j]) !== JSON.stringify(it0));
          [items[i], items[j]] = [items[j]!, it0];
        } else if (what === 'amount') items[i] = { ...it0, amount: it0.amount === '1.00' ? '1.01' : '1.00' };
        else items[i] = { ...it0, [what]: `${it0[what]}x` };
        expect(contentHash({ ...p, items })).not.toBe(contentHash(p));
      }),
    );
  });

  it('is the same for canonically equal Unicode (NFC vs NFD)', () => {
    const p: CanonicalPlan = { id: 'x', kind: 'fund-customers', author: 'a', createdAt: 't', items: [{ target: 'é', counterpartyId: 'c', indirectPartnerId: null, amount: '1.00', memo: 'e\u0301' }] };
    expect(contentHash({ ...p, items: [{ ...p.items[0]!, target: 'e\u0301', memo: 'é' }] })).toBe(contentHash(p));
  });
});

describe('plan and approval files', () => {
  it('round-trip: an exported plan reads back with the same hash', () => {
    fc.assert(
      fc.property(plan, (p) => {
        expect(readPlanFile(fileOf(p)).contentHash).toBe(contentHash(p));
      }),
    );
  });

  it('detect tampering: any change to an amount or counterparty in the file is refused', () => {
    fc.assert(
      fc.property(plan, fc.nat(), fc.boolean(), (p, n, changeAmount) => {
        const file = JSON.parse(fileOf(p)) as { items: { amount: string; counterpartyId: string }[] };
        const target = file.items[n % file.items.length]!;
        if (changeAmount) target.amount = target.amount === '9.99' ? '9.98' : '9.99';
        else target.counterpartyId = `${target.counterpartyId}0`;
        expect(() => readPlanFile(JSON.stringify(file))).toThrow(expect.objectContaining({ code: 'PLAN_FILE_TAMPERED' }));
      }),
    );
  });

  it('refuse files that are not plan files', () => {
    expect(() => readPlanFile('{"hello":1}')).toThrow(expect.objectContaining({ code: 'PLAN_FILE_INVALID' }));
    expect(() => readPlanFile('not json')).toThrow(expect.objectContaining({ code: 'PLAN_FILE_INVALID' }));
    expect(() => readApprovalFile('{}')).toThrow(expect.objectContaining({ code: 'PLAN_FILE_INVALID' }));
  });

  it('approval files round-trip', () => {
    const a = {
      planId: 'p', planName: 'n', author: 'alice', contentHash: 'a'.repeat(64), approver: 'bob', approvedAt: 't', total: '1.00', itemCount: 1,
      account: 'domain-1', keyFingerprint: 'b'.repeat(64), signature: 'c2lnbmF0dXJl',
    };
    expect(readApprovalFile(writeApprovalFile(a))).toMatchObject(a);
  });

  it('recognise an unsigned approval file (the first format, or no signature) and refuse it as unsigned', () => {
    const v1 = { format: 'partner-desk-plan-approval/1', planId: 'p', planName: 'n', author: 'alice', contentHash: 'a'.repeat(64), approver: 'bob', approvedAt: 't', total: '1.00', itemCount: 1 };
    expect(() => readApprovalFile(JSON.stringify(v1))).toThrow(expect.objectContaining({ code: 'PLAN_APPROVAL_UNSIGNED' }));
    const noSignature = { ...v1, format: 'partner-desk-plan-approval/2', account: 'domain-1', keyFingerprint: 'b'.repeat(64) };
    expect(() => readApprovalFile(JSON.stringify(noSignature))).toThrow(expect.objectContaining({ code: 'PLAN_APPROVAL_UNSIGNED' }));
  });
});

describe('validation properties', () => {
  const ref = referenceData({
    customers: Array.from({ length: 5 }, (_, i) => ({ customerId: `c${i}`, accountName: `l${i}`, name: null, associationType: '2', indirectPartnerId: null, balance: '10.00', balanceFetchedAt: 't' })),
    allocatable: { amount: '100000000.00', fetchedAt: 't' },
  });
  const rowArb = fc.record({ target: fc.constantFrom('c0', 'c1', 'c2', 'c3', 'c4', 'x'), amount: fc.oneof(amount, fc.constantFrom('0', '-1', '1.234', 'abc', '')), memo: fc.constant(''), sourceLine: fc.constant(null) });

  it('a plan is valid exactly when every row has a known, unique counterparty and an amount > 0 with ≤ 2 decimals', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 8 }), (rows) => {
        const v = validatePlan('fund-customers', rows, ref);
        const targets = rows.map((r) => r.target);
        const expectedValid = rows.every((r, i) => r.target !== 'x' && /^\d+\.\d{2}$/.test(r.amount) && r.amount !== '0.00' && targets.indexOf(r.target) === i);
        expect(v.problemCount === 0).toBe(expectedValid);
      }),
    );
  });

  it('the total is the exact decimal sum of the valid amounts', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 10 }), (amounts) => {
        const v = validatePlan('fund-customers', amounts.map((a, i) => ({ target: `c${i % 5}`, amount: a, memo: '', sourceLine: null })), ref);
        const cents = amounts.reduce((s, a) => s + BigInt(a.replace('.', '')), 0n);
        expect(v.total).toBe(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`);
      }),
    );
  });
});
