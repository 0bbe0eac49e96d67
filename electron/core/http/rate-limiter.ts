// Per-(partner, operation) limiter: at most `limit` request starts in any rolling window
// (partner-api.md §1.3: 10/s, 20/s for account-change records). Keys are independent, so
// different operations proceed concurrently, each using its own quota in full.
export interface RateLimiter {
  /** Resolves when a request under `key` may start. */
  acquire(key: string, limit: number): Promise<void>;
  /** After a 429: hold every request under `key` for `ms`. */
  penalize(key: string, ms: number): void;
}

export interface RateLimiterOptions {
  readonly windowMs?: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

interface Lane {
  /** Start times of the most recent requests, oldest first. */
  readonly starts: number[];
  blockedUntil: number;
  /** Serialises waiters so they start in arrival order. */
  tail: Promise<void>;
}

export const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const windowMs = options.windowMs ?? 1000;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const lanes = new Map<string, Lane>();
  const lane = (key: string): Lane => {
    let l = lanes.get(key);
    if (!l) lanes.set(key, (l = { starts: [], blockedUntil: 0, tail: Promise.resolve() }));
    return l;
  };

  async function waitTurn(l: Lane, limit: number): Promise<void> {
    for (;;) {
      const t = now();
      while (l.starts.length && (l.starts[0] ?? 0) <= t - windowMs) l.starts.shift();
      const freeAt = l.starts.length >= limit ? (l.starts[l.starts.length - limit] ?? 0) + windowMs : t;
      const at = Math.max(freeAt, l.blockedUntil);
      if (at <= t) {
        l.starts.push(t);
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
