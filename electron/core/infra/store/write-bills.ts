// Monthly bill sums and per-resource bill details. A month is re-fetched as a whole; once
// every page of it arrived, lines of that month the new listing no longer has are removed
// (bills of a closed month are replaced, not marked: they are not entities that disappear).
import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import { moneyKey, moneyText } from './money-text';
import type { WireBillDetail, WireBillSum } from './wire';
import { int, text, type WriteContext } from './write-context';

export function billSumKey(cycle: string, b: WireBillSum, indirectPartnerId: string | null): string {
  return [cycle, b.customer_id, b.cloud_service_type, b.resource_type_code, b.bill_type, b.charge_mode, indirectPartnerId]
    .map((v) => v ?? '')
    .join('|');
}

function detailKey(d: WireBillDetail): string {
  if (d.id) return String(d.id);
  return `h:${createHash('sha1').update(JSON.stringify(d)).digest('hex')}`;
}

export class BillWriter {
  private readonly sum: Statement;
  private readonly detail: Statement;

  constructor(private readonly db: Database) {
    this.sum = db.prepare(`
      INSERT OR REPLACE INTO bill_sums (line_key, cycle, customer_id, cloud_service_type, cloud_service_type_name,
        resource_type_code, resource_type_name, bill_type, charge_mode, amount, amount_key, debt_amount,
        adjustment_amount, discount_amount, currency, measure_id, account_details, indirect_partner_id, fetched_at, seen_run)
      VALUES (@line_key, @cycle, @customer_id, @cloud_service_type, @cloud_service_type_name, @resource_type_code,
        @resource_type_name, @bill_type, @charge_mode, @amount, @amount_key, @debt_amount, @adjustment_amount,
        @discount_amount, @currency, @measure_id, @account_details, @indirect_partner_id, @fetched_at, @seen_run)`);
    this.detail = db.prepare(`
      INSERT OR REPLACE INTO bill_details (id, bill_cycle, customer_id, service_type_code, service_type_name,
        resource_type_code, resource_type_name, resource_id, resource_name, region_name, charging_mode,
        bill_detail_type, trade_time, official_amount, official_amount_key, discount_amount, payment_amount,
        payment_amount_key, cash_amount, credit_amount, coupon_amount, debt_amount, indirect_partner_id, fetched_at, seen_run)
      VALUES (@id, @bill_cycle, @customer_id, @service_type_code, @service_type_name, @resource_type_code,
        @resource_type_name, @resource_id, @resource_name, @region_name, @charging_mode, @bill_detail_type,
        @trade_time, @official_amount, @official_amount_key, @discount_amount, @payment_amount, @payment_amount_key,
        @cash_amount, @credit_amount, @coupon_amount, @debt_amount, @indirect_partner_id, @fetched_at, @seen_run)`);
  }

  billSums(
    cycle: string,
    items: readonly WireBillSum[],
    currency: string | null,
    indirectPartnerId: string | null,
    ctx: WriteContext,
  ): void {
    this.db.transaction(() => {
      for (const b of items) {
        const amount = moneyText(b.amount) ?? '0';
        this.sum.run({
          line_key: billSumKey(cycle, b, indirectPartnerId),
          cycle,
          customer_id: b.customer_id,
          cloud_service_type: text(b.cloud_service_type),
          cloud_service_type_name: text(b.cloud_service_type_name),
          resource_type_code: text(b.resource_type_code),
          resource_type_name: text(b.resource_type_name),
          bill_type: text(b.bill_type),
          charge_mode: text(b.charge_mode),
          amount,
          amount_key: moneyKey(amount),
          debt_amount: moneyText(b.debt_amount),
          adjustment_amount: moneyText(b.adjustment_amount),
          discount_amount: moneyText(b.discount_amount),
          currency,
          measure_id: int(b.measure_id),
          account_details: b.account_details ? JSON.stringify(b.account_details) : null,
          indirect_partner_id: indirectPartnerId,
          fetched_at: ctx.fetchedAt,
          seen_run: ctx.runId,
        });
      }
    })();
  }

  /** After every page of a month arrived: drop that month's lines the new listing lacks. */
  replaceCycle(cycle: string, ctx: WriteContext): number {
    return this.db
      .prepare('DELETE FROM bill_sums WHERE cycle = ? AND (seen_run IS NULL OR seen_run <> ?)')
      .run(cycle, ctx.runId).changes;
  }

  billDetails(items: readonly WireBillDetail[], indirectPartnerId: string | null, ctx: WriteContext): void {
    this.db.transaction(() => {
      for (const d of items) {
        const official = moneyText(d.official_amount);
        const payment = moneyText(d.payment_amount);
        this.detail.run({
          id: detailKey(d),
          bill_cycle: text(d.bill_cycle) ?? '',
          customer_id: text(d.customer_id) ?? '',
          service_type_code: text(d.service_type_code),
          service_type_name: text(d.service_type_name),
          resource_type_code: text(d.resource_type_code),
          resource_type_name: text(d.resource_type_name),
          resource_id: text(d.resource_id),
          resource_name: text(d.resource_name),
          region_name: text(d.region_name),
          charging_mode: text(d.charging_mode),
          bill_detail_type: text(d.bill_detail_type),
          trade_time: text(d.trade_time),
          official_amount: official,
          official_amount_key: moneyKey(official),
          discount_amount: moneyText(d.official_discount_amount),
          payment_amount: payment,
          payment_amount_key: moneyKey(payment),
          cash_amount: moneyText(d.cash_amount),
          credit_amount: moneyText(d.credit_amount),
          coupon_amount: moneyText(d.coupon_amount),
          debt_amount: moneyText(d.debt_amount),
          indirect_partner_id: indirectPartnerId,
          fetched_at: ctx.fetchedAt,
          seen_run: ctx.runId,
        });
      }
    })();
  }
}
