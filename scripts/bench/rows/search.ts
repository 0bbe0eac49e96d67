// search_p95_ms: customer searches over 100,000 stored customers, through the router
// (validation, handler, SQL, result envelope) exactly as the renderer calls review.customers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { reviewChannels } from '../../../shared/contract/channels/review';
import { syncChannels } from '../../../shared/contract/channels/sync';
import type { CoreContext } from '../../../electron/core/core-context';
import { EventBus } from '../../../electron/core/event-bus';
import { createRouter, type Router } from '../../../electron/core/router';
import { createReviewArea } from '../../../electron/core/review/review-handlers';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import { DB_FILE_NAME } from '../../../electron/core/infra/store/open-database';
import { fillCustomers } from '../../../test/unit/store/synthetic';
import type { BenchRow } from '../bench-row';

export const CUSTOMERS = 100_000;

/** A profile folder whose store holds `n` customers. */
export function buildProfile(n = CUSTOMERS): { profileDir: string; cleanup(): void } {
  const profileDir = mkdtempSync(join(tmpdir(), 'pd-bench-profile-'));
  const store = LocalStore.open(join(profileDir, DB_FILE_NAME));
  fillCustomers(store, n);
  store.close();
  return { profileDir, cleanup: () => rmSync(profileDir, { recursive: true, force: true }) };
}

/** The review and sync areas behind a real router, for a profile folder (no API needed). */
export function reviewRouter(profileDir: string): { router: Router; dispose(): Promise<void> } {
  const session = { profile: { id: 'bench', role: 'SP' }, profileDir, endpoint: 'http://127.0.0.1:9', api: {} };
  const core = {
    events: new EventBus(),
    settings: { get: () => 'en' },
    log: pino({ level: 'silent' }),
    sessions: { active: session, require: () => session, onChange: () => () => undefined },
  } as unknown as CoreContext;
  const area = createReviewArea(core);
  const router = createRouter({ review: reviewChannels, sync: syncChannels }, { review: area.review, sync: area.sync }, { language: () => 'en' });
  return { router, dispose: () => area.dispose() };
}

/** What operators type: name fragments (Chinese, 2 and 3+ characters), logins, ids, phones, e-mails. */
export const QUERIES = ['科技', '王伟', '云海星辰', '网络科技', '李', 'acme', 'globex_1', 'stark_2', '138', '13800', '1391234',
  'qq.com', 'hooli_3f@', 'x-1234', 'x-99', '10000abc', '1000a', 'vandelay', '数据服务', '恒通', 'umbrella_1a', '@163.com'];

export function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** A p95 latency row in milliseconds with the < 30 ms target of a search as you type. */
export function latencyRow(key: string, label: string, samples: number[]): BenchRow {
  return { key, label, value: Math.round(p95(samples) * 10) / 10, unit: 'ms', target: '< 30', bound: null };
}

export default async function search(): Promise<BenchRow[]> {
  const profile = buildProfile();
  const { router, dispose } = reviewRouter(profile.profileDir);
  const ctx = { transport: 'test', operator: 'bench' } as const;
  try {
    const call = (search: string, sort?: string) =>
      router.invoke('review.customers', { search, limit: 100, ...(sort ? { sort: { column: sort, direction: 'desc' } } : {}) }, ctx);
    for (const q of QUERIES) await call(q); // warm the page cache
    const samples: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const [i, q] of QUERIES.entries()) {
        const t = performance.now();
        const res = await call(q, i % 3 === 0 ? 'balance' : undefined);
        samples.push(performance.now() - t);
        if (!res.ok) throw new Error(`search failed: ${JSON.stringify(res.error)}`);
      }
    }
    return [latencyRow('search_p95_ms', `Customer search p95 over ${CUSTOMERS.toLocaleString('en')} customers through the router (${samples.length} searches)`, samples)];
  } finally {
    await dispose();
    profile.cleanup();
  }
}
