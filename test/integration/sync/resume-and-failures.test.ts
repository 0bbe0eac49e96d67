import { afterEach, describe, expect, it } from 'vitest';
import { customersQuery } from '../../../shared/contract/channels/review';
import type { CustomerRow } from '../../../shared/contract/channels/review';
import { tablePage } from '../../../electron/core/review/review-queries';
import { count, syncRig, type SyncRig } from './harness';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

async function syncCustomers(r: SyncRig, resume = false) {
  r.service.start({ lists: ['customers'], resume });
  await r.service.whenIdle();
  return r.service.status().lists.find((l) => l.list === 'customers')!;
}

function spCustomers(r: SyncRig) {
  const world = r.sandbox.control.sandbox.world.store;
  const sp = [...world.partners.values()].find((p) => p.role === 'SP')!;
  return world.customersByOwner.get(sp.id)!;
}

describe('sync: deletions, failures, cancel and resume, offline', () => {
  it('marks a customer the API no longer lists instead of dropping it', async () => {
    rig = await syncRig('SP');
    expect((await syncCustomers(rig)).state).toBe('done');
    const gone = spCustomers(rig).pop()!;
    expect((await syncCustomers(rig)).state).toBe('done');

    const row = rig.store.db.prepare('SELECT deleted_at FROM customers WHERE customer_id = ?').get(gone.id) as { deleted_at: string | null };
    expect(row.deleted_at).not.toBeNull();
    const page = tablePage<CustomerRow>(rig.store, 'customers', customersQuery.parse({ filters: { deleted: 'only' } }) as never);
    expect(page.rows.map((r) => r.customerId)).toEqual([gone.id]);
  });

  it('retries a failed page as a read and completes when the retry succeeds', async () => {
    rig = await syncRig('SP', { customers: 600 });
    // The client tries twice (maxReadRetries 1); the sync's own retry is the third attempt.
    rig.sandbox.control.addFault({ operation: 'ListSubCustomers', kind: 'error-before-commit', status: 503, times: 2 });
    const status = await syncCustomers(rig);
    expect(status).toMatchObject({ state: 'done', failures: [] });
    expect(count(rig.store, 'customers')).toBe(spCustomers(rig).length);
  });

  it('reports what it could not fetch, and then marks nothing as deleted', async () => {
    rig = await syncRig('SP', { customers: 600 });
    expect((await syncCustomers(rig)).state).toBe('done');
    spCustomers(rig).pop();
    rig.sandbox.control.addFault({ operation: 'ListCustomersBalancesDetail', kind: 'error-before-commit', status: 500 });
    const status = await syncCustomers(rig);
    expect(status.state).toBe('partial');
    expect(status.failures.length).toBeGreaterThan(0);
    for (const f of status.failures) expect(f).toMatchObject({ what: expect.stringMatching(/^balances of \d+ customers from /), code: 'CBC.0999' });
    expect(count(rig.store, 'customers WHERE deleted_at IS NOT NULL')).toBe(0);
  });

  it('cancels, then resumes from the checkpoint with the same run, fetching only what is missing', async () => {
    rig = await syncRig('SP', { customers: 3000, latencyMs: 20 });
    rig.service.start({ lists: ['customers'] });
    await waitFor(() => rig!.service.status().lists.find((l) => l.list === 'customers')!.done >= 300);
    rig.service.cancel();
    await rig.service.whenIdle();
    const cancelled = rig.service.status();
    expect(cancelled.lists.find((l) => l.list === 'customers')!.state).toBe('cancelled');
    expect(cancelled.resumable).toBe(true);
    const partial = count(rig.store, 'customers');
    expect(partial).toBeLessThan(spCustomers(rig).length);

    const resumed = await syncCustomers(rig, true);
    expect(resumed.state).toBe('done');
    expect(count(rig.store, 'customers')).toBe(spCustomers(rig).length);
    // One run id across both halves, so deletion marking stays correct.
    expect(count(rig.store, 'customers WHERE seen_run IS NOT (SELECT seen_run FROM customers LIMIT 1)')).toBe(0);
    const resale = spCustomers(rig).filter((c) => c.associationType === '2').length;
    expect(count(rig.store, 'customer_balances')).toBe(resale);
  });

  it('goes offline when the endpoint is unreachable, reports it, and keeps serving the store', async () => {
    rig = await syncRig('SP');
    expect((await syncCustomers(rig)).state).toBe('done');
    await rig.sandbox.close();
    const status = await syncCustomers(rig);
    expect(status.state).toBe('failed');
    expect(status.failures[0]!.code).toBe('API_NETWORK');
    expect(rig.connectivity).toEqual([expect.objectContaining({ online: false, endpoint: rig.sandbox.url })]);
    expect(rig.service.status().connectivity.online).toBe(false);
    const page = tablePage<CustomerRow>(rig.store, 'customers', customersQuery.parse({ limit: 5 }) as never);
    expect(page.total).toBe(spCustomers(rig).length);
    expect(page.asOf).not.toBeNull();
    rig.sandbox.close = async () => undefined; // already closed
  });

  it('fetches records over a two-year window in one-year requests', async () => {
    rig = await syncRig('SP');
    const to = new Date();
    const from = new Date(to.getTime() - 2 * 365 * 86_400_000);
    rig.service.start({ lists: ['adjustRecords', 'accountChanges', 'couponRecords'], recordsFrom: from.toISOString(), recordsTo: to.toISOString() });
    await rig.service.whenIdle();
    const lists = rig.service.status().lists.filter((l) => ['adjustRecords', 'accountChanges', 'couponRecords'].includes(l.list));
    expect(lists.map((l) => [l.list, l.state, l.failures])).toEqual(lists.map((l) => [l.list, 'done', []]));
    expect(count(rig.store, 'adjust_records')).toBeGreaterThan(0);
    expect(count(rig.store, 'account_changes')).toBeGreaterThan(0);
  });
});

async function waitFor(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
