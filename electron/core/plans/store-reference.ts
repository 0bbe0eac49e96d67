// Reference data for validation, read from the profile store's snapshots (customers, their
// balances, resellers, account balances), each with the time it was fetched.
import type { Database } from 'better-sqlite3';
import { compareAmounts, isAmountString, subtractAmounts } from '../../../shared/domain/money';
import { referenceData, type Allocatable, type CouponRef, type CustomerRef, type QuotaRef, type ReferenceSource, type T2Ref } from './reference';

interface BalanceRow {
  owner_id: string;
  account_type: number;
  amount: string;
  designated_amount: string | null;
  fetched_at: string;
}

/** amount − designated amount: what may be granted (partner-api.md §5.1). */
function spendable(row: BalanceRow): Allocatable | null {
  if (!isAmountString(row.amount)) return null;
  const designated = row.designated_amount && isAmountString(row.designated_amount) ? row.designated_amount : '0';
  const amount = subtractAmounts(row.amount, designated);
  return { amount: compareAmounts(amount, '0') < 0 ? '0.00' : amount, fetchedAt: row.fetched_at };
}

const str = (v: string | number | null | undefined): string | null => (v === null || v === undefined || v === '' ? null : String(v));

export function storeReferenceSource(db: () => Database): ReferenceSource {
  return {
    async load() {
      const d = db();
      const customers = (
        d
          .prepare(
            `SELECT c.customer_id, c.account_name, c.customer_name, c.association_type, c.indirect_partner_id,
                    b.amount AS balance, b.fetched_at AS balance_fetched_at
             FROM customers c LEFT JOIN customer_balances b ON b.customer_id = c.customer_id
             WHERE c.deleted_at IS NULL`,
          )
          .all() as Record<string, string | null>[]
      ).map(
        (r): CustomerRef => ({
          customerId: String(r.customer_id),
          accountName: String(r.account_name),
          name: r.customer_name ?? null,
          associationType: r.association_type ?? null,
          indirectPartnerId: r.indirect_partner_id || null,
          balance: r.balance ?? null,
          balanceFetchedAt: r.balance_fetched_at ?? null,
        }),
      );
      const balances = d
        .prepare('SELECT owner_id, account_type, amount, designated_amount, fetched_at FROM account_balances ORDER BY account_type DESC')
        .all() as BalanceRow[];
      // Type 8 (allocatable) where the API reports one, else the cash account (type 1).
      const pick = (owner: string) =>
        balances.find((b) => b.owner_id === owner && b.account_type === 8) ?? balances.find((b) => b.owner_id === owner && b.account_type === 1);
      const t2s = (d.prepare('SELECT indirect_partner_id, name, account_name FROM resellers WHERE deleted_at IS NULL').all() as Record<string, string | null>[]).map(
        (r): T2Ref => {
          const id = String(r.indirect_partner_id);
          const b = pick(id);
          const s = b ? spendable(b) : null;
          return { id, name: r.name ?? r.account_name ?? null, balance: s?.amount ?? null, balanceFetchedAt: s?.fetchedAt ?? null };
        },
      );
      const own = pick('');
      const quotaOf = (r: Record<string, string | number | null>): QuotaRef => ({
        id: String(r.quota_id), status: r.quota_status === null ? null : Number(r.quota_status), balance: str(r.balance),
        effectiveTime: str(r.effective_time), expireTime: str(r.expire_time), limits: str(r.limits), fetchedAt: String(r.fetched_at),
        t2Id: str(r.indirect_partner_id), parentQuotaId: str(r.parent_quota_id),
      });
      type Raw = Record<string, string | number | null>;
      const quotas = (d.prepare('SELECT *, NULL AS indirect_partner_id, NULL AS parent_quota_id FROM quotas WHERE deleted_at IS NULL').all() as Raw[]).map(quotaOf);
      const childQuotas = (d.prepare('SELECT * FROM child_quotas WHERE deleted_at IS NULL').all() as Raw[]).map(quotaOf);
      const coupons = (
        d.prepare('SELECT coupon_id, customer_id, status, face_value, balance, indirect_partner_id, fetched_at FROM issued_coupons WHERE deleted_at IS NULL').all() as Raw[]
      ).map(
        (r): CouponRef => ({
          id: String(r.coupon_id), customerId: str(r.customer_id), status: r.status === null ? null : Number(r.status), faceValue: str(r.face_value),
          balance: str(r.balance), indirectPartnerId: str(r.indirect_partner_id), fetchedAt: String(r.fetched_at),
        }),
      );
      return referenceData({ customers, t2s, allocatable: own ? spendable(own) : null, quotas, childQuotas, coupons });
    },
  };
}
