// International site: the partner's own postpaid monthly bill (ListPostpaidBillSum, spec §7.7),
// one call per month, kept per month in the profile's postpaid-bills.json beside its store so
// the Bills screen shows them offline, each month with the time it was fetched. A fetch of
// some months keeps the others: re-fetching March does not forget January.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/contract';
import type { PostpaidBillRow, PostpaidBills } from '../../../shared/contract/channels/invoices';
import type { PartnerApi } from '../infra/partner-api';
import { addMonths } from '../statements/period';

const FILE = 'postpaid-bills.json';
/** Huawei keeps 18 bill months (§7.3); our choice: the same window for the postpaid summary. */
export const POSTPAID_WINDOW = 18;

export function readPostpaidBills(profileDir: string): PostpaidBills {
  const file = join(profileDir, FILE);
  if (!existsSync(file)) return { fetchedAt: null, rows: [] };
  return JSON.parse(readFileSync(file, 'utf8')) as PostpaidBills;
}

/** The window of months that may be asked for, in UTC (the intl site bills by UTC month). */
export function postpaidWindow(now: Date): { from: string; to: string } {
  const to = now.toISOString().slice(0, 7);
  return { from: addMonths(to, -(POSTPAID_WINDOW - 1)), to };
}

const text = (v: { toFixed(): string } | string | null | undefined): string | null =>
  v === null || v === undefined || v === '' ? null : typeof v === 'string' ? v : v.toFixed();

export async function syncPostpaidBills(
  api: PartnerApi, site: string, profileDir: string, months: readonly string[], now = new Date(),
): Promise<PostpaidBills> {
  if (site !== 'intl') throw new AppError('POSTPAID_INTL_ONLY');
  const window = postpaidWindow(now);
  const wanted = [...new Set(months)].sort();
  for (const month of wanted) {
    if (month < window.from || month > window.to) throw new AppError('POSTPAID_MONTH_OUTSIDE_WINDOW', { month, ...window });
  }
  const fetched: PostpaidBillRow[] = [];
  // One month per call; the client's rate limiter paces them. A failure stops the fetch before
  // anything is written, so the file never mixes a half-done fetch with the last good one.
  for (const month of wanted) {
    const r = await api.intl.listPostpaidBillSum({ bill_cycle: month });
    fetched.push({
      billCycle: r.bill_cycle || month,
      initialAmountDue: text(r.initial_amount_due), consumeAmount: text(r.consume_amount), refunds: text(r.refunds),
      adjustments: text(r.adjustments), taxAmount: text(r.tax_amount), currency: r.currency ?? null,
      fetchedAt: now.toISOString(),
    });
  }
  const byMonth = new Map(readPostpaidBills(profileDir).rows.map((r) => [r.billCycle, r]));
  for (const r of fetched) byMonth.set(r.billCycle, r);
  const snapshot: PostpaidBills = {
    fetchedAt: now.toISOString(),
    rows: [...byMonth.values()].sort((a, b) => (a.billCycle < b.billCycle ? 1 : a.billCycle > b.billCycle ? -1 : 0)),
  };
  const file = join(profileDir, FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(snapshot));
  renameSync(`${file}.tmp`, file);
  return snapshot;
}
