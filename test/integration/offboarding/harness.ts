// Offboarding through the real router and gate checks over an in-process sandbox: the customers
// channels (offboarding included), the voucher channels (to issue the coupons a leaving customer
// holds) and Activity (to reconcile), on one world clock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { contract } from '../../../shared/contract';
import type { OffboardPreview, OffboardResult } from '../../../shared/contract/channels/offboarding';
import { activityHandlers } from '../../../electron/core/activity/activity-handlers';
import { customersHandlers } from '../../../electron/core/customers/customers-handlers';
import { createRealnameService } from '../../../electron/core/customers/realname';
import { createCustomersService } from '../../../electron/core/customers/customers-service';
import { offboardingHandlers } from '../../../electron/core/customers/offboarding';
import { EventBus } from '../../../electron/core/event-bus';
import { OperationsStore } from '../../../electron/core/infra/journal/operations-store';
import { createMoneyRuntime, type MoneyRuntime } from '../../../electron/core/money/runtime';
import { vouchersHandlers } from '../../../electron/core/vouchers/vouchers-handlers';
import type { DemoAccount, RunningSandbox } from '../../../electron/sandbox/index';
import type { Coupon } from '../../../electron/sandbox/ledger/types';
import type { WorldClock } from '../../support/world-clock';
import { gatedRouter, SESSION_TIMEOUT_MS, sessionFor } from '../money/harness';
import { sandboxReference, seedQuota } from '../vouchers/harness';

export interface Desk {
  readonly runtime: MoneyRuntime;
  readonly call: <T = unknown>(channel: string, input: unknown) => Promise<T>;
  close(): void;
}

/** One workstation of `who` (an approval limit makes large offboardings need a second person). */
export function offboardingDesk(sb: RunningSandbox, who: DemoAccount, clock: WorldClock, limit: string | null = null): Desk {
  const s = sessionFor(sb, mkdtempSync(join(tmpdir(), `pd-offboard-${who.role}-`)), who, clock);
  const operations = new OperationsStore(s.sessions);
  const runtime = createMoneyRuntime({ sessions: s.sessions, events: new EventBus(), operations, reconcile: { now: clock.now, clientTimeoutMs: SESSION_TIMEOUT_MS } });
  const service = createCustomersService({ money: runtime, now: clock.now });
  const { call } = gatedRouter(
    runtime,
    { customers: contract.customers, vouchers: contract.vouchers, activity: contract.activity },
    {
      customers: customersHandlers(service, offboardingHandlers(runtime, clock.now), createRealnameService({ money: runtime, now: clock.now })),
      vouchers: vouchersHandlers(runtime, () => sandboxReference(sb), clock.now),
      activity: activityHandlers(runtime),
    },
    undefined,
    limit,
  );
  return { runtime, call, close: () => { service.dispose(); runtime.dispose(); operations.dispose(); s.close(); } };
}

/** Preview, then execute exactly what the preview says, with its confirmation. */
export async function offboard(d: Desk, input: { customerId: string; indirectPartnerId?: string }): Promise<{ preview: OffboardPreview; result: OffboardResult }> {
  const preview = await d.call<OffboardPreview>('customers.previewOffboard', input);
  const result = await d.call<OffboardResult>('customers.offboard', { ...preview.execute, confirmation: preview.confirmation });
  return { preview, result };
}

/** A resale customer of `owner` with a partner-funded balance and no coupons yet (each call a new one). */
export function leavingCustomer(sb: RunningSandbox, owner: string, taken: Set<string>, balance = '250.00'): string {
  const store = sb.control.sandbox.world.store;
  const held = new Set([...store.coupons.values()].map((c) => c.customerId));
  const c = (store.customersByOwner.get(owner) ?? []).find((x) => x.associationType === '2' && !x.custodied && !x.foreignSite && !taken.has(x.id) && !held.has(x.id));
  if (!c) throw new Error(`no free resale customer of ${owner}`);
  taken.add(c.id);
  c.balance = new Decimal(balance);
  return c.id;
}

/** A coupon of `issuer` held by `customerId`, written into the sandbox as an issue would (a T2's, for a T1's test). */
export function seedCoupon(sb: RunningSandbox, issuer: string, customerId: string, faceValue: string, patch: Partial<Coupon> = {}): string {
  const store = sb.control.sandbox.world.store;
  const quotaId = seedQuota(sb, issuer, '10000');
  const now = sb.control.sandbox.now();
  const id = `CPTEST${store.nextSerial()}`;
  store.addCoupon({
    id, quotaId, issuerId: issuer, customerId, type: 1, status: 2, faceValue: new Decimal(faceValue), balance: new Decimal(faceValue),
    effectiveTime: now - 86_400_000, expireTime: now + 90 * 86_400_000, createTime: now - 86_400_000, memo: '', serviceTypes: [], productIds: [], ...patch,
  });
  return id;
}
