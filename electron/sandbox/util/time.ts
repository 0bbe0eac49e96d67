// Time formats of the partner API (spec §2.3).

/** UTC `yyyy-MM-dd'T'HH:mm:ss'Z'`. */
export function utcStamp(d: Date): string {
  return d.toISOString().slice(0, 19) + 'Z';
}

const BEIJING_MS = 8 * 3600_000;

/** `YYYY-MM-DD` in UTC+8, the date kind used by trade_time and bill_date filters. */
export function beijingDate(d: Date): string {
  return new Date(d.getTime() + BEIJING_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM` in UTC+8: bill cycles follow Beijing time. */
export function beijingMonth(d: Date): string {
  return beijingDate(d).slice(0, 7);
}

/** Start of a Beijing-time day given as `YYYY-MM-DD`, as a UTC instant. */
export function beijingDayStart(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - BEIJING_MS);
}

/** Shift a `YYYY-MM` month by n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** A UTC instant inside a Beijing-time month: day (1-28) and hour are clamped to stay inside. */
export function instantInMonth(month: string, day: number, hour: number): Date {
  const d = String(Math.min(Math.max(day, 1), 28)).padStart(2, '0');
  const h = String(Math.min(Math.max(hour, 0), 23)).padStart(2, '0');
  return new Date(Date.parse(`${month}-${d}T${h}:00:00Z`) - BEIJING_MS);
}

export const UTC_STAMP_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
