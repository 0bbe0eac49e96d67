// Append-only histories: adjust records, account changes, coupon records, quota records. Re-fetching a
// window upserts the same keys, so overlapping windows never duplicate a record.
import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import { moneyKey, moneyText } from './money-text';
import type { WireAccountChange, WireAdjustRecord, WireCouponRecord, WireQuotaRecord } from './wire';
import { int, text, type WriteContext } from './write-context';

/** Adjust records carry no id of their own; the transaction id is unique per move. */
export function adjustRecordKey(r: WireAdjustRecord): string {
  if (r.trans_id) return `${r.trans_id}|${r.customer_id ?? ''}|${r.operation_type ?? ''}`;
  const basis = [r.customer_id, r.operation_type, r.operation_time, moneyText(r.amount), r.memo, r.apply_scene];
  return `h:${createHash('sha1').update(JSON.stringify(basis)).digest('hex')}`;
}

export class RecordWriter {
  private readonly adjust: Statement;
  private readonly change: Statement;
  private readonly couponRecord: Statement;
  private readonly quotaRecord: Statement;

  constructor(private readonly db: Database) {
    this.adjust = db.prepare(`
      INSERT OR REPLACE INTO adjust_records (record_key, trans_id, customer_id, customer_name, operation_type, amount,
        amount_key, currency, apply_scene, operation_time, measure_id, memo, indirect_partner_id, fetched_at)
      VALUES (@record_key, @trans_id, @customer_id, @customer_name, @operation_type, @amount, @amount_key, @currency,
        @apply_scene, @operation_time, @measure_id, @memo, @indirect_partner_id, @fetched_at)`);
    this.change = db.prepare(`
      INSERT OR REPLACE INTO account_changes (scope, balance_type, account_change_id, trade_detail_type, trade_time,
        trade_id, change_amount, change_key, balance_after_change, balance_after_key, type, customer_id, account_name,
        currency, indirect_partner_id, fetched_at)
      VALUES (@scope, @balance_type, @account_change_id, @trade_detail_type, @trade_time, @trade_id, @change_amount,
        @change_key, @balance_after_change, @balance_after_key, @type, @customer_id, @account_name, @currency,
        @indirect_partner_id, @fetched_at)`);
    this.couponRecord = db.prepare(`
      INSERT OR REPLACE INTO coupon_records (id, operation_type, quota_id, quota_type, coupon_id, customer_id,
        operation_amount, operation_amount_key, operation_time, result, remark, indirect_partner_id, fetched_at)
      VALUES (@id, @operation_type, @quota_id, @quota_type, @coupon_id, @customer_id, @operation_amount,
        @operation_amount_key, @operation_time, @result, @remark, @indirect_partner_id, @fetched_at)`);
    this.quotaRecord = db.prepare(`
      INSERT OR REPLACE INTO quota_records (id, operator, operation_type, quota_id, parent_quota_id, amount, amount_key,
        operation_time, result, indirect_partner_id, indirect_partner_account_name, indirect_partner_name, remark, fetched_at)
      VALUES (@id, @operator, @operation_type, @quota_id, @parent_quota_id, @amount, @amount_key, @operation_time, @result,
        @indirect_partner_id, @indirect_partner_account_name, @indirect_partner_name, @remark, @fetched_at)`);
  }

  adjustRecords(items: readonly WireAdjustRecord[], indirectPartnerId: string | null, ctx: WriteContext): void {
    this.db.transaction(() => {
      for (const r of items) {
        const amount = moneyText(r.amount);
        this.adjust.run({
          record_key: adjustRecordKey(r),
          trans_id: text(r.trans_id),
          customer_id: text(r.customer_id),
          customer_name: text(r.customer_name),
          operation_type: text(r.operation_type),
          amount,
          amount_key: moneyKey(amount),
          currency: text(r.currency),
          apply_scene: text(r.apply_scene),
          operation_time: text(r.operation_time),
          measure_id: int(r.measure_id),
          memo: text(r.memo),
          indirect_partner_id: indirectPartnerId,
          fetched_at: ctx.fetchedAt,
        });
      }
    })();
  }

  accountChanges(
    items: readonly WireAccountChange[],
    balanceType: string,
    currency: string | null,
    indirectPartnerId: string | null,
    ctx: WriteContext,
  ): void {
    this.db.transaction(() => {
      for (const r of items) {
        const change = moneyText(r.change_amount);
        const after = moneyText(r.balance_after_change);
        this.change.run({
          scope: indirectPartnerId ?? '',
          balance_type: balanceType,
          account_change_id: r.account_change_id,
          trade_detail_type: text(r.trade_detail_type),
          trade_time: text(r.trade_time),
          trade_id: text(r.trade_id),
          change_amount: change,
          change_key: moneyKey(change),
          balance_after_change: after,
          balance_after_key: moneyKey(after),
          type: text(r.type),
          customer_id: text(r.customer_id),
          account_name: text(r.account_name),
          currency,
          indirect_partner_id: indirectPartnerId,
          fetched_at: ctx.fetchedAt,
        });
      }
    })();
  }

  couponRecords(items: readonly WireCouponRecord[], indirectPartnerId: string | null, ctx: WriteContext): void {
    this.db.transaction(() => {
      for (const r of items) {
        const amount = moneyText(r.operation_amount);
        this.couponRecord.run({
          id: r.id,
          operation_type: text(r.operation_type),
          quota_id: text(r.quota_id),
          quota_type: int(r.quota_type),
          coupon_id: text(r.coupon_id),
          customer_id: text(r.customer_id),
          operation_amount: amount,
          operation_amount_key: moneyKey(amount),
          operation_time: text(r.operation_time),
          result: text(r.result),
          remark: text(r.remark),
          indirect_partner_id: indirectPartnerId,
          fetched_at: ctx.fetchedAt,
        });
      }
    })();
  }

  /** The T1's quota grants and reclaims; every record names its T2, so one listing covers all of them. */
  quotaRecords(items: readonly WireQuotaRecord[], ctx: WriteContext): void {
    this.db.transaction(() => {
      for (const r of items) {
        const amount = moneyText(r.amount);
        this.quotaRecord.run({
          id: r.id,
          operator: text(r.operator),
          operation_type: text(r.operation_type),
          quota_id: text(r.quota_id),
          parent_quota_id: text(r.parent_quota_id),
          amount,
          amount_key: moneyKey(amount),
          operation_time: text(r.operation_time),
          result: text(r.result),
          indirect_partner_id: text(r.indirect_partner_id),
          indirect_partner_account_name: text(r.indirect_partner_account_name),
          indirect_partner_name: text(r.indirect_partner_name),
          remark: text(r.remark),
          fetched_at: ctx.fetchedAt,
        });
      }
    })();
  }
}
