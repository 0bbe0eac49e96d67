import { afterEach, describe, expect, it } from 'vitest';
import { count, syncRig, type SyncRig } from './harness';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('sync against the sandbox', () => {
  it('fetches every list of a T1 into the store, with balances as decimal text and as-of times', async () => {
    rig = await syncRig('T1');
    rig.service.start();
    await rig.service.whenIdle();
    const status = rig.service.status();
    const problems = status.lists.filter((l) => l.state !== 'done' && l.list !== 'billDetails');
    expect(problems).toEqual([]);

    const world = rig.sandbox.control.sandbox.world.store;
    const t1 = rig.sandbox.accounts.find((a) => a.role === 'T1')!;
    const t2Ids = new Set([...world.partners.values()].filter((p) => p.role === 'T2' && p.parentId === t1.domainId).map((p) => p.id));
    const t1Customers = world.customers.filter((c) => t2Ids.has(c.ownerId));
    expect(count(rig.store, 'customers')).toBe(t1Customers.length);
    expect(count(rig.store, 'resellers')).toBe(t2Ids.size);
    const resale = t1Customers.filter((c) => c.associationType === '2').length;
    expect(count(rig.store, 'customer_balances')).toBe(resale);
    expect(count(rig.store, "customer_balances WHERE typeof(amount) <> 'text'")).toBe(0);
    expect(count(rig.store, "account_balances WHERE owner_id <> ''")).toBeGreaterThan(0);
    expect(count(rig.store, 'bill_sums')).toBeGreaterThan(0);
    for (const l of status.lists.filter((x) => x.state === 'done')) expect(l.asOf).not.toBeNull();

    const done = rig.progress.filter((e) => e.task === 'sync:customers' && e.state === 'done');
    expect(done).toHaveLength(1);
    expect(done[0]!.done).toBe(done[0]!.total);
  });

  it('skips the T1-only lists for a solution provider and says why', async () => {
    rig = await syncRig('SP');
    rig.service.start();
    await rig.service.whenIdle();
    const status = rig.service.status();
    expect(status.lists.find((l) => l.list === 'resellers')).toMatchObject({ state: 'skipped', note: 'T1 only' });
    expect(status.lists.find((l) => l.list === 'customers')).toMatchObject({ state: 'done' });
    const world = rig.sandbox.control.sandbox.world.store;
    const sp = [...world.partners.values()].find((p) => p.role === 'SP')!;
    expect(count(rig.store, 'customers')).toBe(world.customers.filter((c) => c.ownerId === sp.id).length);
  });
});
