// Bills: monthly sums grouped by cycle / customer / service (summed exactly with dec_sum),
// a per-month series for the chart, and per-resource details.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { BillSeriesPoint } from '../../../../../shared/contract/channels/review';
import type { billDetailsQuery, billSeriesInput, billSumsQuery } from '../../../../../shared/contract/channels/review';
import { likeAny, newWhere, partnerClause, searchTerms, type ViewSpec, type Where } from './table-query';

type BillSumsInput = z.output<typeof billSumsQuery>;
type BillFilters = BillSumsInput['filters'];
type BillDetailFilters = z.output<typeof billDetailsQuery>['filters'];

function billFilter(f: Partial<BillFilters>, where: Where): void {
  if (f.fromCycle) where.add('s.cycle >= ?', f.fromCycle);
  if (f.toCycle) where.add('s.cycle <= ?', f.toCycle);
  if (f.customerId) where.add('s.customer_id = ?', f.customerId);
  if (f.cloudServiceType) where.add('s.cloud_service_type = ?', f.cloudServiceType);
  if (f.chargeMode) where.add('s.charge_mode = ?', f.chargeMode);
  if (f.billType) where.add('s.bill_type = ?', f.billType);
  partnerClause('s.indirect_partner_id', f.indirectPartnerId, where);
}

const billSearch = likeAny(['s.customer_id', 'c.account_name', 'c.customer_name', 's.cloud_service_type', 's.cloud_service_type_name']);

/** A view over the grouped sums; filters and search apply to the lines before grouping. */
export function billSumsView(input: Pick<BillSumsInput, 'groupBy' | 'filters' | 'search'>): ViewSpec<unknown> {
  const by = new Set(input.groupBy);
  const inner = newWhere();
  billFilter(input.filters, inner);
  for (const term of searchTerms(input.search)) billSearch(term, inner);
  const groups: string[] = [];
  const pick = (on: boolean, expr: string, alias: string) => {
    if (on) groups.push(expr); // the expression: an alias like customer_id would be ambiguous
    return `${on ? expr : 'NULL'} AS ${alias}`;
  };
  const select = [
    pick(by.has('cycle'), 's.cycle', 'cycle'),
    pick(by.has('customer'), 's.customer_id', 'customer_id'),
    `${by.has('customer') ? 'max(c.customer_name)' : 'NULL'} AS customer_name`,
    `${by.has('customer') ? 'max(c.account_name)' : 'NULL'} AS account_name`,
    pick(by.has('service'), 's.cloud_service_type', 'cloud_service_type'),
    `${by.has('service') ? 'max(s.cloud_service_type_name)' : 'NULL'} AS cloud_service_type_name`,
    'dec_sum(s.amount) AS amount',
    'sum(s.amount_key) AS amount_key',
    'dec_sum(s.debt_amount) AS debt_amount',
    'dec_sum(s.discount_amount) AS discount_amount',
    'dec_sum(s.adjustment_amount) AS adjustment_amount',
    'count(*) AS line_count',
  ].join(', ');
  const whereSql = inner.clauses.length ? `WHERE ${inner.clauses.join(' AND ')}` : '';
  const from = `(SELECT ${select} FROM bill_sums s LEFT JOIN customers c ON c.customer_id = s.customer_id
    ${whereSql} GROUP BY ${groups.join(', ')}) g`;
  // Sums are text; sorting them as numbers goes through their integer keys (exact to 1/10000).
  const numeric = (name: string) => ({ sql: `g.${name}`, sort: `CAST(g.${name} AS NUMERIC)` });
  return {
    from,
    fromParams: inner.params,
    key: 'g.cycle, g.customer_id, g.cloud_service_type',
    defaultSort: by.has('cycle') ? 'g.cycle DESC, g.amount_key DESC' : 'g.amount_key DESC',
    columns: {
      cycle: { sql: 'g.cycle' },
      customerId: { sql: 'g.customer_id' },
      customerName: { sql: 'g.customer_name' },
      accountName: { sql: 'g.account_name' },
      cloudServiceType: { sql: 'g.cloud_service_type' },
      cloudServiceTypeName: { sql: 'g.cloud_service_type_name' },
      amount: { sql: 'g.amount', sort: 'g.amount_key' },
      debtAmount: numeric('debt_amount'),
      discountAmount: numeric('discount_amount'),
      adjustmentAmount: numeric('adjustment_amount'),
      lineCount: { sql: 'g.line_count' },
    },
    filter: () => undefined,
    search: () => undefined,
  };
}

export function billSeries(db: Database, input: z.output<typeof billSeriesInput>): BillSeriesPoint[] {
  const where = newWhere();
  billFilter(input, where);
  const whereSql = where.clauses.length ? `WHERE ${where.clauses.join(' AND ')}` : '';
  return db
    .prepare(`SELECT s.cycle AS cycle, dec_sum(s.amount) AS amount, dec_sum(s.debt_amount) AS debtAmount
      FROM bill_sums s ${whereSql} GROUP BY s.cycle ORDER BY s.cycle`)
    .all(...where.params) as BillSeriesPoint[];
}

export const billDetailsView: ViewSpec<BillDetailFilters> = {
  from: 'bill_details d',
  key: 'd.id',
  defaultSort: 'd.bill_cycle DESC, d.trade_time DESC',
  columns: {
    id: { sql: 'd.id' },
    billCycle: { sql: 'd.bill_cycle' },
    customerId: { sql: 'd.customer_id' },
    serviceTypeCode: { sql: 'd.service_type_code' },
    serviceTypeName: { sql: 'd.service_type_name' },
    resourceTypeCode: { sql: 'd.resource_type_code' },
    resourceTypeName: { sql: 'd.resource_type_name' },
    resourceId: { sql: 'd.resource_id' },
    resourceName: { sql: 'd.resource_name' },
    regionName: { sql: 'd.region_name' },
    chargingMode: { sql: 'd.charging_mode' },
    billDetailType: { sql: 'd.bill_detail_type' },
    tradeTime: { sql: 'd.trade_time' },
    officialAmount: { sql: 'd.official_amount', sort: 'd.official_amount_key' },
    discountAmount: { sql: 'd.discount_amount', sort: 'CAST(d.discount_amount AS NUMERIC)' },
    paymentAmount: { sql: 'd.payment_amount', sort: 'd.payment_amount_key' },
    cashAmount: { sql: 'd.cash_amount', sort: 'CAST(d.cash_amount AS NUMERIC)' },
    creditAmount: { sql: 'd.credit_amount', sort: 'CAST(d.credit_amount AS NUMERIC)' },
    couponAmount: { sql: 'd.coupon_amount', sort: 'CAST(d.coupon_amount AS NUMERIC)' },
    debtAmount: { sql: 'd.debt_amount', sort: 'CAST(d.debt_amount AS NUMERIC)' },
    fetchedAt: { sql: 'd.fetched_at' },
  },
  filter(f, where) {
    if (f.customerId) where.add('d.customer_id = ?', f.customerId);
    if (f.billCycle) where.add('d.bill_cycle = ?', f.billCycle);
    if (f.serviceTypeCode) where.add('d.service_type_code = ?', f.serviceTypeCode);
  },
  search: likeAny(['d.customer_id', 'd.resource_id', 'd.resource_name', 'd.service_type_name', 'd.resource_type_name']),
};
