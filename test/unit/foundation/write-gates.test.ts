// Policies live on the channel: every channel that can reach a write to Huawei declares its
// gates in the contract, the router applies them in order, and a write reached any other way
// is refused (MONEY_GATE_MISSING, tested against the sandbox in integration/money/channels).
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { GATES, type Gate } from '../../../shared/contract/define';
import { createRouter, type GateCheck } from '../../../electron/core/router';
import { APPROVAL_RULES } from '../../../electron/core/gate-checks';
import { assertWriteGated, runInGateScope } from '../../../electron/core/infra/writes/gate-scope';

/** Every channel whose handler can send a write (money moves) or resolve one (reconciliation). */
const WRITES: Record<string, readonly Gate[]> = {
  'money.execute': ['single-instance', 'online', 'approved', 'confirmed'],
  'plans.execute': ['single-instance', 'online', 'approved'],
  'plans.reconcile': ['single-instance', 'online'],
  'activity.reconcile': ['single-instance', 'online'],
  'activity.reconcileAll': ['single-instance', 'online'],
  'vouchers.issue': ['single-instance', 'online', 'approved', 'confirmed'],
  'vouchers.reclaim': ['single-instance', 'online', 'approved', 'confirmed'],
  'vouchers.grantQuota': ['single-instance', 'online', 'approved', 'confirmed'],
  'vouchers.reclaimQuota': ['single-instance', 'online', 'approved', 'confirmed'],
  // Customer writes move no money: confirmed, but no second person.
  'customers.create': ['single-instance', 'online', 'confirmed'],
  'customers.checkCreation': ['single-instance', 'online'],
  'customers.freeze': ['single-instance', 'online', 'confirmed'],
  'customers.unfreeze': ['single-instance', 'online', 'confirmed'],
  'customers.setBudget': ['single-instance', 'online', 'confirmed'],
  'customers.fileRealname': ['single-instance', 'online', 'confirmed'],
  // Offboarding reclaims (value comes back), but a large one needs a second person.
  'customers.offboard': ['single-instance', 'online', 'approved', 'confirmed'],
};

const declared = Object.entries(contract).flatMap(([area, channels]) =>
  Object.entries(channels).map(([name, def]) => [`${area}.${name}`, (def as { gates: readonly Gate[] }).gates] as const),
);

describe('write gates declared on the channels', () => {
  it.each(Object.entries(WRITES))('%s declares %j', (channel, gates) => {
    expect(declared.find(([c]) => c === channel)?.[1]).toEqual(gates);
  });

  it('no other channel declares a write gate, and the list above names every gated channel', () => {
    const gated = declared.filter(([, g]) => g.some((x) => x !== 'online')).map(([c]) => c).sort();
    expect(gated).toEqual(Object.keys(WRITES).sort());
  });

  it('every channel declaring "approved" has an approval rule, and no rule is without its channel', () => {
    const approved = declared.filter(([, g]) => g.includes('approved')).map(([c]) => c).sort();
    expect([...APPROVAL_RULES].sort()).toEqual(approved);
  });

  it('a write is allowed only inside a channel holding single-instance, online and confirmed-or-approved', () => {
    expect(() => assertWriteGated()).toThrow(expect.objectContaining({ code: 'MONEY_GATE_MISSING' }));
    expect(() => runInGateScope('x.y', ['online'], () => assertWriteGated())).toThrow(expect.objectContaining({ code: 'MONEY_GATE_MISSING' }));
    expect(() => runInGateScope('x.y', ['online', 'confirmed'], () => assertWriteGated())).toThrow(expect.objectContaining({ code: 'MONEY_GATE_MISSING' }));
    expect(() => runInGateScope('x.y', ['single-instance', 'online', 'approved'], () => assertWriteGated())).not.toThrow();
  });

  it('the router refuses to start when a declared gate has no check', () => {
    const noop: GateCheck = () => undefined;
    const all = Object.fromEntries(GATES.map((g) => [g, noop])) as Record<Gate, GateCheck>;
    const handlers = { money: new Proxy({}, { get: () => () => undefined }) };
    expect(() => createRouter({ money: contract.money }, handlers as never, { language: () => 'en', gates: all })).not.toThrow();
    const { approved: _omit, ...missing } = all;
    expect(() => createRouter({ money: contract.money }, handlers as never, { language: () => 'en', gates: missing })).toThrow(/approved/);
  });

  it('the router runs the gates in order before the handler and stops at the first refusal', async () => {
    const ran: string[] = [];
    const gates = Object.fromEntries(GATES.map((g) => [g, () => { ran.push(g); if (g === 'confirmed') throw Object.assign(new Error('no'), {}); }])) as unknown as Record<Gate, GateCheck>;
    let handled = false;
    const handlers = { money: new Proxy({}, { get: () => () => { handled = true; } }) };
    const router = createRouter({ money: contract.money }, handlers as never, { language: () => 'en', gates, onInternalError: () => undefined });
    const r = await router.invoke('money.execute', { operation: 'fundCustomer', counterpartyId: 'c1', amount: '1', confirmation: 'v1.x' }, { transport: 'test', operator: 'a' });
    expect(r.ok).toBe(false);
    expect(ran).toEqual(['single-instance', 'online', 'approved', 'confirmed']);
    expect(handled).toBe(false);
  });
});
