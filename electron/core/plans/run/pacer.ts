// Spaces request starts under the API's limit (10 per operation in any second, partner-api.md
// §1.3). Two rules, both measured on when starts really happened:
//   - any run of `burst` + 1 consecutive starts spans at least `burst / rate` seconds, so the
//     average never exceeds `rate` and a late timer can be caught up without exceeding it;
//   - consecutive starts are at least 90% of the average gap apart, so nothing bunches up at
//     the server's window edge.
// The HTTP client limits too; pacing slightly under its limit is what keeps a normal run free
// of 429s when arrival times jitter.
export interface Pacer {
  next(): Promise<void>;
  /** After a throttling answer: hold every start for `ms`. */
  hold(ms: number): void;
  /** After a throttling answer: start a little slower from now on (down to 85% of the rate). */
  slowDown(): void;
}

export function createPacer(
  ratePerSecond: number,
  now: () => number = Date.now,
  sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
  burst = 10,
): Pacer {
  let rate = ratePerSecond;
  const starts: number[] = [];
  let heldUntil = 0;
  const earliest = (): number => {
    const gap = 1000 / rate;
    const last = starts[starts.length - 1];
    const windowStart = starts.length >= burst ? starts[starts.length - burst]! : undefined;
    return Math.max(heldUntil, last === undefined ? 0 : last + 0.9 * gap, windowStart === undefined ? 0 : windowStart + burst * gap);
  };
  let tail: Promise<void> = Promise.resolve();
  return {
    next() {
      // One waiter at a time, in arrival order.
      const turn = tail.then(async () => {
        for (;;) {
          const t = now();
          const at = earliest();
          if (t >= at) {
            starts.push(t);
            if (starts.length > burst) starts.shift();
            return;
          }
          await sleep(at - t);
        }
      });
      tail = turn;
      return turn;
    },
    hold(ms) {
      heldUntil = Math.max(heldUntil, now() + ms);
    },
    slowDown() {
      rate = Math.max(ratePerSecond * 0.85, rate / 1.03);
    },
  };
}
