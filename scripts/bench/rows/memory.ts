// main_rss_mb: resident memory of a fresh main-side process serving a profile whose store
// holds 100,000 customers — after it searched (both the FTS and the short-term paths, whose
// in-memory text copy is part of the cost), scrolled the table, sorted and exported it.
// Measured in a child process so the bench runner's own memory does not count.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from '../bench-row';
import { buildProfile, CUSTOMERS, QUERIES, reviewRouter } from './search';

const CHILD_FLAG = '--memory-child';

async function serveAndMeasure(profileDir: string): Promise<number> {
  const { router, dispose } = reviewRouter(profileDir);
  const ctx = { transport: 'test', operator: 'bench' } as const;
  for (const q of QUERIES) await router.invoke('review.customers', { search: q, limit: 100 }, ctx);
  for (let offset = 0; offset < 100_000; offset += 2_000) {
    await router.invoke('review.customers', { offset, limit: 200, sort: { column: 'balance', direction: 'desc' } }, ctx);
  }
  await router.invoke('review.export', { view: 'customers', query: { filters: {} }, format: 'csv', language: 'zh-CN' }, ctx);
  const rss = process.memoryUsage().rss;
  await dispose();
  return rss / 1048576;
}

if (process.argv.includes(CHILD_FLAG)) {
  void serveAndMeasure(process.argv[process.argv.indexOf(CHILD_FLAG) + 1]!).then((rss) => {
    process.stdout.write(`${JSON.stringify({ rss })}\n`);
  });
}

export default async function memory(): Promise<BenchRow[]> {
  const profile = buildProfile();
  try {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), CHILD_FLAG, profile.profileDir], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) throw new Error(`memory child failed: ${child.stderr.slice(-2000)}`);
    const { rss } = JSON.parse(line) as { rss: number };
    return [{
      key: 'main_rss_mb',
      label: `Main-side RSS serving ${CUSTOMERS.toLocaleString('en')} cached customers (searched, scrolled, sorted, exported)`,
      value: Math.round(rss),
      unit: 'MB',
      target: '< 250',
      bound: null,
    }];
  } finally {
    profile.cleanup();
  }
}
