// What the voucher previews check items against, read from the profile's snapshot store:
// customers (resale or not, under which T2), linked T2s, issued coupons and the child quotas
// given to T2s, each with the time it was fetched. Huawei still refuses anything that no
// longer fits; the preview's job is to name problems before anything is sent.
import type { Database } from 'better-sqlite3';

export interface CustomerFact {
  readonly id: string;
  readonly name: string | null;
  readonly associationType: string | null;
  readonly indirectPartnerId: string | null;
  readonly fetchedAt: string;
}
export interface T2Fact {
  readonly id: string;
  readonly name: string | null;
  readonly fetchedAt: string;
}
export interface CouponFact {
  readonly couponId: string;
  readonly customerId: string;
  readonly status: number | null;
  readonly faceValue: string | null;
  readonly balance: string | null;
  readonly expireTime: string | null;
  readonly indirectPartnerId: string | null;
  readonly fetchedAt: string;
}
export interface ChildQuotaFact {
  readonly quotaId: string;
  readonly parentQuotaId: string | null;
  readonly t2Id: string | null;
  readonly t2Name: string | null;
  readonly status: number | null;
  readonly balance: string | null;
  readonly fetchedAt: string;
}

export interface VoucherReference {
  customers(ids: readonly string[]): ReadonlyMap<string, CustomerFact>;
  t2s(ids: readonly string[]): ReadonlyMap<string, T2Fact>;
  coupons(ids: readonly string[]): ReadonlyMap<string, CouponFact>;
  childQuotas(ids: readonly string[]): ReadonlyMap<string, ChildQuotaFact>;
}

/** Looks ids up in slices (SQLite's parameter limit), skipping soft-deleted rows. */
function byIds<R, K extends string>(db: Database, sql: (marks: string) => string, ids: readonly string[], key: (r: R) => K): Map<K, R> {
  const out = new Map<K, R>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const slice = unique.slice(i, i + 500);
    for (const row of db.prepare(sql(slice.map(() => '?').join(','))).all(...slice) as R[]) out.set(key(row), row);
  }
  return out;
}

export function storeVoucherReference(db: () => Database): VoucherReference {
  return {
    customers: (ids) => {
      const rows = byIds<Record<string, string | null>, string>(
        db(),
        (m) => `SELECT customer_id, account_name, customer_name, association_type, indirect_partner_id, fetched_at
                FROM customers WHERE deleted_at IS NULL AND customer_id IN (${m})`,
        ids,
        (r) => String(r.customer_id),
      );
      return new Map([...rows].map(([id, r]) => [id, {
        id, name: r.customer_name ?? r.account_name ?? null, associationType: r.association_type ?? null,
        indirectPartnerId: r.indirect_partner_id || null, fetchedAt: String(r.fetched_at),
      }]));
    },
    t2s: (ids) => {
      const rows = byIds<Record<string, string | null>, string>(
        db(),
        (m) => `SELECT indirect_partner_id, name, account_name, fetched_at FROM resellers WHERE deleted_at IS NULL AND indirect_partner_id IN (${m})`,
        ids,
        (r) => String(r.indirect_partner_id),
      );
      return new Map([...rows].map(([id, r]) => [id, { id, name: r.name ?? r.account_name ?? null, fetchedAt: String(r.fetched_at) }]));
    },
    coupons: (ids) => {
      const rows = byIds<Record<string, string | number | null>, string>(
        db(),
        (m) => `SELECT coupon_id, customer_id, status, face_value, balance, expire_time, indirect_partner_id, fetched_at
                FROM issued_coupons WHERE deleted_at IS NULL AND coupon_id IN (${m})`,
        ids,
        (r) => String(r.coupon_id),
      );
      return new Map([...rows].map(([id, r]) => [id, {
        couponId: id, customerId: String(r.customer_id ?? ''), status: r.status === null ? null : Number(r.status),
        faceValue: r.face_value === null ? null : String(r.face_value), balance: r.balance === null ? null : String(r.balance),
        expireTime: r.expire_time === null ? null : String(r.expire_time), indirectPartnerId: r.indirect_partner_id ? String(r.indirect_partner_id) : null,
        fetchedAt: String(r.fetched_at),
      }]));
    },
    childQuotas: (ids) => {
      const rows = byIds<Record<string, string | number | null>, string>(
        db(),
        (m) => `SELECT quota_id, parent_quota_id, indirect_partner_id, indirect_partner_name, indirect_partner_account_name, quota_status, balance, fetched_at
                FROM child_quotas WHERE deleted_at IS NULL AND quota_id IN (${m})`,
        ids,
        (r) => String(r.quota_id),
      );
      return new Map([...rows].map(([id, r]) => [id, {
        quotaId: id, parentQuotaId: r.parent_quota_id ? String(r.parent_quota_id) : null, t2Id: r.indirect_partner_id ? String(r.indirect_partner_id) : null,
        t2Name: (r.indirect_partner_name ?? r.indirect_partner_account_name ?? null) as string | null,
        status: r.quota_status === null ? null : Number(r.quota_status), balance: r.balance === null ? null : String(r.balance), fetchedAt: String(r.fetched_at),
      }]));
    },
  };
}
