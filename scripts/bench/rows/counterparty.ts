// counterparty_search_p95_ms: the Funding form's counterparty picker over 100,000 stored
// customers (and the T2s), through the router exactly as the renderer calls review.counterparties.
import type { BenchRow } from '../bench-row';
import { buildProfile, CUSTOMERS, latencyRow, QUERIES, reviewRouter } from './search';

export default async function counterpartySearch(): Promise<BenchRow[]> {
  const profile = buildProfile();
  const { router, dispose } = reviewRouter(profile.profileDir);
  const ctx = { transport: 'test', operator: 'bench' } as const;
  try {
    const call = (search: string) => router.invoke('review.counterparties', { search, limit: 20 }, ctx);
    for (const q of QUERIES) await call(q); // warm the page cache
    const samples: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const q of QUERIES) {
        // What typing does: every prefix of the term, as the picker asks on each keystroke.
        for (let n = 1; n <= [...q].length; n++) {
          const t = performance.now();
          const res = await call([...q].slice(0, n).join(''));
          samples.push(performance.now() - t);
          if (!res.ok) throw new Error(`counterparty search failed: ${JSON.stringify(res.error)}`);
        }
      }
    }
    return [latencyRow(
      'counterparty_search_p95_ms',
      `Counterparty picker search p95 over ${CUSTOMERS.toLocaleString('en')} customers through the router (${samples.length} keystrokes)`,
      samples,
    )];
  } finally {
    await dispose();
    profile.cleanup();
  }
}
