// Latency of one durable journal write (a commit on the synchronous=FULL journal file, as
// the money executor makes three times per operation: pending, sent, outcome), p99.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openJournalDb } from '../../../electron/core/infra/journal/database';
import { Journal } from '../../../electron/core/infra/journal/journal';
import type { BenchRow } from '../bench-row';

const ENTRIES = 400;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export default async function journalBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'partner-desk-journal-bench-'));
  const db = openJournalDb(join(dir, 'journal.db'));
  try {
    const journal = new Journal(db);
    const times: number[] = [];
    const timed = <T>(write: () => T): T => {
      const start = process.hrtime.bigint();
      const out = write();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      return out;
    };
    for (let i = 0; i < ENTRIES; i++) {
      const e = timed(() =>
        journal.begin({
          operator: 'bench', profileId: 'bench', profileName: 'Bench', operation: 'fundCustomer',
          counterpartyId: `c${i % 50}`, amount: `${(i % 997) + 1}.00`, currency: 'CNY',
        }),
      );
      timed(() => journal.append(e.id, { state: 'sent', operator: 'bench' }));
      timed(() => journal.append(e.id, { state: 'done', operator: 'bench', requestId: `r${i}`, transId: `T${i}` }));
    }
    const sorted = [...times].sort((a, b) => a - b);
    const p99 = Math.round(percentile(sorted, 99) * 100) / 100;
    return [{ key: 'journal_write_p99_ms', label: 'Durable journal write (synchronous=FULL commit), p99', value: p99, unit: 'ms', target: '<= 25', bound: null }];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
