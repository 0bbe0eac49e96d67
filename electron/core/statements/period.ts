// Statement periods are whole Beijing-time months (UTC+8), as the bill cycles are: a month
// starts at 00:00 Beijing time on its first day, i.e. 16:00 UTC the day before.
import { AppError } from '../../../shared/contract';
import { STATEMENT_MAX_MONTHS } from '../../../shared/contract/channels/statements';

const BEIJING_MS = 8 * 3600_000;

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(fromMonth: string, toMonth: string): number {
  const [fy, fm] = fromMonth.split('-').map(Number) as [number, number];
  const [ty, tm] = toMonth.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** The UTC instant a Beijing-time month starts. */
export function monthStartUtc(month: string): Date {
  return new Date(Date.parse(`${month}-01T00:00:00Z`) - BEIJING_MS);
}

/** The Beijing-time month (YYYY-MM) an instant falls in. */
export function beijingMonthOf(iso: string): string {
  return new Date(Date.parse(iso) + BEIJING_MS).toISOString().slice(0, 7);
}

export interface Period {
  readonly fromMonth: string;
  readonly toMonth: string;
  /** Inclusive start (UTC). */
  readonly from: Date;
  /** Exclusive end (UTC): the start of the month after toMonth. */
  readonly to: Date;
}

export function periodOf(p: { fromMonth: string; toMonth: string }): Period {
  const months = monthsBetween(p.fromMonth, p.toMonth);
  if (months > STATEMENT_MAX_MONTHS) throw new AppError('STATEMENT_PERIOD_TOO_LONG', { max: STATEMENT_MAX_MONTHS, months });
  return { fromMonth: p.fromMonth, toMonth: p.toMonth, from: monthStartUtc(p.fromMonth), to: monthStartUtc(addMonths(p.toMonth, 1)) };
}

/** A bill line is dated at the last second of its month (it is what the month consumed). */
export function cycleEndUtc(cycle: string): string {
  return new Date(monthStartUtc(addMonths(cycle, 1)).getTime() - 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
