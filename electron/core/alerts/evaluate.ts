// What each alert rule finds in the local store (the snapshot of the last sync): the subjects
// it fires for. Amounts are compared as decimals; the integer *_key columns only narrow the
// SQL scan (they are floored ten-thousandths, so the decimal test decides at the edge).
import type { Database } from 'better-sqlite3';
import Decimal from 'decimal.js';
import type { AlertRule, AlertSubject } from '../../../shared/contract/channels/alerts';
import type { OverviewCustomer } from '../../../shared/contract/channels/overview';

const DAY_MS = 86_400_000;
const key = (amount: string) => new Decimal(amount).times(10_000).ceil().toNumber();
const below = (value: string, amount: string) => new Decimal(value).lt(amount);

/** The partner's allocatable balance (account type 8, else the cash account 1) per owner ('' = the partner). */
function allocatableRows(db: Database, owners: 'partner' | 't2s'): { owner: string; amount: string; name: string | null }[] {
  const rows = db
    .prepare(
      `SELECT b.owner_id AS owner, b.account_type AS type, b.amount, r.name AS name
         FROM account_balances b LEFT JOIN resellers r ON r.indirect_partner_id = b.owner_id
        WHERE ${owners === 'partner' ? "b.owner_id = ''" : "b.owner_id <> '' AND (r.deleted_at IS NULL)"}
          AND b.account_type IN (8, 1)
        ORDER BY b.owner_id, b.account_type DESC`,
    )
    .all() as { owner: string; type: number; amount: string; name: string | null }[];
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.owner) ? false : (seen.add(r.owner), true)));
}

/** A customer in debt or under a threshold: the overview's row, also an alert's subject. */
export type CustomerAtRisk = OverviewCustomer;

/** Customers in debt or (with an amount) with a balance below it, lowest balance first. */
export function customersAtRisk(db: Database, amount: string | null, limit = 20_000): CustomerAtRisk[] {
  const raw = db
    .prepare(
      `SELECT c.customer_id AS customerId, c.account_name AS accountName, c.customer_name AS name, c.indirect_partner_id AS indirectPartnerId,
              b.amount AS balance, b.debt_amount AS debt
         FROM customer_balances b JOIN customers c ON c.customer_id = b.customer_id
        WHERE c.deleted_at IS NULL AND (COALESCE(b.debt_key, 0) > 0 ${amount !== null ? 'OR b.amount_key < @key' : ''})
        ORDER BY b.amount_key, c.customer_id LIMIT @limit`,
    )
    .all({ key: amount !== null ? key(amount) : 0, limit }) as Omit<CustomerAtRisk, 'reason'>[];
  const out: CustomerAtRisk[] = [];
  for (const r of raw) {
    const inDebt = r.debt !== null && new Decimal(r.debt).gt(0);
    if (inDebt) out.push({ ...r, reason: 'debt' });
    else if (amount !== null && below(r.balance, amount)) out.push({ ...r, reason: 'below' });
  }
  return out;
}

function expiringWithin(db: Database, table: 'quotas' | 'issued_coupons', days: number, now: Date): AlertSubject[] {
  const until = now.getTime() + days * DAY_MS;
  // A voucher still usable (status 1 not yet active, 2 usable); a quota not reclaimed or invalid.
  const live = table === 'issued_coupons' ? 'status IN (1, 2)' : 'COALESCE(quota_status, 0) NOT IN (3, 6)';
  const idCol = table === 'issued_coupons' ? 'coupon_id' : 'quota_id';
  const owner = table === 'issued_coupons' ? 'customer_id' : 'NULL';
  const rows = db
    .prepare(`SELECT ${idCol} AS id, ${owner} AS owner, balance, expire_time AS expireTime FROM ${table}
               WHERE deleted_at IS NULL AND expire_time IS NOT NULL AND ${live} AND COALESCE(balance_key, 1) > 0`)
    .all() as { id: string; owner: string | null; balance: string | null; expireTime: string }[];
  return rows
    .filter((r) => {
      const t = Date.parse(r.expireTime);
      return Number.isFinite(t) && t > now.getTime() && t <= until;
    })
    .sort((a, b) => Date.parse(a.expireTime) - Date.parse(b.expireTime) || a.id.localeCompare(b.id))
    .map((r) => ({ id: r.id, name: r.owner, value: new Date(Date.parse(r.expireTime)).toISOString() }));
}

function quotasBelowPercent(db: Database, percent: number): AlertSubject[] {
  const rows = db
    .prepare(`SELECT quota_id AS id, quota_value AS value, balance FROM quotas
               WHERE deleted_at IS NULL AND COALESCE(quota_status, 0) NOT IN (3, 6) AND quota_value IS NOT NULL AND balance IS NOT NULL
               ORDER BY quota_id`)
    .all() as { id: string; value: string; balance: string }[];
  return rows
    .filter((r) => new Decimal(r.value).gt(0) && new Decimal(r.balance).times(100).lt(new Decimal(r.value).times(percent)))
    .map((r) => ({ id: r.id, name: null, value: r.balance }));
}

/** The subjects `rule` fires for now; empty when its condition does not hold. */
export function evaluateRule(db: Database, rule: AlertRule, now: Date): AlertSubject[] {
  switch (rule.kind) {
    case 'partner-allocatable-below':
      return allocatableRows(db, 'partner')
        .filter((r) => below(r.amount, rule.amount!))
        .map((r) => ({ id: 'partner', name: null, value: r.amount }));
    case 't2-below':
      return allocatableRows(db, 't2s')
        .filter((r) => below(r.amount, rule.amount!))
        .map((r) => ({ id: r.owner, name: r.name, value: r.amount }));
    case 'customer-below':
      return customersAtRisk(db, rule.amount!)
        .filter((c) => below(c.balance, rule.amount!))
        .map((c) => ({ id: c.customerId, name: c.name ?? c.accountName, value: c.balance, indirectPartnerId: c.indirectPartnerId }));
    case 'customer-in-debt':
      return customersAtRisk(db, null).map((c) => ({ id: c.customerId, name: c.name ?? c.accountName, value: c.debt!, indirectPartnerId: c.indirectPartnerId }));
    case 'quota-below-percent':
      return quotasBelowPercent(db, rule.percent!);
    case 'quota-expiring':
      return expiringWithin(db, 'quotas', rule.days!, now);
    case 'vouchers-expiring':
      return expiringWithin(db, 'issued_coupons', rule.days!, now);
  }
}
