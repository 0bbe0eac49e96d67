import type Decimal from 'decimal.js';
import { describe, expect } from 'vitest';
import { operationCases, useHarness } from './harness';

const h = useHarness();

describe('funding operations send what partner-api.md §5 specifies', () => {
  operationCases(h, [
    {
      name: 'ListPartnerBalances (float64 amounts read exactly)',
      call: (api) => api.funding.listPartnerBalances({ indirect_partner_id: 't2' }),
      method: 'GET', path: '/v2/accounts/partner-accounts/balances', query: 'indirect_partner_id=t2',
      reply: { status: 200, body: '{"account_balances":[{"account_id":"a1","account_type":8,"amount":9007199254740993.07,"designated_amount":0.1,"currency":"CNY","measure_id":1}]}' },
      expectResult: (r: { account_balances: { amount: Decimal; designated_amount: Decimal }[] }) => {
        expect(r.account_balances[0]!.amount.toFixed(2)).toBe('9007199254740993.07');
        expect(r.account_balances[0]!.designated_amount.toString()).toBe('0.1');
      },
    },
    {
      name: 'ListCustomersBalancesDetail',
      call: (api) => api.funding.listCustomersBalancesDetail({ customer_infos: [{ customer_id: 'c1' }, { customer_id: 'c2' }] }),
      method: 'POST', path: '/v2/accounts/customer-accounts/balances/batch-query',
      body: { customer_infos: [{ customer_id: 'c1' }, { customer_id: 'c2' }] },
      reply: { status: 200, body: '{"customer_balances":[{"customer_id":"c1","amount":"100.50","debt_amount":0,"currency":"CNY","measure_id":1}]}' },
      expectResult: (r: { customer_balances: { amount: Decimal }[] }) => expect(r.customer_balances[0]!.amount.toFixed(2)).toBe('100.50'),
    },
    {
      name: 'UpdateCustomerAccountAmount',
      call: (api) => api.funding.updateCustomerAccountAmount({ customer_id: 'c1', amount: '1234.5', indirect_partner_id: 't2' }),
      method: 'POST', path: '/v2/accounts/partner-accounts/adjust-amount',
      body: { customer_id: 'c1', amount: '1234.50', indirect_partner_id: 't2' },
      reply: { status: 200, body: { transfer_id: 'AD2001' } },
      expectResult: (r: { transfer_id: string }) => expect(r.transfer_id).toBe('AD2001'),
    },
    {
      name: 'ReclaimToPartnerAccount',
      call: (api) => api.funding.reclaimToPartnerAccount({ customer_id: 'c1', amount: '0.01' }),
      method: 'POST', path: '/v2/accounts/partner-accounts/reclaim',
      body: { customer_id: 'c1', amount: '0.01' },
      reply: { status: 200, body: { trans_id: 'RE1' } },
    },
    {
      name: 'ListPartnerAdjustRecords (string amounts)',
      call: (api) => api.funding.listPartnerAdjustRecords({ customer_id: 'c1', operation_type: 'SOURCE_OPERATION_BEADJUST', trans_id: 'AD 1/2', limit: 100 }),
      method: 'GET', path: '/v3/accounts/partner-accounts/adjust-records',
      query: 'customer_id=c1&operation_type=SOURCE_OPERATION_BEADJUST&trans_id=AD%201%2F2&limit=100',
      reply: { status: 200, body: { total_count: 1, records: [{ customer_id: 'c1', amount: '10.00', trans_id: 'AD1', measure_id: 1 }] } },
      expectResult: (r: { records: { amount: Decimal }[] }) => expect(r.records[0]!.amount.toFixed(2)).toBe('10.00'),
    },
    {
      name: 'ListPartnerAccountChangeRecords (Beijing dates, string amounts, sic spellings kept)',
      call: (api) => api.funding.listPartnerAccountChangeRecords({ balance_type: 'BALANCE_TYPE_DEBIT', trade_type: 'DEDEUCT', trade_time_begin: '2024-01-01', trade_time_end: '2024-01-31' }),
      method: 'GET', path: '/v2/accounts/partner-accounts/account-change-records',
      query: 'balance_type=BALANCE_TYPE_DEBIT&trade_type=DEDEUCT&trade_time_begin=2024-01-01&trade_time_end=2024-01-31',
      reply: { status: 200, body: { total_count: 1, currency: 'CNY', records: [{ trade_detail_type: 'SOURCE_OPERAIION_DEDEUCT', change_amount: '-5.00', balance_after_change: '95.00', type: '2' }] } },
      expectResult: (r: { records: { trade_detail_type: string; balance_after_change: Decimal }[] }) => {
        expect(r.records[0]!.trade_detail_type).toBe('SOURCE_OPERAIION_DEDEUCT');
        expect(r.records[0]!.balance_after_change.toFixed(2)).toBe('95.00');
      },
    },
  ]);
});
