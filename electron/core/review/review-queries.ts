// Answers the review channels from one profile's store: a window of rows, the total and
// the as-of time of the list they come from.
import { AppError } from '../../../shared/contract';
import type {
  AccountBalanceRow,
  AdjustRecordRow,
  BillSeries,
  BillSumGroupRow,
  CustomerDetail,
  CustomerRow,
  ExportView,
  IssuedCouponRow,
  Page,
  PartnerBalances,
  QuotaRow,
} from '../../../shared/contract/channels/review';
import { parseLimitInfos } from '../../../shared/domain/voucher-limits';
import type { LocalStore } from '../infra/store/local-store';
import {
  billSeries,
  billSumsView,
  listOfView,
  runTableQuery,
  viewFor,
  type TableInput,
} from '../infra/store/queries';
import { customersView } from '../infra/store/queries/customer-views';
import { adjustRecordsView } from '../infra/store/queries/record-views';
import { issuedCouponsView } from '../infra/store/queries/voucher-views';

type Query = TableInput<unknown> & { groupBy?: unknown };

export function tablePage<Row>(store: LocalStore, view: ExportView, input: Query): Page<Row> {
  const { rows, total } = runTableQuery<unknown, Row>(store.db, viewFor(view, input), input);
  return { rows, total, offset: input.offset, asOf: store.lists.asOf(listOfView[view]) };
}

/** Quota rows with their restrictions parsed from the stored JSON (a damaged value reads as none). */
export function quotaPage(store: LocalStore, view: 'quotas' | 'childQuotas', input: Query): Page<QuotaRow> {
  const page = tablePage<QuotaRow & { limitInfos: unknown }>(store, view, input);
  return { ...page, rows: page.rows.map((r) => ({ ...r, limitInfos: parseLimitInfos(r.limitInfos) })) };
}


export function partnerBalances(store: LocalStore, indirectPartnerId?: string): PartnerBalances {
  const balances = store.db
    .prepare(`SELECT owner_id AS ownerId, account_id AS accountId, account_type AS accountType, amount,
      designated_amount AS designatedAmount, credit_amount AS creditAmount, currency, memo, fetched_at AS fetchedAt
      FROM account_balances WHERE owner_id = ? ORDER BY account_type, account_id`)
    .all(indirectPartnerId ?? '') as AccountBalanceRow[];
  const asOf = balances.reduce<string | null>((min, b) => (min === null || b.fetchedAt < min ? b.fetchedAt : min), null);
  return { balances, asOf };
}

export function billSeriesOf(store: LocalStore, input: Parameters<typeof billSeries>[1]): BillSeries {
  const currency = (store.db.prepare('SELECT currency FROM bill_sums WHERE currency IS NOT NULL LIMIT 1').get() as
    | { currency: string }
    | undefined)?.currency ?? null;
  return { points: billSeries(store.db, input), currency, asOf: store.lists.asOf('billSums') };
}

const window = (limit: number, sort: { column: string; direction: 'asc' | 'desc' }) => ({ offset: 0, limit, sort });

export function customerDetail(store: LocalStore, customerId: string): CustomerDetail {
  const customer = findCustomer(store, customerId);
  if (!customer) throw new AppError('NOT_FOUND', { what: `Customer ${customerId}` });
  const coupons = runTableQuery<unknown, IssuedCouponRow>(store.db, issuedCouponsView as never, {
    ...window(200, { column: 'createTime', direction: 'desc' }),
    filters: { customerId, deleted: 'include' },
  }).rows;
  const adjustRecords = runTableQuery<unknown, AdjustRecordRow>(store.db, adjustRecordsView as never, {
    ...window(200, { column: 'operationTime', direction: 'desc' }),
    filters: { customerId },
  }).rows;
  const bills = billSeries(store.db, { customerId });
  const latest = bills.at(-1)?.cycle;
  const latestBillByService = latest
    ? runTableQuery<unknown, BillSumGroupRow>(
        store.db,
        billSumsView({ groupBy: ['service'], filters: { customerId, fromCycle: latest, toCycle: latest } }),
        { offset: 0, limit: 100, filters: {} },
      ).rows
    : [];
  return {
    customer,
    coupons,
    adjustRecords,
    bills,
    latestBillByService,
    asOf: {
      customer: customer.fetchedAt,
      balance: customer.balanceFetchedAt,
      coupons: store.lists.asOf('issuedCoupons'),
      adjustRecords: store.lists.asOf('adjustRecords'),
      bills: store.lists.asOf('billSums'),
    },
  };
}

function findCustomer(store: LocalStore, customerId: string): CustomerRow | undefined {
  const spec = customersView;
  const select = Object.entries(spec.columns)
    .map(([name, c]) => `${c.sql} AS "${name}"`)
    .join(', ');
  return store.db.prepare(`SELECT ${select} FROM ${spec.from} WHERE c.customer_id = ?`).get(customerId) as
    | CustomerRow
    | undefined;
}
