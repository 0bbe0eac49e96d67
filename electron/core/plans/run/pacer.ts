// Spaces request starts evenly at `ratePerSecond`. The HTTP client also limits per operation
// (10 in any rolling second); evenly spaced starts at slightly under that never bunch up at
// the server's window edge, so a normal run sees no 429.
export interface Pacer {
  next(): Promise<void>;
  /** After a throttling answer: hold every start for `ms`. */
  hold(ms: number): void;
}

export function createPacer(ratePerSecond: number, now: () => number = Date.now, sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))): Pacer {
  const gap = 1000 / ratePerSecond;
  let nextAt = 0;
  return {
    async next() {
      // Spacing is measured from when a start really happened, not from a fixed schedule:
      // a timer that fires late (the event loop was busy with journal commits) must not be
      // followed by a short gap, or the server would see a burst.
      for (;;) {
        const t = now();
        if (t >= nextAt) {
          nextAt = t + gap;
          return;
        }
        await sleep(nextAt - t);
      }
    },
    hold(ms) {
      nextAt = Math.max(nextAt, now() + ms);
    },
  };
}
