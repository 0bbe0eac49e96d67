import type { BillDetailRow, BillSumGroupRow } from '../../../shared/contract/channels/review';
import { col } from '../../components/table/columns';
import type { ColumnDef } from '../../components/table/types';
import type { BillDetailColumn, BillGroupKey, BillSumColumn } from '../../stores/bills-store';

const h = (id: BillSumColumn) => `bills.col.${id}`;
const cny = () => 'CNY' as const;
type Def = ColumnDef<BillSumGroupRow, BillSumColumn>;

const byKey: Record<BillGroupKey, Def[]> = {
  cycle: [col.text('cycle', h('cycle'), 90, (r: BillSumGroupRow) => r.cycle)],
  customer: [
    col.text('customerName', h('customerName'), 200, (r: BillSumGroupRow) => r.customerName),
    col.text('accountName', h('accountName'), 150, (r: BillSumGroupRow) => r.accountName),
    col.id('customerId', h('customerId'), 250, (r: BillSumGroupRow) => r.customerId, { hiddenByDefault: true }),
  ],
  service: [
    col.text('cloudServiceTypeName', h('cloudServiceTypeName'), 180, (r: BillSumGroupRow) => r.cloudServiceTypeName),
    col.id('cloudServiceType', h('cloudServiceType'), 200, (r: BillSumGroupRow) => r.cloudServiceType, { hiddenByDefault: true }),
  ],
};

const sums: Def[] = [
  col.money('amount', h('amount'), 140, (r: BillSumGroupRow) => r.amount, cny),
  col.money('debtAmount', h('debtAmount'), 120, (r: BillSumGroupRow) => r.debtAmount, cny),
  col.money('discountAmount', h('discountAmount'), 120, (r: BillSumGroupRow) => r.discountAmount, cny),
  col.money('adjustmentAmount', h('adjustmentAmount'), 120, (r: BillSumGroupRow) => r.adjustmentAmount, cny),
  col.number('lineCount', h('lineCount'), 70, (r: BillSumGroupRow) => r.lineCount),
];

/** The key columns of the chosen grouping, then the sums. */
export function billColumnDefs(groupBy: readonly BillGroupKey[]): Def[] {
  return [...(['cycle', 'customer', 'service'] as const).filter((k) => groupBy.includes(k)).flatMap((k) => byKey[k]), ...sums];
}

const d = (id: BillDetailColumn) => `bills.detailCol.${id}`;

/** Resource lines: amounts carry up to 8 decimals; cells show 2, the exact value in the title. */
export const billDetailColumnDefs: readonly ColumnDef<BillDetailRow, BillDetailColumn>[] = [
  col.text('billCycle', d('billCycle'), 80, (r: BillDetailRow) => r.billCycle),
  col.text('serviceTypeName', d('serviceTypeName'), 160, (r: BillDetailRow) => r.serviceTypeName),
  col.text('resourceTypeName', d('resourceTypeName'), 150, (r: BillDetailRow) => r.resourceTypeName),
  col.text('resourceName', d('resourceName'), 180, (r: BillDetailRow) => r.resourceName),
  col.text('regionName', d('regionName'), 110, (r: BillDetailRow) => r.regionName),
  col.money('officialAmount', d('officialAmount'), 120, (r: BillDetailRow) => r.officialAmount, cny),
  col.money('discountAmount', d('discountAmount'), 110, (r: BillDetailRow) => r.discountAmount, cny),
  col.money('paymentAmount', d('paymentAmount'), 120, (r: BillDetailRow) => r.paymentAmount, cny),
  col.money('cashAmount', d('cashAmount'), 110, (r: BillDetailRow) => r.cashAmount, cny, { hiddenByDefault: true }),
  col.money('creditAmount', d('creditAmount'), 110, (r: BillDetailRow) => r.creditAmount, cny, { hiddenByDefault: true }),
  col.money('couponAmount', d('couponAmount'), 110, (r: BillDetailRow) => r.couponAmount, cny, { hiddenByDefault: true }),
  col.money('debtAmount', d('debtAmount'), 110, (r: BillDetailRow) => r.debtAmount, cny),
  col.date('tradeTime', d('tradeTime'), 140, (r: BillDetailRow) => r.tradeTime),
  col.id('customerId', d('customerId'), 250, (r: BillDetailRow) => r.customerId, { hiddenByDefault: true }),
  col.text('chargingMode', d('chargingMode'), 90, (r: BillDetailRow) => r.chargingMode, { hiddenByDefault: true }),
  col.text('billDetailType', d('billDetailType'), 90, (r: BillDetailRow) => r.billDetailType, { hiddenByDefault: true }),
  col.date('fetchedAt', d('fetchedAt'), 130, (r: BillDetailRow) => r.fetchedAt, { hiddenByDefault: true }),
];
