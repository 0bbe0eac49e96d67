// Even spacing of request starts per operation, in front of the client's rolling-window
// limiter. The client may start 10 requests at once and 10 more exactly one second later,
// but the server counts arrivals: when the first burst is handled late (a cold handler, a
// busy event loop while the store writes a page) the next burst lands inside the same
// window and gets a 429. Starts spaced by (1000 ms + margin) / rate keep every window
// under the limit even when single requests are delayed by up to the margin.
import type { SyncApi } from './sync-api';

/** Operations with a documented limit other than 10/s (spec §1.3). */
const RATES: Partial<Record<keyof SyncApi, number>> = { listPartnerAccountChangeRecords: 20 };

export const DEFAULT_MARGIN_MS = 50;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function paced(api: SyncApi, marginMs = DEFAULT_MARGIN_MS, now: () => number = Date.now): SyncApi {
  const nextStart = new Map<string, number>();
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(api) as [keyof SyncApi, (...a: unknown[]) => Promise<unknown>][]) {
    const interval = (1000 + marginMs) / (RATES[name] ?? 10);
    out[name] = async (...args: unknown[]) => {
      const t = now();
      const at = Math.max(t, nextStart.get(name) ?? 0);
      nextStart.set(name, at + interval);
      if (at > t) await sleep(at - t);
      return fn(...args);
    };
  }
  return out as unknown as SyncApi;
}
