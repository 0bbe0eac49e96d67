import Decimal from 'decimal.js';
import { describe, expect } from 'vitest';
import { operationCases, useHarness } from './harness';

const h = useHarness();

describe('reseller (T2) operations send what partner-api.md §4 specifies', () => {
  operationCases(h, [
    {
      name: 'ListIndirectPartners',
      call: (api) => api.resellers.listIndirectPartners({ account_name: 'reseller', associated_on_begin: '2024-01-01T00:00:00Z', limit: 50 }),
      method: 'POST', path: '/v2/partners/indirect-partners/query',
      body: { account_name: 'reseller', associated_on_begin: '2024-01-01T00:00:00Z', limit: 50 },
      reply: { status: 200, body: { count: 1, indirect_partners: [{ indirect_partner_id: 't2', account_name: 'r' }] } },
    },
    {
      name: 'UpdateIndirectPartnerAccount (amount sent as a two-decimal string)',
      call: (api) => api.resellers.updateIndirectPartnerAccount({ indirect_partner_id: 't2', amount: '10' }),
      method: 'POST', path: '/v2/accounts/partner-accounts/indirect-partner-adjust',
      body: { indirect_partner_id: 't2', amount: '10.00' },
      reply: { status: 200, body: { transfer_id: 'AD200001' } },
      expectResult: (r: { transfer_id: string }) => expect(r.transfer_id).toBe('AD200001'),
    },
    {
      name: 'ReclaimIndirectPartnerAccount (Decimal input)',
      call: (api) => api.resellers.reclaimIndirectPartnerAccount({ indirect_partner_id: 't2', amount: new Decimal('0.5') }),
      method: 'POST', path: '/v2/accounts/partner-accounts/indirect-partner-reclaim',
      body: { indirect_partner_id: 't2', amount: '0.50' },
      reply: { status: 200, body: { trans_id: 'RE2007030833010000eb' } },
      expectResult: (r: { trans_id: string }) => expect(r.trans_id).toBe('RE2007030833010000eb'),
    },
    {
      name: 'UpdateCouponQuotas (partial success with error_details)',
      call: (api) => api.resellers.updateCouponQuotas({ quota_id: 'q1', indirect_partner_ids: ['t2', 't3'], quota_amount: '99.9' }),
      method: 'POST', path: '/v2/partners/coupon-quotas/indirect-partner-adjust',
      body: { quota_id: 'q1', indirect_partner_ids: ['t2', 't3'], quota_amount: '99.90' },
      reply: { status: 200, body: { simple_quota_infos: [{ id: 't2', quota_id: 'cq1' }], error_details: [{ id: 't3', error_code: 'CBC.99000037', error_msg: 'no permission' }] } },
      expectResult: (r: { error_details: { id: string; error_code: string }[] }) => expect(r.error_details).toEqual([{ id: 't3', error_code: 'CBC.99000037', error_msg: 'no permission' }]),
    },
    {
      name: 'ReclaimCouponQuotas',
      call: (api) => api.resellers.reclaimCouponQuotas({ quota_ids: ['cq1'], remark: '' }),
      method: 'POST', path: '/v2/partners/coupon-quotas/indirect-partner-reclaim',
      body: { quota_ids: ['cq1'], remark: '' },
      reply: { status: 200, body: '{"simple_quota_infos":[{"quota_id":"cq1","quota_balance":12.30}]}' },
      expectResult: (r: { simple_quota_infos: { quota_balance: Decimal }[] }) => expect(r.simple_quota_infos[0]!.quota_balance.toFixed(2)).toBe('12.30'),
    },
    {
      name: 'ListIssuedCouponQuotas',
      call: (api) => api.resellers.listIssuedCouponQuotas({ indirect_partner_id: 't2', parent_quota_id: '', offset: 10, limit: 10 }),
      method: 'GET', path: '/v2/partners/issued-coupon-quotas', query: 'indirect_partner_id=t2&parent_quota_id=&offset=10&limit=10',
      reply: { status: 200, body: '{"total_count":1,"quotas":[{"quota_id":"cq1","quota_value":1000.00,"balance":999.99,"quota_status":0}]}' },
      expectResult: (r: { quotas: { balance: Decimal }[] }) => expect(r.quotas[0]!.balance.toString()).toBe('999.99'),
    },
    {
      name: 'ListCouponQuotasRecords',
      call: (api) => api.resellers.listCouponQuotasRecords({ operation_type: '10', operation_time_begin: '2024-01-01T00:00:00Z' }),
      method: 'GET', path: '/v2/partners/coupon-quotas/records', query: 'operation_time_begin=2024-01-01T00%3A00%3A00Z&operation_type=10',
      reply: { status: 200, body: { total_count: 0, records: [] } },
    },
  ]);
});
