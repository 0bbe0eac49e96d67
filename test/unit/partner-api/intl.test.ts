import type Decimal from 'decimal.js';
import { describe, expect } from 'vitest';
import { DOMAIN_ID, operationCases, useHarness } from './harness';

const h = useHarness();

describe('international-only operations send what partner-api.md §3.5, §3.6, §7.7 specify', () => {
  operationCases(h, [
    {
      name: 'FreezeSubCustomers', site: 'intl',
      call: (api) => api.intl.freezeSubCustomers({ customer_ids: ['c1', 'c2'], reason: 'overdue', freeze_type: 'ACCOUNT' }),
      method: 'POST', path: '/v2/partners/sub-customers/freeze',
      body: { customer_ids: ['c1', 'c2'], reason: 'overdue', freeze_type: 'ACCOUNT' },
      reply: { status: 200, body: { error_details: [{ id: 'c2', error_code: 'CBC.99000035', error_msg: 'x' }] } },
    },
    {
      name: 'UnfreezeSubCustomers', site: 'intl',
      call: (api) => api.intl.unfreezeSubCustomers({ customer_ids: ['c1'], reason: 'paid', unfreeze_type: 'ACCOUNT_AND_RESOURCE' }),
      method: 'POST', path: '/v2/partners/sub-customers/unfreeze',
      body: { customer_ids: ['c1'], reason: 'paid', unfreeze_type: 'ACCOUNT_AND_RESOURCE' },
      reply: { status: 200, body: {} },
    },
    {
      name: 'ListInvoices ({domain_id} from the credentials)', site: 'intl',
      call: (api) => api.intl.listInvoices({ start_time: '2024-01-01T00:00:00Z', end_time: '2024-02-01T00:00:00Z', offset: 1, limit: 10 }),
      method: 'GET', path: `/v1.0/${DOMAIN_ID}/payments/intl-invoices`,
      query: 'start_time=2024-01-01T00%3A00%3A00Z&end_time=2024-02-01T00%3A00%3A00Z&offset=1&limit=10',
      reply: { status: 200, body: '{"count":1,"invoices":[{"requestId":"r1","invoiceAmount":120.45,"invoiceState":8}]}' },
      expectResult: (r: { invoices: { invoiceAmount: Decimal }[] }) => expect(r.invoices[0]!.invoiceAmount.toFixed(2)).toBe('120.45'),
    },
    {
      name: 'ListPostpaidBillSum', site: 'intl',
      call: (api) => api.intl.listPostpaidBillSum({ bill_cycle: '2024-01' }),
      method: 'GET', path: '/v2/bills/partner-bills/postpaid-bill-summary', query: 'bill_cycle=2024-01',
      reply: { status: 200, body: '{"bill_cycle":"2024-01","initial_amount_due":10.01,"currency":"USD"}' },
    },
    {
      name: 'UpdateSubCustomerBudget', site: 'intl',
      call: (api) => api.intl.updateSubCustomerBudget({ customer_id: 'c1', budget_amount: '0', budget_type: 'MONTHLY', frozen_operate_type: 1 }),
      method: 'POST', path: '/v2/partners/sub-customers/budget',
      body: { customer_id: 'c1', budget_amount: '0.00', budget_type: 'MONTHLY', frozen_operate_type: 1 },
      reply: { status: 204 },
    },
    {
      name: 'ShowSubCustomerBudget', site: 'intl',
      call: (api) => api.intl.showSubCustomerBudget({ customer_id: 'c1' }),
      method: 'GET', path: '/v2/partners/sub-customers/budget', query: 'customer_id=c1',
      reply: { status: 200, body: '{"customer_id":"c1","budget_amount":100,"used_amount":99.99,"budget_type":"MONTHLY"}' },
    },
    {
      name: 'ListSubCustomerBudget', site: 'intl',
      call: (api) => api.intl.listSubCustomerBudget({ customer_ids: ['c1'] }),
      method: 'POST', path: '/v2/partners/sub-customers/budget/query',
      body: { customer_ids: ['c1'] },
      reply: { status: 200, body: { budget_infos: [] } },
    },
    {
      name: 'ListSubCustomerBudgetRecords', site: 'intl',
      call: (api) => api.intl.listSubCustomerBudgetRecords({ customer_id: 'c1', operation_type: 'SETTING', offset: 0, limit: 10 }),
      method: 'GET', path: '/v2/partners/sub-customers/budget/records', query: 'customer_id=c1&operation_type=SETTING&offset=0&limit=10',
      reply: { status: 200, body: '{"total_count":1,"currency":"USD","record_list":[{"budget_amount":100.00,"operation_type":"SETTING"}]}' },
      expectResult: (r: { record_list: { budget_amount: Decimal }[] }) => expect(r.record_list[0]!.budget_amount.toFixed(2)).toBe('100.00'),
    },
  ]);
});
