// The review, export and sync channels through the router, for an active profile synced
// from the sandbox — then read again with the sandbox stopped (offline), and with the
// database damaged.
import { mkdtempSync, rmSync, truncateSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent, Envelope } from '../../../shared/contract';
import { reviewChannels } from '../../../shared/contract/channels/review';
import type { CustomerDetail, CustomerRow, ExportDownload, ExportResult, Page, BillSeries, BillSumGroupRow } from '../../../shared/contract/channels/review';
import { syncChannels, type StoreHealth, type SyncStatus } from '../../../shared/contract/channels/sync';
import type { CoreContext } from '../../../electron/core/core-context';
import { EventBus } from '../../../electron/core/event-bus';
import { createHttpClient, type HttpClient } from '../../../electron/core/infra/http';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import { createRouter, type Router } from '../../../electron/core/router';
import { createReviewArea, type ReviewArea } from '../../../electron/core/review/review-handlers';
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox';

let sandbox: RunningSandbox;
let client: HttpClient;
let area: ReviewArea;
let router: Router;
let profileDir: string;
const events: AppEvent[] = [];
const ctx = { transport: 'test', operator: 'tester' } as const;

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const res: Envelope = await router.invoke(channel, input, ctx);
  if (!res.ok) throw Object.assign(new Error(res.error.message), { code: res.error.code });
  return res.value as T;
}

async function failure(channel: string, input?: unknown): Promise<string> {
  const res = await router.invoke(channel, input, ctx);
  if (res.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return res.error.code;
}

beforeAll(async () => {
  sandbox = await startSandbox({ customers: 150, seed: 11 });
  const t1 = sandbox.accounts.find((a) => a.role === 'T1')!;
  client = createHttpClient({ endpoint: sandbox.url, credentials: { ak: t1.ak, domainId: t1.domainId, getSecret: async () => t1.sk }, maxReadRetries: 0 });
  profileDir = mkdtempSync(join(tmpdir(), 'pd-review-'));
  const session = { profile: { id: 't1', role: 'T1' }, profileDir, endpoint: sandbox.url, api: createPartnerApi(client) };
  const bus = new EventBus();
  bus.subscribe((e) => events.push(e));
  const core = {
    events: bus,
    settings: { get: () => 'zh-CN' },
    sessions: { active: session, require: () => session, onChange: () => () => undefined },
  } as unknown as CoreContext;
  area = createReviewArea(core);
  router = createRouter({ review: reviewChannels, sync: syncChannels }, { review: area.review, sync: area.sync }, { language: () => 'en' });
});

afterAll(async () => {
  await area.dispose();
  client.close();
  await sandbox.close().catch(() => undefined);
  rmSync(profileDir, { recursive: true, force: true });
});

describe('review channels over a synced T1 profile', () => {
  it('syncs through sync.start, with progress events, and reports status', async () => {
    const started = await call<SyncStatus>('sync.start');
    expect(started.running).toBe(true);
    expect(await failure('sync.start')).toBe('SYNC_ALREADY_RUNNING');
    await area.active.sync().whenIdle();
    const status = await call<SyncStatus>('sync.status');
    expect(status.running).toBe(false);
    expect(status.lists.find((l) => l.list === 'customers')).toMatchObject({ state: 'done' });
    expect(events.some((e) => e.name === 'task.progress' && e.payload.task === 'sync:customers' && e.payload.state === 'done')).toBe(true);
    expect(await call<StoreHealth>('sync.storeHealth')).toMatchObject({ state: 'ok' });
  });

  it('pages customers with total and as-of, and opens one customer’s detail', async () => {
    const page = await call<Page<CustomerRow>>('review.customers', { limit: 10, sort: { column: 'balance', direction: 'desc' } });
    expect(page.rows).toHaveLength(10);
    expect(page.total).toBeGreaterThan(10);
    expect(page.asOf).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(typeof page.rows[0]!.balance).toBe('string');
    const detail = await call<CustomerDetail>('review.customer', { customerId: page.rows[0]!.customerId });
    expect(detail.customer.customerId).toBe(page.rows[0]!.customerId);
    expect(detail.asOf.customer).not.toBeNull();
    expect(await failure('review.customer', { customerId: 'no-such-customer' })).toBe('NOT_FOUND');
  });

  it('answers bills grouped by customer and as a monthly series, money as decimal strings', async () => {
    const sums = await call<Page<BillSumGroupRow>>('review.billSums', { groupBy: ['customer'], limit: 5 });
    expect(sums.rows.length).toBeGreaterThan(0);
    expect(sums.rows[0]!.amount).toMatch(/^-?\d+(\.\d+)?$/);
    const series = await call<BillSeries>('review.billSeries', {});
    expect(series.points.length).toBeGreaterThan(0);
  });

  it('rejects invalid input before it reaches the store', async () => {
    expect(await failure('review.customers', { limit: 5000 })).toBe('INVALID_INPUT');
    expect(await failure('review.customers', { sort: { column: 'password' } })).toBe('INVALID_INPUT');
  });

  it('still reads, searches and exports with the endpoint gone; a sync says so', async () => {
    await sandbox.close();
    const page = await call<Page<CustomerRow>>('review.customers', { search: 'a', limit: 5 });
    expect(page.total).toBeGreaterThan(0);
    await call<SyncStatus>('sync.start', { lists: ['customers'] });
    await area.active.sync().whenIdle();
    const status = await call<SyncStatus>('sync.status');
    expect(status.connectivity.online).toBe(false);
    expect(events.some((e) => e.name === 'app.connectivity' && e.payload.online === false)).toBe(true);

    const exported = await call<ExportResult>('review.export', { view: 'customers', query: { search: 'a' }, format: 'xlsx' });
    expect(exported.path.startsWith(join(profileDir, 'exports'))).toBe(true);
    expect(exported.rowCount).toBe(page.total);
    const download = await call<ExportDownload>('review.downloadExport', { fileName: exported.fileName });
    expect(download.bytes).toBe(statSync(exported.path).size);
  });

  it('reports a damaged store as STORE_CORRUPT and starts fresh only when asked, keeping the old file', async () => {
    await area.dispose(); // the app restarting: the store is closed…
    const file = join(profileDir, 'partner-desk.db');
    truncateSync(file, Math.floor(statSync(file).size / 3) + 7); // …and damaged meanwhile
    expect(await failure('review.customers', {})).toBe('STORE_CORRUPT');
    expect(await call<StoreHealth>('sync.storeHealth')).toMatchObject({ state: 'corrupt', reason: expect.stringMatching(/truncated/) });
    const fresh = await call<{ movedTo: string; health: StoreHealth }>('sync.startFresh', { confirm: true });
    expect(existsSync(fresh.movedTo)).toBe(true);
    expect(fresh.health.state).toBe('ok');
    expect((await call<Page<CustomerRow>>('review.customers', {})).total).toBe(0);
  });
});
