// The overview's figures from the snapshot store (balances, customers at risk, expiring
// vouchers and quotas, last sync per list, six months of funding and consumption). Money is
// summed with dec_sum (decimal text), never SQLite's floating-point sum().
import type { Database } from 'better-sqlite3';
import type { AccountBalanceRow } from '../../../shared/contract/channels/review-rows';
import type { OverviewExpiring, OverviewMonth, OverviewReseller, OverviewView } from '../../../shared/contract/channels/overview';
import { syncLists } from '../../../shared/contract/channels/sync';
import type { LocalStore } from '../infra/store/local-store';
import { recentMonths } from '../sync/windows';
import { customersAtRisk } from '../alerts/evaluate';

/** How many rows of each list the overview shows; the screens behind it show them all. */
export const OVERVIEW_ROWS = 10;
const DAY_MS = 86_400_000;

const oldest = (times: readonly (string | null)[]): string | null =>
  times.reduce<string | null>((min, t) => (t !== null && (min === null || t < min) ? t : min), null);

export function ownBalances(db: Database): OverviewView['balances'] {
  const rows = db
    .prepare(`SELECT owner_id AS ownerId, account_id AS accountId, account_type AS accountType, amount,
      designated_amount AS designatedAmount, credit_amount AS creditAmount, currency, memo, fetched_at AS fetchedAt
      FROM account_balances WHERE owner_id = '' ORDER BY account_type DESC, account_id`)
    .all() as AccountBalanceRow[];
  return { rows, asOf: oldest(rows.map((r) => r.fetchedAt)) };
}

export function resellerBalances(db: Database): NonNullable<OverviewView['resellers']> {
  const rows = db
    .prepare(`SELECT r.indirect_partner_id AS indirectPartnerId, r.name, r.account_name AS accountName,
        b.amount, b.currency, b.fetched_at AS fetchedAt, b.account_type AS type
      FROM resellers r JOIN account_balances b ON b.owner_id = r.indirect_partner_id
      WHERE r.deleted_at IS NULL AND b.account_type IN (8, 1)
      ORDER BY b.amount_key, r.indirect_partner_id, b.account_type DESC`)
    .all() as (OverviewReseller & { type: number })[];
  const seen = new Set<string>();
  const one = rows.filter((r) => (seen.has(r.indirectPartnerId) ? false : (seen.add(r.indirectPartnerId), true)));
  return { rows: one.map(({ type: _type, ...r }) => r), asOf: oldest(one.map((r) => r.fetchedAt)) };
}

export function attention(store: LocalStore, threshold: string | null): OverviewView['attention'] {
  const all = customersAtRisk(store.db, threshold);
  return { threshold, total: all.length, customers: all.slice(0, OVERVIEW_ROWS), asOf: store.lists.asOf('customers') };
}

function expiringRows(db: Database, sql: string, now: Date, days: number): OverviewExpiring[] {
  const until = now.getTime() + days * DAY_MS;
  return (db.prepare(sql).all() as OverviewExpiring[])
    .filter((r) => {
      const t = Date.parse(r.expireTime);
      return Number.isFinite(t) && t > now.getTime() && t <= until;
    })
    .sort((a, b) => Date.parse(a.expireTime) - Date.parse(b.expireTime) || a.id.localeCompare(b.id));
}

export function expiring(store: LocalStore, days: number, now: Date): OverviewView['expiring'] {
  const coupons = expiringRows(
    store.db,
    `SELECT coupon_id AS id, customer_id AS ownerId, balance, expire_time AS expireTime FROM issued_coupons
      WHERE deleted_at IS NULL AND status IN (1, 2) AND expire_time IS NOT NULL AND COALESCE(balance_key, 1) > 0`,
    now,
    days,
  );
  const quotas = expiringRows(
    store.db,
    `SELECT quota_id AS id, NULL AS ownerId, balance, expire_time AS expireTime FROM quotas
      WHERE deleted_at IS NULL AND COALESCE(quota_status, 0) NOT IN (3, 6) AND expire_time IS NOT NULL
      UNION ALL
     SELECT quota_id AS id, indirect_partner_id AS ownerId, balance, expire_time AS expireTime FROM child_quotas
      WHERE deleted_at IS NULL AND COALESCE(quota_status, 0) NOT IN (3, 6) AND expire_time IS NOT NULL`,
    now,
    days,
  );
  return {
    days,
    coupons: coupons.slice(0, OVERVIEW_ROWS),
    couponTotal: coupons.length,
    quotas: quotas.slice(0, OVERVIEW_ROWS),
    asOf: oldest([store.lists.asOf('issuedCoupons'), store.lists.asOf('quotas')]),
  };
}

export function lastSync(store: LocalStore): OverviewView['lastSync'] {
  const stored = new Map(store.lists.all().map((r) => [r.list, r]));
  return syncLists.map((list) => ({ list, asOf: stored.get(list)?.asOf ?? null, state: stored.get(list)?.state ?? 'idle' }));
}

/** The UTC stamp (as the API writes operation_time) at which a Beijing-time month begins. */
function beijingMonthStartUtc(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1) - 8 * 3600_000).toISOString().slice(0, 19) + 'Z';
}

/** Funding (BEADJUST adjust records, by Beijing month) and consumption (monthly bill sums) of the last six months. */
export function months(db: Database, now: Date): OverviewMonth[] {
  const list = recentMonths(now, 6);
  const funding = new Map(
    (db
      .prepare(`SELECT strftime('%Y-%m', operation_time, '+8 hours') AS month, dec_sum(amount) AS total FROM adjust_records
        WHERE operation_type = 'SOURCE_OPERATION_BEADJUST' AND operation_time >= ? GROUP BY 1`)
      .all(beijingMonthStartUtc(list[0]!)) as { month: string; total: string }[]).map((r) => [r.month, r.total]),
  );
  const consumption = new Map(
    (db.prepare('SELECT cycle AS month, dec_sum(amount) AS total FROM bill_sums WHERE cycle >= ? GROUP BY cycle').all(list[0]) as {
      month: string;
      total: string;
    }[]).map((r) => [r.month, r.total]),
  );
  return list.map((month) => ({ month, funding: funding.get(month) ?? '0', consumption: consumption.get(month) ?? '0' }));
}
