// "Which customers consumed" in a bill month (ListConsumeSubCustomers, spec §7.5): fetched on
// request and kept per month (consumers-<month>.json beside the store), then shown offline with
// each customer's name and the month's bill total from the synced sums. The API also lists
// customers no longer associated (they consumed while they were): they show without a name.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ConsumersOfMonth } from '../../../shared/contract/channels/statements';
import { operations, type PartnerApi } from '../infra/partner-api';
import { money } from './compute';
import { Dec, ZERO } from './ledger-data';

const DIR = 'consumers';
const fileOf = (profileDir: string, month: string) => join(profileDir, DIR, `consumers-${month}.json`);

interface Snapshot {
  readonly month: string;
  readonly fetchedAt: string;
  readonly customerIds: readonly string[];
}

export async function syncConsumers(api: PartnerApi, profileDir: string, month: string, now = new Date()): Promise<void> {
  const items = await api.listAll(operations.bills.listConsumeSubCustomers, { bill_cycle: month });
  const snapshot: Snapshot = { month, fetchedAt: now.toISOString(), customerIds: items.map((c) => c.customer_id).filter((id): id is string => !!id) };
  mkdirSync(join(profileDir, DIR), { recursive: true });
  const file = fileOf(profileDir, month);
  writeFileSync(`${file}.tmp`, JSON.stringify(snapshot));
  renameSync(`${file}.tmp`, file);
}

export function consumersOf(db: Database, profileDir: string, month: string): ConsumersOfMonth {
  const file = fileOf(profileDir, month);
  if (!existsSync(file)) return { month, fetchedAt: null, rows: [] };
  const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const name = db.prepare('SELECT account_name, customer_name, indirect_partner_id FROM customers WHERE customer_id = ?');
  const sums = db.prepare('SELECT amount FROM bill_sums WHERE cycle = ? AND customer_id = ? AND indirect_partner_id IS NULL');
  const rows = snap.customerIds.map((customerId) => {
    const c = name.get(customerId) as { account_name: string | null; customer_name: string | null; indirect_partner_id: string | null } | undefined;
    const lines = sums.all(month, customerId) as { amount: string }[];
    const total = lines.reduce((s: Dec, l) => s.plus(l.amount), ZERO);
    return {
      customerId,
      accountName: c?.account_name ?? null,
      customerName: c?.customer_name || null,
      indirectPartnerId: c?.indirect_partner_id ?? null,
      billTotal: lines.length ? money(total) : null,
    };
  });
  return { month, fetchedAt: snap.fetchedAt, rows };
}
