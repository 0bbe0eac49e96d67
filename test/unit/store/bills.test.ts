import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { billSumsQuery, type BillSumGroupRow, type Page } from '../../../shared/contract/channels/review';
import { billSeriesOf, tablePage } from '../../../electron/core/review/review-queries';
import type { LocalStore } from '../../../electron/core/infra/store/local-store';
import { ctx, openTemp, sampleCustomers } from './fixtures';

let store: LocalStore;
let cleanup: () => void;
beforeEach(() => {
  ({ store, cleanup } = openTemp());
  store.customers.customers(sampleCustomers, null, ctx);
  const line = (customer_id: string, cloud_service_type: string, amount: string, charge_mode = '3') =>
    ({ customer_id, cloud_service_type, cloud_service_type_name: cloud_service_type.toUpperCase(), amount, debt_amount: '0', charge_mode });
  store.bills.billSums('2025-11', [line('c-001', 'ecs', '0.1'), line('c-001', 'obs', '0.2'), line('c-002', 'ecs', '10.005')], 'CNY', null, ctx);
  store.bills.billSums('2025-12', [line('c-001', 'ecs', '1000000000000.01'), line('c-002', 'ecs', '-3.5', '1')], 'CNY', null, ctx);
});
afterEach(() => cleanup());

const sums = (input: unknown) => tablePage<BillSumGroupRow>(store, 'billSums', billSumsQuery.parse(input) as never) as Page<BillSumGroupRow>;

describe('bill sums', () => {
  it('adds money exactly as decimals (0.1 + 0.2 is 0.3, not 0.30000000000000004)', () => {
    const row = sums({ groupBy: ['cycle', 'customer'], filters: { fromCycle: '2025-11', toCycle: '2025-11', customerId: 'c-001' } }).rows[0]!;
    expect(row).toMatchObject({ cycle: '2025-11', customerId: 'c-001', customerName: '张三科技有限公司', amount: '0.3', lineCount: 2 });
  });

  it('groups by customer across months, largest first, keeping 13+ significant digits', () => {
    const page = sums({ groupBy: ['customer'] });
    expect(page.rows.map((r) => [r.customerId, r.amount])).toEqual([['c-001', '1000000000000.31'], ['c-002', '6.505']]);
    expect(page.total).toBe(2);
  });

  it('groups by service and searches customer and service names', () => {
    expect(sums({ groupBy: ['service'], sort: { column: 'cloudServiceType', direction: 'asc' } }).rows.map((r) => [r.cloudServiceType, r.amount]))
      .toEqual([['ecs', '1000000000006.615'], ['obs', '0.2']]);
    expect(sums({ groupBy: ['customer'], search: '李四' }).rows.map((r) => r.customerId)).toEqual(['c-002']);
  });

  it('gives the chart a per-month series, oldest first', () => {
    expect(billSeriesOf(store, {}).points).toEqual([
      { cycle: '2025-11', amount: '10.305', debtAmount: '0' },
      { cycle: '2025-12', amount: '999999999996.51', debtAmount: '0' },
    ]);
  });
});
