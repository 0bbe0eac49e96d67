// sync_ratio_to_bound and sync_speedup_vs_naive: a full sync of customers + balances of the
// sandbox's T1 (20,000 customers in the world, 150 ms latency, real rate limits), timed
// against the bound the rate limit sets (requests of the busiest operation ÷ its rate), and
// against a naive one-request-at-a-time sync measured in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpClient, type CallEvent } from '../../../electron/core/infra/http';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import { Connectivity } from '../../../electron/core/sync/connectivity';
import { fromPartnerApi, type SyncApi } from '../../../electron/core/sync/sync-api';
import { SyncService } from '../../../electron/core/sync/sync-service';
import { startSandbox } from '../../../electron/sandbox';
import type { BenchRow } from '../bench-row';

const RATE = 10; // §1.3: ListSubCustomers and ListCustomersBalancesDetail, per second each
const ctx = { runId: 'naive', fetchedAt: new Date().toISOString() };

function counting(api: SyncApi, counts: Map<string, number>): SyncApi {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(api) as [string, (...a: unknown[]) => Promise<unknown>][]) {
    out[name] = (...args: unknown[]) => {
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return fn(...args);
    };
  }
  return out as unknown as SyncApi;
}

function tempStore(): { store: LocalStore; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pd-bench-sync-'));
  const store = LocalStore.open(join(dir, 'partner-desk.db'));
  return { store, cleanup: () => (store.close(), rmSync(dir, { recursive: true, force: true })) };
}

function service(store: LocalStore, api: SyncApi): SyncService {
  return new SyncService({ store, api, role: 'T1', progress: () => undefined, connectivity: new Connectivity(() => undefined, () => '') });
}

/** The resellers are known before the timed part: both syncs then list the same scopes. */
async function withResellers(store: LocalStore, api: SyncApi): Promise<string[]> {
  const s = service(store, api);
  s.start({ lists: ['resellers'] });
  await s.whenIdle();
  return (store.db.prepare('SELECT indirect_partner_id FROM resellers').pluck().all() as string[]);
}

/** One request at a time: a page of customers, then the balances of its resale customers. */
async function naiveSync(store: LocalStore, api: SyncApi, resellers: readonly string[]): Promise<void> {
  for (const scope of [null, ...resellers]) {
    const ip = scope ? { indirect_partner_id: scope } : {};
    for (let offset = 0; ; offset += 100) {
      const page = await api.listSubCustomers({ offset, limit: 100, ...ip });
      const items = page.customer_infos ?? [];
      store.customers.customers(items, scope, ctx);
      const resale = items.filter((c) => c.association_type === '2').map((c) => ({ customer_id: c.customer_id }));
      if (resale.length) store.customers.balances((await api.listCustomersBalancesDetail({ customer_infos: resale, ...ip })).customer_balances ?? [], ctx);
      if (items.length < 100) break;
    }
  }
}

export default async function sync(): Promise<BenchRow[]> {
  const sandbox = await startSandbox({ customers: 20_000, latencyMs: 150, seed: 42 });
  const t1 = sandbox.accounts.find((a) => a.role === 'T1')!;
  const throttled: CallEvent[] = [];
  const client = createHttpClient({
    endpoint: sandbox.url,
    credentials: { ak: t1.ak, domainId: t1.domainId, getSecret: async () => t1.sk },
    onEvent: (e) => e.status === 429 && throttled.push(e),
  });
  const api = fromPartnerApi(createPartnerApi(client));
  const ours = tempStore();
  const naive = tempStore();
  try {
    // Ours.
    const counts = new Map<string, number>();
    await withResellers(ours.store, api);
    const s = service(ours.store, counting(api, counts));
    const started = performance.now();
    s.start({ lists: ['customers'] });
    await s.whenIdle();
    const oursSeconds = (performance.now() - started) / 1000;
    const status = s.status().lists.find((l) => l.list === 'customers')!;
    if (status.state !== 'done') throw new Error(`sync did not complete: ${JSON.stringify(status.failures.slice(0, 3))}`);
    const customers = ours.store.db.prepare('SELECT count(*) FROM customers').pluck().get() as number;
    const pages = counts.get('listSubCustomers') ?? 0;
    const batches = counts.get('listCustomersBalancesDetail') ?? 0;
    const boundSeconds = Math.max(pages, batches) / RATE;

    // Naive, same sandbox, same scopes.
    const resellers = await withResellers(naive.store, api);
    const naiveStarted = performance.now();
    await naiveSync(naive.store, api, resellers);
    const naiveSeconds = (performance.now() - naiveStarted) / 1000;
    const naiveCustomers = naive.store.db.prepare('SELECT count(*) FROM customers').pluck().get() as number;
    if (naiveCustomers !== customers) throw new Error(`naive sync stored ${naiveCustomers} customers, ours ${customers}`);

    const note = `${customers} customers: ${pages} pages + ${batches} balance batches in ${oursSeconds.toFixed(1)} s; ${throttled.length} × 429`;
    return [
      {
        key: 'sync_ratio_to_bound',
        label: `Full customers + balances sync ÷ rate-limit bound (${note})`,
        value: Math.round((oursSeconds / boundSeconds) * 1000) / 1000,
        unit: '×',
        target: '<= 1.2',
        bound: Math.round(boundSeconds * 10) / 10,
      },
      {
        key: 'sync_speedup_vs_naive',
        label: `Naive one-request-at-a-time sync time ÷ ours (naive ${naiveSeconds.toFixed(1)} s)`,
        value: Math.round((naiveSeconds / oursSeconds) * 100) / 100,
        unit: '×',
        target: null,
        bound: null,
      },
    ];
  } finally {
    ours.cleanup();
    naive.cleanup();
    client.close();
    await sandbox.close();
  }
}
