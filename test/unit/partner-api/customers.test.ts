import { describe, expect } from 'vitest';
import { operationCases, useHarness } from './harness';

const h = useHarness();

describe('customer operations send what partner-api.md §3 specifies', () => {
  operationCases(h, [
    {
      name: 'CheckUserIdentity',
      call: (api) => api.customers.checkUserIdentity({ search_type: 'mobile', search_value: '0086-13800000000' }),
      method: 'POST', path: '/v2/partners/sub-customers/users/check-identity',
      body: { search_type: 'mobile', search_value: '0086-13800000000' },
      reply: { status: 200, body: { check_result: 'available', mobile_remain_available_num: 3 } },
      expectResult: (r: { check_result: string; mobile_remain_available_num: number }) => expect(r).toMatchObject({ check_result: 'available', mobile_remain_available_num: 3 }),
    },
    {
      name: 'SendVerificationMessageCode',
      call: (api) => api.customers.sendVerificationMessageCode({ receiver_type: 1, mobile_phone: '13800000000', scene: 29 }),
      method: 'POST', path: '/v2/bases/verificationcode/send',
      body: { receiver_type: 1, mobile_phone: '13800000000', scene: 29 },
      reply: { status: 204 },
    },
    {
      name: 'CreateSubCustomer',
      call: (api) => api.customers.createSubCustomer({ xaccount_id: 'x-1', xaccount_type: 'acme_IDP', domain_name: 'acme-shop', is_close_market_ms: 'true' }),
      method: 'POST', path: '/v2/partners/sub-customers',
      body: { xaccount_id: 'x-1', xaccount_type: 'acme_IDP', domain_name: 'acme-shop', is_close_market_ms: 'true' },
      reply: { status: 200, body: { domain_id: 'd1', domain_name: 'acme-shop' } },
      expectResult: (r: { domain_id: string; requestId: string }) => expect(r).toMatchObject({ domain_id: 'd1', requestId: expect.stringMatching(/^req-/) }),
    },
    {
      name: 'ListSubCustomers',
      call: (api) => api.customers.listSubCustomers({ account_name: '客户 A', offset: 0, limit: 100, association_type: '2' }),
      method: 'POST', path: '/v2/partners/sub-customers/query',
      body: { account_name: '客户 A', offset: 0, limit: 100, association_type: '2' },
      reply: { status: 200, body: '{"count":1,"customer_infos":[{"customer_id":"c1","account_name":"a","customer_type":1,"is_frozen":0}]}' },
      expectResult: (r: { count: number; customer_infos: { customer_id: string }[] }) => {
        expect(r.count).toBe(1);
        expect(r.customer_infos[0]!.customer_id).toBe('c1');
      },
    },
    {
      name: 'ListSubCustomerNewTag',
      call: (api) => api.customers.listSubCustomerNewTag({ customer_ids: ['c1', 'c2'], limit: 10 }),
      method: 'POST', path: '/v2/partners/sub-customers/new-customers-tags/batch-query',
      body: { customer_ids: ['c1', 'c2'], limit: 10 },
      reply: { status: 200, body: { new_customer_tags: [{ customer_id: 'c1', customer_tag_type: 'SMB', new_customer_tag: 'Y', effective_time: '2024-01', expire_time: '2024-12' }] } },
    },
  ]);
});
