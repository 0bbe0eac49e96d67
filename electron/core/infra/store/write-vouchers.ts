// Quotas, child quotas given to T2s, and coupons issued to customers (current-state lists).
import type { Database, Statement } from 'better-sqlite3';
import { moneyKey, moneyText } from './money-text';
import type { WireChildQuota, WireIssuedCoupon, WireLimitInfo, WireQuota } from './wire';
import { int, text, type WriteContext } from './write-context';

/** "key=value1[/value2]; …" — readable in a table cell and an export. */
export function limitsText(limits: readonly WireLimitInfo[] | null | undefined): string | null {
  if (!limits?.length) return null;
  return limits
    .map((l) => {
      const values = (l.limit_values ?? []).map((v) => [v.value1, v.value2].filter((x) => x !== null && x !== undefined && x !== '').join('/'));
      return `${l.limit_key ?? '?'}=${values.join(',')}`;
    })
    .join('; ');
}

/** The restrictions as the screens read them (LimitInfo[] JSON), values as text; null when none. */
export function limitInfosJson(limits: readonly WireLimitInfo[] | null | undefined): string | null {
  if (!limits?.length) return null;
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return JSON.stringify(
    limits.map((l) => ({ key: l.limit_key ?? '', values: (l.limit_values ?? []).map((v) => ({ value1: str(v.value1), value2: str(v.value2) })) })),
  );
}

const quotaColumns = `quota_type, quota_value, quota_value_key, balance, balance_key, quota_status, measure_id, currency,
  create_time, last_update_time, effective_time, expire_time, limits, limit_infos, fetched_at, seen_run, deleted_at`;
const quotaValues = `@quota_type, @quota_value, @quota_value_key, @balance, @balance_key, @quota_status, @measure_id,
  @currency, @create_time, @last_update_time, @effective_time, @expire_time, @limits, @limit_infos, @fetched_at, @seen_run, NULL`;

function quotaParams(q: WireQuota, ctx: WriteContext) {
  const value = moneyText(q.quota_value);
  const balance = moneyText(q.balance);
  return {
    quota_id: q.quota_id,
    quota_type: int(q.quota_type),
    quota_value: value,
    quota_value_key: moneyKey(value),
    balance,
    balance_key: moneyKey(balance),
    quota_status: int(q.quota_status),
    measure_id: int(q.measure_id),
    currency: text(q.currency),
    create_time: text(q.create_time),
    last_update_time: text(q.last_update_time),
    effective_time: text(q.effective_time),
    expire_time: text(q.expire_time),
    limits: limitsText(q.limit_infos),
    limit_infos: limitInfosJson(q.limit_infos),
    fetched_at: ctx.fetchedAt,
    seen_run: ctx.runId,
  };
}

export class VoucherWriter {
  private readonly quota: Statement;
  private readonly childQuota: Statement;
  private readonly coupon: Statement;

  constructor(private readonly db: Database) {
    this.quota = db.prepare(`INSERT OR REPLACE INTO quotas (quota_id, ${quotaColumns}) VALUES (@quota_id, ${quotaValues})`);
    this.childQuota = db.prepare(`
      INSERT OR REPLACE INTO child_quotas (quota_id, parent_quota_id, indirect_partner_id, indirect_partner_account_name,
        indirect_partner_name, ${quotaColumns})
      VALUES (@quota_id, @parent_quota_id, @indirect_partner_id, @indirect_partner_account_name, @indirect_partner_name,
        ${quotaValues})`);
    this.coupon = db.prepare(`
      INSERT OR REPLACE INTO issued_coupons (coupon_id, customer_id, coupon_type, status, face_value, face_value_key,
        balance, balance_key, measure_id, effective_time, expire_time, create_time, active_time, last_used_time,
        order_id, lock_order_id, promotion_plan_id, promotion_plan_name, is_frozen, indirect_partner_id,
        fetched_at, seen_run, deleted_at)
      VALUES (@coupon_id, @customer_id, @coupon_type, @status, @face_value, @face_value_key, @balance, @balance_key,
        @measure_id, @effective_time, @expire_time, @create_time, @active_time, @last_used_time, @order_id,
        @lock_order_id, @promotion_plan_id, @promotion_plan_name, @is_frozen, @indirect_partner_id,
        @fetched_at, @seen_run, NULL)`);
  }

  quotas(items: readonly WireQuota[], ctx: WriteContext): void {
    this.db.transaction(() => {
      for (const q of items) this.quota.run(quotaParams(q, ctx));
    })();
  }

  childQuotas(items: readonly WireChildQuota[], ctx: WriteContext): void {
    this.db.transaction(() => {
      for (const q of items) {
        this.childQuota.run({
          ...quotaParams(q, ctx),
          parent_quota_id: text(q.parent_quota_id),
          indirect_partner_id: text(q.indirect_partner_id),
          indirect_partner_account_name: text(q.indirect_partner_account_name),
          indirect_partner_name: text(q.indirect_partner_name),
        });
      }
    })();
  }

  issuedCoupons(items: readonly WireIssuedCoupon[], indirectPartnerId: string | null, ctx: WriteContext): void {
    this.db.transaction(() => {
      for (const c of items) {
        const face = moneyText(c.face_value);
        const balance = moneyText(c.balance);
        this.coupon.run({
          coupon_id: c.coupon_id,
          customer_id: text(c.customer_id),
          coupon_type: int(c.coupon_type),
          status: int(c.status),
          face_value: face,
          face_value_key: moneyKey(face),
          balance,
          balance_key: moneyKey(balance),
          measure_id: int(c.measure_id),
          effective_time: text(c.effective_time),
          expire_time: text(c.expire_time),
          create_time: text(c.create_time),
          active_time: text(c.active_time),
          last_used_time: text(c.last_used_time),
          order_id: text(c.order_id),
          lock_order_id: text(c.lock_order_id),
          promotion_plan_id: text(c.promotion_plan_id),
          promotion_plan_name: text(c.promotion_plan_name),
          is_frozen: text(c.is_frozen),
          indirect_partner_id: indirectPartnerId,
          fetched_at: ctx.fetchedAt,
          seen_run: ctx.runId,
        });
      }
    })();
  }
}
