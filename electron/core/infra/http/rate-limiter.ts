// Per-(partner, operation) limiter: at most `limit` request starts in any rolling window
// (partner-api.md §1.3: 10/s, 20/s for account-change records). Keys are independent, so
// different operations proceed concurrently, each using its own quota in full.
// Starts are also spaced evenly, (window + margin) / limit apart, instead of in bursts: the
// server counts arrivals, so a burst whose first requests arrive late lands the next burst
// inside the same server window and earns a 429. Even spacing absorbs up to `margin` of
// arrival jitter per request at a cost of margin/window of throughput (5% by default).
export interface RateLimiter {
  /** Resolves when a request under `key` may start. */
  acquire(key: string, limit: number): Promise<void>;
  /** After a 429: hold every request under `key` for `ms`. */
  penalize(key: string, ms: number): void;
}

export interface RateLimiterOptions {
  readonly windowMs?: number;
  /** Extra milliseconds per window when spacing starts (default 50). */
  readonly spacingMarginMs?: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

interface Lane {
  /** Start times of the most recent requests, oldest first. */
  readonly starts: number[];
  lastStart: number;
  blockedUntil: number;
  /** Serialises waiters so they start in arrival order. */
  tail: Promise<void>;
}

export const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const windowMs = options.windowMs ?? 1000;
  const marginMs = options.spacingMarginMs ?? Math.round(windowMs / 20);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const lanes = new Map<string, Lane>();
  const lane = (key: string): Lane => {
    let l = lanes.get(key);
    if (!l) lanes.set(key, (l = { starts: [], lastStart: Number.NEGATIVE_INFINITY, blockedUntil: 0, tail: Promise.resolve() }));
    return l;
  };

  async function waitTurn(l: Lane, limit: number): Promise<void> {
    for (;;) {
      const t = now();
      while (l.starts.length && (l.starts[0] ?? 0) <= t - windowMs) l.starts.shift();
      const freeAt = l.starts.length >= limit ? (l.starts[l.starts.length - limit] ?? 0) + windowMs : t;
      const spaced = l.lastStart + (windowMs + marginMs) / limit;
      const at = Math.max(freeAt, spaced, l.blockedUntil);
      if (at <= t) {
        l.starts.push(t);
        l.lastStart = t;
        return;
      }
      await sleep(at - t);
    }
  }

  return {
    acquire(key, limit) {
      const l = lane(key);
      const turn = l.tail.then(() => waitTurn(l, limit));
      l.tail = turn.catch(() => undefined);
      return turn;
    },
    penalize(key, ms) {
      const l = lane(key);
      l.blockedUntil = Math.max(l.blockedUntil, now() + ms);
    },
  };
}
