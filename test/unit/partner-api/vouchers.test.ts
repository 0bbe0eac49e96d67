import type Decimal from 'decimal.js';
import { describe, expect } from 'vitest';
import { operationCases, useHarness } from './harness';

const h = useHarness();

describe('voucher operations send what partner-api.md §6 specifies', () => {
  operationCases(h, [
    {
      name: 'ListQuotaCoupons',
      call: (api) => api.vouchers.listQuotaCoupons({ quota_status_list: [0, 5], quota_type: 0, expire_time_begin: '2024-01-01T00:00:00Z' }),
      method: 'POST', path: '/v2/partners/coupon-quotas/query',
      body: { quota_status_list: [0, 5], quota_type: 0, expire_time_begin: '2024-01-01T00:00:00Z' },
      reply: { status: 200, body: '{"total_count":1,"quotas":[{"quota_id":"q1","quota_value":5000,"balance":4999.5,"limit_infos":[{"limit_key":"serviceType","limit_values":[{"value1":"hws.service.type.ebs"}]}]}]}' },
      expectResult: (r: { quotas: { balance: Decimal }[] }) => expect(r.quotas[0]!.balance.toString()).toBe('4999.5'),
    },
    {
      name: 'CreatePartnerCoupons',
      call: (api) => api.vouchers.createPartnerCoupons({ quota_id: 'q1', customer_ids: ['c1', 'c2'], face_value: '50', cloud_service_types: ['hws.service.type.ebs'] }),
      method: 'POST', path: '/v2/promotions/benefits/partner-coupons',
      body: { quota_id: 'q1', customer_ids: ['c1', 'c2'], face_value: '50.00', cloud_service_types: ['hws.service.type.ebs'] },
      reply: { status: 200, body: { coupon_infos: [{ id: 'c1', coupon_id: 'k1' }], error_details: [{ id: 'c2', error_code: 'CBC.99000013', error_msg: 'quota' }] } },
      expectResult: (r: { coupon_infos: unknown[]; error_details: unknown[] }) => {
        expect(r.coupon_infos).toHaveLength(1);
        expect(r.error_details).toHaveLength(1);
      },
    },
    {
      name: 'ReclaimPartnerCoupons (HTTP 204)',
      call: (api) => api.vouchers.reclaimPartnerCoupons({ coupon_id: 'k1' }),
      method: 'POST', path: '/v2/promotions/benefits/partner-coupons/reclaim',
      body: { coupon_id: 'k1' },
      reply: { status: 204 },
    },
    {
      name: 'ListIssuedPartnerCoupons',
      call: (api) => api.vouchers.listIssuedPartnerCoupons({ customer_id: 'c1', status: 2, coupon_type: 1, offset: 0, limit: 20 }),
      method: 'GET', path: '/v2/promotions/benefits/partner-coupons', query: 'customer_id=c1&coupon_type=1&status=2&offset=0&limit=20',
      reply: { status: 200, body: '{"total_count":1,"user_coupons":[{"coupon_id":"k1","face_value":50.00,"balance":12.34,"status":2,"use_limits":[{"use_limiti_info_id":"u1"}]}]}' },
      expectResult: (r: { user_coupons: { balance: Decimal }[] }) => expect(r.user_coupons[0]!.balance.toFixed(2)).toBe('12.34'),
    },
    {
      name: 'ListPartnerCouponsRecord (arrays as repeated keys)',
      call: (api) => api.vouchers.listPartnerCouponsRecord({ operation_types: ['1', '2'], coupon_ids: ['k1', 'k 2'], result: '0' }),
      method: 'GET', path: '/v2/promotions/benefits/partner-coupons/records/query',
      query: 'operation_types=1&operation_types=2&coupon_ids=k1&coupon_ids=k%202&result=0',
      reply: { status: 200, body: '{"total_count":1,"records":[{"id":"r1","operation_amount":50.00,"quota_type":0}]}' },
    },
    {
      name: 'ListSubCustomerCoupons (count, float64 face value)',
      call: (api) => api.vouchers.listSubCustomerCoupons({ status: 2, offset: 0, limit: 10 }),
      method: 'GET', path: '/v2/promotions/benefits/coupons', query: 'status=2&offset=0&limit=10',
      reply: { status: 200, body: '{"count":1,"user_coupons":[{"coupon_id":"k1","face_value":100.10,"balance":0.1}]}' },
      expectResult: (r: { count: number; user_coupons: { face_value: Decimal }[] }) => expect(r.user_coupons[0]!.face_value.toFixed(2)).toBe('100.10'),
    },
  ]);
});
