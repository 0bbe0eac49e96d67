// International site: the invoices Huawei lists (ListInvoices, spec §7.7), fetched for a window
// of request times and kept as the profile's last snapshot (intl-invoices.json beside its
// store), so the Invoices screen shows them offline with the time they were fetched.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/contract';
import type { IntlInvoiceRow, IntlInvoices } from '../../../shared/contract/channels/invoices';
import type { PartnerApi } from '../infra/partner-api';
import { addMonths, monthStartUtc } from '../statements/period';

const FILE = 'intl-invoices.json';
const PAGE = 100;

export function readIntlInvoices(profileDir: string): IntlInvoices {
  const file = join(profileDir, FILE);
  if (!existsSync(file)) return { fetchedAt: null, window: null, rows: [] };
  return JSON.parse(readFileSync(file, 'utf8')) as IntlInvoices;
}

const isoZ = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const textOf = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const numOf = (v: unknown): number | null => (typeof v === 'number' ? v : v === null || v === undefined || v === '' ? null : Number(v));

export async function syncIntlInvoices(
  api: PartnerApi, site: string, profileDir: string, months: { fromMonth: string; toMonth: string }, now = new Date(),
): Promise<IntlInvoices> {
  if (site !== 'intl') throw new AppError('INVOICE_INTL_ONLY');
  const from = monthStartUtc(months.fromMonth);
  const end = monthStartUtc(addMonths(months.toMonth, 1));
  const to = end < now ? end : now;
  const rows: IntlInvoiceRow[] = [];
  // offset is a page number on this API (spec §7.7, §10.4), 1-based.
  for (let page = 1; ; page++) {
    const res = await api.intl.listInvoices({ start_time: isoZ(from), end_time: isoZ(to), offset: page, limit: PAGE });
    const items = res.invoices ?? [];
    for (const i of items) {
      rows.push({
        requestId: textOf(i.requestId), invoiceNo: textOf(i.invoiceNo), invoiceTitle: textOf(i.invoiceTitle), invoiceAmount: textOf(i.invoiceAmount),
        invoiceType: numOf(i.invoiceType), invoiceClass: numOf(i.invoiceClass), invoiceState: numOf(i.invoiceState), invoiceMethod: numOf(i.invoiceMethod),
        billCycle: textOf(i.billCycle), applyTime: textOf(i.applyTime), email: textOf(i.email),
      });
    }
    const total = numOf(res.count) ?? rows.length;
    if (items.length < PAGE || rows.length >= total) break;
  }
  const snapshot: IntlInvoices = { fetchedAt: now.toISOString(), window: { from: isoZ(from), to: isoZ(to) }, rows };
  const file = join(profileDir, FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(snapshot));
  renameSync(`${file}.tmp`, file);
  return snapshot;
}
