// A sync wired to the in-process sandbox over real HTTP, with a temporary store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectivityEvent, ProgressEvent } from '../../../shared/contract';
import { createHttpClient, type HttpClient } from '../../../electron/core/infra/http';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import { Connectivity } from '../../../electron/core/sync/connectivity';
import { fromPartnerApi } from '../../../electron/core/sync/sync-api';
import { SyncService } from '../../../electron/core/sync/sync-service';
import { startSandbox, type RunningSandbox, type StartOptions } from '../../../electron/sandbox';

export interface SyncRig {
  readonly sandbox: RunningSandbox;
  readonly store: LocalStore;
  readonly service: SyncService;
  readonly progress: ProgressEvent[];
  readonly connectivity: ConnectivityEvent[];
  readonly file: string;
  close(): Promise<void>;
}

export async function syncRig(role: 'T1' | 'SP', options: StartOptions = {}, existing?: { file: string }): Promise<SyncRig> {
  const sandbox = await startSandbox({ customers: 120, seed: 7, ...options });
  const account = sandbox.accounts.find((a) => a.role === role)!;
  const client: HttpClient = createHttpClient({
    endpoint: sandbox.url,
    credentials: { ak: account.ak, domainId: account.domainId, getSecret: async () => account.sk },
    maxReadRetries: 1,
  });
  const dir = existing ? null : mkdtempSync(join(tmpdir(), 'pd-sync-'));
  const file = existing?.file ?? join(dir!, 'partner-desk.db');
  const store = LocalStore.open(file);
  const progress: ProgressEvent[] = [];
  const connectivity: ConnectivityEvent[] = [];
  const service = new SyncService({
    store,
    api: fromPartnerApi(createPartnerApi(client)),
    role,
    progress: (e) => progress.push(e),
    connectivity: new Connectivity((e) => connectivity.push(e), () => sandbox.url),
  });
  return {
    sandbox,
    store,
    service,
    progress,
    connectivity,
    file,
    async close() {
      await service.whenIdle();
      store.close();
      client.close();
      await sandbox.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function count(store: LocalStore, sql: string, ...params: unknown[]): number {
  return (store.db.prepare(`SELECT count(*) AS n FROM ${sql}`).get(...params) as { n: number }).n;
}
