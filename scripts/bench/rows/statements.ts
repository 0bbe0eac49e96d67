// statements_all_customers_s: one month's statements of every customer of the 20,000-customer
// sandbox (the T1's T2 customers and the SP's, one store each, synced first without rate limits)
// computed from the offline store and written as XLSX workbooks (summary + a sheet per
// customer), timed in a fresh child process; its peak RSS is the memory row.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHttpClient } from '../../../electron/core/infra/http';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import { addMonths, beijingMonthOf } from '../../../electron/core/statements/period';
import { exportStatements } from '../../../electron/core/statements/statement-export';
import { computeSet } from '../../../electron/core/statements/statements-service';
import { Connectivity } from '../../../electron/core/sync/connectivity';
import { fromPartnerApi } from '../../../electron/core/sync/sync-api';
import { SyncService } from '../../../electron/core/sync/sync-service';
import { startSandbox } from '../../../electron/sandbox';
import type { BenchRow } from '../bench-row';

const CHILD_FLAG = '--statements-child';
const CUSTOMERS = 20_000;
const month = addMonths(beijingMonthOf(new Date().toISOString()), -1);

async function exportAll(dirs: string[]): Promise<{ seconds: number; statements: number; peakMb: number }> {
  const started = performance.now();
  let statements = 0;
  for (const dir of dirs) {
    const store = LocalStore.open(join(dir, 'partner-desk.db'));
    try {
      const set = computeSet(store.db, { period: { fromMonth: month, toMonth: month } }, true);
      statements += (await exportStatements(set, dir, 'xlsx', 'zh-CN')).customerCount;
    } finally {
      store.close();
    }
  }
  // maxRSS: the peak resident set of this process, in KiB.
  return { seconds: (performance.now() - started) / 1000, statements, peakMb: process.resourceUsage().maxRSS / 1024 };
}

if (process.argv.includes(CHILD_FLAG)) {
  void exportAll(process.argv.slice(process.argv.indexOf(CHILD_FLAG) + 1)).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
}

async function syncInto(url: string, account: { role: 'T1' | 'SP' | string; ak: string; sk: string; domainId: string }, dir: string): Promise<void> {
  const client = createHttpClient({ endpoint: url, credentials: { ak: account.ak, domainId: account.domainId, getSecret: async () => account.sk } });
  const store = LocalStore.open(join(dir, 'partner-desk.db'));
  try {
    const service = new SyncService({
      store, api: fromPartnerApi(createPartnerApi(client)), role: account.role === 'T1' ? 'T1' : 'SP',
      progress: () => undefined, connectivity: new Connectivity(() => undefined, () => url),
    });
    service.start({ months: [month], lists: ['customers', 'resellers', 'adjustRecords', 'couponRecords', 'billSums'] });
    await service.whenIdle();
  } finally {
    store.close();
    client.close();
  }
}

export default async function statements(): Promise<BenchRow[]> {
  const sandbox = await startSandbox({ customers: CUSTOMERS, rateLimits: false });
  const dirs = ['T1', 'SP'].map(() => mkdtempSync(join(tmpdir(), 'pd-bench-stmt-')));
  try {
    const accounts = ['T1', 'SP'].map((role) => sandbox.accounts.find((a) => a.role === role)!);
    await Promise.all(accounts.map((a, i) => syncInto(sandbox.url, a, dirs[i]!)));
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), CHILD_FLAG, ...dirs], { encoding: 'utf8', timeout: 600_000 });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) throw new Error(`statements child failed: ${child.stderr.slice(-2000)}`);
    const r = JSON.parse(line) as { seconds: number; statements: number; peakMb: number };
    return [
      {
        key: 'statements_all_customers_s',
        label: `Statements of ${month} for all ${CUSTOMERS.toLocaleString('en')} sandbox customers (${r.statements.toLocaleString('en')} resale statements) to XLSX`,
        value: Math.round(r.seconds * 10) / 10,
        unit: 's',
        target: '< 20',
        bound: null,
      },
      {
        key: 'statements_all_customers_peak_mb',
        label: 'Peak RSS of that export (fresh process)',
        value: Math.round(r.peakMb),
        unit: 'MB',
        target: null,
        bound: null,
      },
    ];
  } finally {
    await sandbox.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}
