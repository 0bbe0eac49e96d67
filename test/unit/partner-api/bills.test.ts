import type Decimal from 'decimal.js';
import { describe, expect } from 'vitest';
import { operationCases, useHarness } from './harness';

const h = useHarness();

describe('bill operations send what partner-api.md §7.3–7.5 specifies', () => {
  operationCases(h, [
    {
      name: 'ListSubcustomerMonthlyBills',
      call: (api) => api.bills.listSubcustomerMonthlyBills({ cycle: '2024-01', charge_mode: '3', bill_type: '0' }),
      method: 'GET', path: '/v2/bills/partner-bills/subcustomer-bills/monthly-sum', query: 'cycle=2024-01&charge_mode=3&bill_type=0',
      reply: { status: 200, body: '{"count":1,"currency":"CNY","bill_sums":[{"customer_id":"c1","amount":-12.5,"account_details":[{"balance_type":"BALANCE_TYPE_COUPON","amount":2.5}]}]}' },
      expectResult: (r: { bill_sums: { amount: Decimal }[] }) => expect(r.bill_sums[0]!.amount.toString()).toBe('-12.5'),
    },
    {
      name: 'ListSubCustomerBillDetail (X-Language header signed)',
      call: (api) => api.bills.listSubCustomerBillDetail({ x_language: 'en_us', bill_cycle: '2024-01', customer_id: 'c1', bill_date_begin: '2024-01-01', bill_date_end: '2024-01-31' }),
      method: 'GET', path: '/v2/bills/subcustomer-bills/res-fee-records',
      query: 'bill_cycle=2024-01&customer_id=c1&bill_date_begin=2024-01-01&bill_date_end=2024-01-31',
      signed: { 'x-language': 'en_us' },
      reply: { status: 200, body: '{"total_count":1,"currency":"CNY","fee_records":[{"customer_id":"c1","official_amount":0.00000123,"period_type":20}]}' },
      expectResult: (r: { fee_records: { official_amount: Decimal }[] }) => expect(r.fee_records[0]!.official_amount.toFixed(8)).toBe('0.00000123'),
    },
    {
      name: 'ListConsumeSubCustomers',
      call: (api) => api.bills.listConsumeSubCustomers({ bill_cycle: '2024-01', limit: 100 }),
      method: 'POST', path: '/v2/bills/subcustomer-bills/res-fee-records/sub-customers/query',
      body: { bill_cycle: '2024-01', limit: 100 },
      reply: { status: 200, body: { total_count: 1, sub_customers: [{ customer_id: 'c1' }] } },
    },
  ]);
});
