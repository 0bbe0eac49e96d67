// Vouchers channels behind the real router and gate checks over an in-process sandbox, with
// the facts the previews check items against read from the sandbox's own world (what a sync
// would have put in the snapshot store), and quotas the tests can seed.
import Decimal from 'decimal.js';
import { contract } from '../../../shared/contract';
import { gatedRouter } from '../money/harness';
import type { MoneyRuntime } from '../../../electron/core/money/runtime';
import { activityHandlers } from '../../../electron/core/activity/activity-handlers';
import { vouchersHandlers } from '../../../electron/core/vouchers/vouchers-handlers';
import type { VoucherReference } from '../../../electron/core/vouchers/voucher-reference';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import type { Quota } from '../../../electron/sandbox/ledger/types';

const AS_OF = '2026-01-01T00:00:00.000Z';

export function sandboxReference(sb: RunningSandbox): VoucherReference {
  const store = sb.control.sandbox.world.store;
  const pick = <T>(ids: readonly string[], get: (id: string) => T | undefined) => new Map(ids.flatMap((id) => { const v = get(id); return v ? [[id, v] as const] : []; }));
  return {
    customers: (ids) => pick(ids, (id) => {
      const c = store.customerById.get(id);
      if (!c) return undefined;
      const owner = store.partners.get(c.ownerId);
      return { id, name: c.name || c.accountName, associationType: c.associationType, indirectPartnerId: owner?.role === 'T2' ? owner.id : null, fetchedAt: AS_OF };
    }),
    t2s: (ids) => pick(ids, (id) => {
      const p = store.partners.get(id);
      return p && p.role === 'T2' ? { id, name: p.name, fetchedAt: AS_OF } : undefined;
    }),
    coupons: (ids) => pick(ids, (id) => {
      const c = store.coupons.get(id);
      return c ? { couponId: id, customerId: c.customerId, status: c.status, faceValue: c.faceValue.toFixed(2), balance: c.balance.toFixed(2), expireTime: null, indirectPartnerId: null, fetchedAt: AS_OF } : undefined;
    }),
    childQuotas: (ids) => pick(ids, (id) => {
      const q = store.quotas.get(id);
      if (!q || q.parentId === undefined) return undefined;
      return { quotaId: id, parentQuotaId: q.parentId, t2Id: q.ownerId, t2Name: store.partners.get(q.ownerId)?.name ?? null, status: q.status, balance: q.balance.toFixed(2), fetchedAt: AS_OF };
    }),
  };
}

/** A fresh, unrestricted voucher quota of `owner` holding `balance`, valid for a year around now. */
export function seedQuota(sb: RunningSandbox, owner: string, balance: string, now = Date.now()): string {
  const store = sb.control.sandbox.world.store;
  const id = `QTEST${store.nextSerial()}`;
  const q: Quota = {
    id, ownerId: owner, type: 0, value: new Decimal(balance), balance: new Decimal(balance), status: 0,
    createTime: now - 86_400_000, lastUpdateTime: now - 86_400_000, effectiveTime: now - 86_400_000, expireTime: now + 300 * 86_400_000, serviceTypes: [],
  };
  store.quotas.set(id, q);
  return id;
}

/** Resale customers of `owner` (its own, not a T2's). */
export function resaleCustomers(sb: RunningSandbox, owner: string, n: number): string[] {
  const list = (sb.control.sandbox.world.store.customersByOwner.get(owner) ?? []).filter((c) => c.associationType === '2' && !c.custodied && !c.foreignSite);
  if (list.length < n) throw new Error(`only ${list.length} resale customers of ${owner}`);
  return list.slice(0, n).map((c) => c.id);
}

export function vouchersRouter(sb: RunningSandbox, runtime: MoneyRuntime, now: () => Date, limit: string | null = null) {
  return gatedRouter(
    runtime,
    { vouchers: contract.vouchers, activity: contract.activity },
    { vouchers: vouchersHandlers(runtime, () => sandboxReference(sb), now), activity: activityHandlers(runtime) },
    undefined,
    limit,
  );
}
