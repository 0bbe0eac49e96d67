// Time windows for record lists. The API caps a query's span at one year, so longer spans
// are split; bill months and trade dates are Beijing time (UTC+8), instants are UTC "…Z".
const BEIJING_MS = 8 * 3600_000;

export interface Span {
  readonly from: Date;
  readonly to: Date;
}

/** yyyy-MM-ddTHH:mm:ssZ (the API's timestamp form: no milliseconds). */
export function isoZ(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** YYYY-MM-DD of `d` in Beijing time. */
export function beijingDate(d: Date): string {
  return new Date(d.getTime() + BEIJING_MS).toISOString().slice(0, 10);
}

/** The `n` most recent bill cycles (YYYY-MM, Beijing time) up to and including now's month, oldest first. */
export function recentMonths(now: Date, n: number): string[] {
  const b = new Date(now.getTime() + BEIJING_MS);
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

function plusOneYear(d: Date): Date {
  const next = new Date(d.getTime());
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

/** Consecutive spans of at most one year covering [from, to]; each ends 1 s before the next starts. */
export function splitByYear(from: Date, to: Date): Span[] {
  const spans: Span[] = [];
  let start = from;
  while (start <= to) {
    const limit = new Date(plusOneYear(start).getTime() - 1000);
    const end = limit < to ? limit : to;
    spans.push({ from: start, to: end });
    start = new Date(end.getTime() + 1000);
  }
  return spans;
}

/** Date spans (Beijing YYYY-MM-DD, inclusive) of at most one year covering [from, to]. */
export function splitDatesByYear(from: Date, to: Date): { from: string; to: string }[] {
  const first = beijingDate(from);
  const last = beijingDate(to);
  const out: { from: string; to: string }[] = [];
  let start = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  while (start <= end) {
    const limit = new Date(plusOneYear(start).getTime() - 86_400_000);
    const stop = limit < end ? limit : end;
    out.push({ from: start.toISOString().slice(0, 10), to: stop.toISOString().slice(0, 10) });
    start = new Date(stop.getTime() + 86_400_000);
  }
  return out;
}
