import type { BillSumGroupRow } from '../../../shared/contract/channels/review';
import { col } from '../../components/table/columns';
import type { ColumnDef } from '../../components/table/types';
import type { BillGroupKey, BillSumColumn } from '../../stores/bills-store';

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
