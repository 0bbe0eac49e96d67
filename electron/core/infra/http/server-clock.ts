// The server's clock relative to ours, measured from the `Date` header of every response.
// Huawei stamps records (operation_time) with its clock; reconciliation searches for them by
// that clock, so an offset between the workstation and the server (accepted up to ±15 min
// by the signature check) must be measured, not assumed to be zero.

export interface ClockReading {
  /** Server time minus local time, in ms. */
  readonly offsetMs: number;
  /** How far the true offset may be from offsetMs (Date has 1 s resolution, plus half the round trip). */
  readonly uncertaintyMs: number;
  /** Local time of the measurement (ISO). */
  readonly at: string;
}

export interface ServerClock {
  /** Records one response: local send start and answer times, and its Date header. */
  observe(sentAtMs: number, answeredAtMs: number, dateHeader: string | undefined): void;
  /** The most precise recent reading, or null before any response carried a Date header. */
  reading(): ClockReading | null;
}

/** Readings older than this are not preferred over a fresher, coarser one (clocks drift). */
const FRESH_MS = 10 * 60_000;

export function createServerClock(): ServerClock {
  let best: (ClockReading & { atMs: number }) | null = null;
  return {
    observe(sentAtMs, answeredAtMs, dateHeader) {
      const server = dateHeader ? Date.parse(dateHeader) : NaN;
      if (!Number.isFinite(server)) return;
      // The header truncates to the second: the server's true time lies in [server, server + 1 s).
      const mid = (sentAtMs + answeredAtMs) / 2;
      const offsetMs = Math.round(server + 500 - mid);
      const uncertaintyMs = Math.round(500 + (answeredAtMs - sentAtMs) / 2);
      const stale = best === null || answeredAtMs - best.atMs > FRESH_MS;
      if (stale || uncertaintyMs <= best!.uncertaintyMs || Math.abs(offsetMs - best!.offsetMs) > best!.uncertaintyMs + uncertaintyMs) {
        best = { offsetMs, uncertaintyMs, at: new Date(answeredAtMs).toISOString(), atMs: answeredAtMs };
      }
    },
    reading() {
      if (!best) return null;
      const { atMs: _atMs, ...reading } = best;
      return reading;
    },
  };
}
