// Connectivity at start, against the sandbox over real HTTP: a session whose endpoint is down
// is found unreachable without a sync (refused connection → app.connectivity with since), the
// renderer can read that state on load, and the endpoint is found again once it answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent, ConnectivityEvent } from '../../../shared/contract';
import { syncChannels, type ConnectivityStatus } from '../../../shared/contract/channels/sync';
import type { CoreContext } from '../../../electron/core/core-context';
import { EventBus } from '../../../electron/core/event-bus';
import { createHttpClient, type HttpClient } from '../../../electron/core/infra/http';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import { createRouter, type Router } from '../../../electron/core/router';
import { createReviewArea, type ReviewArea } from '../../../electron/core/review/review-handlers';
import type { ProfileSession, SessionListener } from '../../../electron/core/infra/session';
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox';

let sandbox: RunningSandbox;
let port: number;
let client: HttpClient;
let session: ProfileSession;
let profileDir: string;
const areas: ReviewArea[] = [];
const ctx = { transport: 'test', operator: 'tester' } as const;

/** The app as it starts: a review area over a session that is already active. */
function startApp(events: AppEvent[]): { router: Router; switchTo(s: ProfileSession | null): void } {
  const bus = new EventBus();
  bus.subscribe((e) => events.push(e));
  const listeners = new Set<SessionListener>();
  let active: ProfileSession | null = session;
  const core = {
    events: bus,
    log: { debug: () => undefined },
    settings: { get: () => 'en' },
    sessions: {
      get active() {
        return active;
      },
      require: () => active,
      onChange: (l: SessionListener) => (listeners.add(l), () => listeners.delete(l)),
    },
  } as unknown as CoreContext;
  const area = createReviewArea(core);
  areas.push(area);
  return {
    router: createRouter({ sync: syncChannels }, { sync: area.sync }, { language: () => 'en' }),
    switchTo(s) {
      active = s;
      for (const l of listeners) l(s);
    },
  };
}

async function call<T>(router: Router, channel: string): Promise<T> {
  const res = await router.invoke(channel, undefined, ctx);
  if (!res.ok) throw new Error(res.error.message);
  return res.value as T;
}

const connectivityEvents = (events: AppEvent[]) =>
  events.filter((e): e is Extract<AppEvent, { name: 'app.connectivity' }> => e.name === 'app.connectivity').map((e): ConnectivityEvent => e.payload);

beforeAll(async () => {
  sandbox = await startSandbox({ customers: 20, seed: 3 });
  port = Number(new URL(sandbox.url).port);
  const sp = sandbox.accounts.find((a) => a.role === 'SP')!;
  client = createHttpClient({ endpoint: sandbox.url, credentials: { ak: sp.ak, domainId: sp.domainId, getSecret: async () => sp.sk }, maxReadRetries: 0 });
  profileDir = mkdtempSync(join(tmpdir(), 'pd-probe-'));
  session = { profile: { id: 'sp', role: 'SP' }, profileDir, endpoint: sandbox.url, api: createPartnerApi(client) } as unknown as ProfileSession;
});

afterAll(async () => {
  for (const a of areas) await a.dispose();
  client.close();
  await sandbox.close().catch(() => undefined);
  rmSync(profileDir, { recursive: true, force: true });
});

describe('connectivity at start', () => {
  it('finds a running endpoint reachable and says nothing', async () => {
    const events: AppEvent[] = [];
    const app = startApp(events);
    expect(await call<ConnectivityStatus>(app.router, 'sync.connectivity')).toEqual({ online: true, since: null, endpoint: sandbox.url });
    expect(connectivityEvents(events)).toEqual([]);
  });

  it('after a restart with the endpoint down: unreachable since the first check, without any sync', async () => {
    await sandbox.close();
    const before = new Date().toISOString();
    const events: AppEvent[] = [];
    const app = startApp(events);
    const state = await call<ConnectivityStatus>(app.router, 'sync.connectivity');
    expect(state).toMatchObject({ online: false, endpoint: sandbox.url, reason: expect.stringMatching(/ECONNREFUSED/) });
    expect(state.since! >= before).toBe(true);
    expect(connectivityEvents(events)).toEqual([{ online: false, since: state.since, endpoint: sandbox.url, reason: state.reason }]);
    // A check on demand while still down keeps the original "since".
    expect(await call<ConnectivityStatus>(app.router, 'sync.checkConnectivity')).toMatchObject({ online: false, since: state.since });
    expect(connectivityEvents(events)).toHaveLength(1);
  });

  it('is reachable again once the endpoint answers (checked on demand)', async () => {
    const events: AppEvent[] = [];
    const app = startApp(events);
    expect((await call<ConnectivityStatus>(app.router, 'sync.connectivity')).online).toBe(false);
    sandbox = await startSandbox({ customers: 20, seed: 3, port });
    const state = await call<ConnectivityStatus>(app.router, 'sync.checkConnectivity');
    expect(state).toMatchObject({ online: true, endpoint: sandbox.url });
    expect(connectivityEvents(events).map((e) => e.online)).toEqual([false, true]);
  });

  it('with no profile active, nothing is unreachable and nothing is checked', async () => {
    await sandbox.close();
    const events: AppEvent[] = [];
    const app = startApp(events);
    expect((await call<ConnectivityStatus>(app.router, 'sync.connectivity')).online).toBe(false);
    app.switchTo(null);
    expect(await call<ConnectivityStatus>(app.router, 'sync.checkConnectivity')).toMatchObject({ online: true, endpoint: '' });
  });
});
