// Times as operators read them: in their own time zone, with the API's UTC kept beside it;
// bill months on Beijing time (UTC+8, no daylight saving), as the API's bill cycles are.

const pad = (n: number) => String(n).padStart(2, '0');

/** Parses an API time (ISO, with or without zone; a zone-less time is UTC as the API sends it). */
export function parseApiTime(value: string): Date | null {
  const text = /[zZ]|[+-]\d{2}:?\d{2}$/.test(value) || !value.includes('T') ? value : `${value}Z`;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? null : date;
}

// Building an Intl.DateTimeFormat costs far more than using one; a table shows hundreds of times.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string | undefined, seconds: boolean): Intl.DateTimeFormat {
  const key = `${timeZone ?? ''}|${seconds}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: seconds ? '2-digit' : undefined,
      hourCycle: 'h23',
    });
    formatters.set(key, f);
  }
  return f;
}

/** "2026-11-25 09:44" in the given zone (default: the operator's), seconds on request. */
export function formatInZone(date: Date, timeZone?: string, seconds = false): string {
  const parts = formatterFor(timeZone, seconds).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${get('hour')}:${get('minute')}${seconds ? `:${get('second')}` : ''}`;
  return `${get('year')}-${get('month')}-${get('day')} ${time}`;
}

/** "2026-11-25 01:44:04 UTC": what the API said, for titles and the line underneath. */
export function formatUtc(date: Date): string {
  return `${formatInZone(date, 'UTC', true)} UTC`;
}

/** Local and UTC renderings of an API time; null parts when the value is missing or unreadable. */
export function describeTime(value: string | null | undefined, timeZone?: string): { local: string; utc: string } | null {
  if (!value) return null;
  const date = parseApiTime(value);
  if (!date) return null;
  return { local: formatInZone(date, timeZone), utc: formatUtc(date) };
}

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** The bill month (YYYY-MM, Beijing time) an instant belongs to. */
export function beijingMonthOf(date: Date): string {
  const shifted = new Date(date.getTime() + BEIJING_OFFSET_MS);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}`;
}

/** First instant of a Beijing month and of the next one, as UTC ISO strings: [start, end). */
export function beijingMonthRange(month: string): { start: string; end: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new RangeError(`not a month: ${month}`);
  const year = Number(m[1]);
  const index = Number(m[2]) - 1;
  const start = Date.UTC(year, index, 1) - BEIJING_OFFSET_MS;
  const end = Date.UTC(year, index + 1, 1) - BEIJING_OFFSET_MS;
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

/** The last `count` Beijing months up to and including the one `now` is in, oldest first. */
export function recentBeijingMonths(now: Date, count: number): string[] {
  const [y, mo] = beijingMonthOf(now).split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, mo - 1 - i, 1));
    months.push(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`);
  }
  return months;
}
