// Vouchers (coupons) and quotas (partner-api.md §6).
import { z } from 'zod';
import { BOTH, op } from '../define';
import { apiRule } from '../schemas/rule-messages';
import { amount, id, nonEmpty, paging, str, timeWindow, utcTime } from '../schemas/request';
import { errorDetails, limitInfo, opt, wDecimal, wFloat, wInt, wStr } from '../schemas/response';

const quotaStatus = z.union([z.literal(0), z.literal(3), z.literal(4), z.literal(5)]);

export const listQuotaCoupons = op({
  name: 'ListQuotaCoupons', method: 'POST', path: '/v2/partners/coupon-quotas/query', in: 'body', sites: BOTH, moneyMoving: false,
  input: z.object({
    quota_ids: z.array(id(64)).max(100).optional(),
    quota_status_list: z.array(quotaStatus).optional(),
    quota_type: z.union([z.literal(0), z.literal(1)]).optional(),
    ...timeWindow('create_time'),
    ...timeWindow('effective_time'),
    ...timeWindow('expire_time'),
    ...paging(),
    indirect_partner_id: str(64).optional(),
  }),
  output: z.object({
    total_count: opt(wInt),
    quotas: opt(z.array(z.object({
      quota_id: opt(wStr), quota_type: opt(wInt), create_time: opt(wStr), last_update_time: opt(wStr), quota_value: opt(wDecimal),
      quota_status: opt(wInt), balance: opt(wDecimal), measure_id: opt(wInt), currency: opt(wStr), effective_time: opt(wStr),
      expire_time: opt(wStr), limit_infos: opt(z.array(limitInfo)),
    }))),
  }),
  page: { items: 'quotas', count: 'total_count', maxLimit: 100 },
});

export const createPartnerCoupons = op({
  name: 'CreatePartnerCoupons', method: 'POST', path: '/v2/promotions/benefits/partner-coupons', in: 'body', sites: BOTH, moneyMoving: true,
  input: z.object({
    quota_id: id(64),
    customer_ids: z.array(id(64)).min(1).max(100),
    face_value: amount,
    valid_time: utcTime.optional(),
    expire_time: utcTime.optional(),
    cloud_service_types: z.array(id(64)).max(10).optional(),
    product_ids: z.array(id(64)).max(10).optional(),
    // Open question §10.6: no documented maximum; 256 like the other remarks [INF].
    memo: str(256).optional(),
    indirect_partner_id: str(64).optional(),
  }),
  output: z.object({ coupon_infos: opt(z.array(z.object({ id: opt(wStr), coupon_id: opt(wStr) }))), error_details: errorDetails }),
});

export const reclaimPartnerCoupons = op({
  name: 'ReclaimPartnerCoupons', method: 'POST', path: '/v2/promotions/benefits/partner-coupons/reclaim', in: 'body', sites: BOTH, moneyMoving: true,
  input: z.object({ coupon_id: id(64), indirect_partner_id: nonEmpty(100).optional() }),
  // HTTP 204 on success (§6.3).
  output: z.object({}),
});

const status15 = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

export const listIssuedPartnerCoupons = op({
  name: 'ListIssuedPartnerCoupons', method: 'GET', path: '/v2/promotions/benefits/partner-coupons', in: 'query', sites: BOTH, moneyMoving: false,
  input: z.object({
    coupon_id: nonEmpty(64).optional(),
    customer_id: str(64).optional(),
    order_id: nonEmpty(64).optional(),
    coupon_type: z.union([z.literal(1), z.literal(4)]).optional(),
    status: status15.optional(),
    ...timeWindow('create_time'),
    ...timeWindow('effective_time'),
    ...timeWindow('expire_time'),
    ...paging(),
    indirect_partner_id: str(64).optional(),
  }),
  output: z.object({
    total_count: opt(wInt),
    user_coupons: opt(z.array(z.object({
      coupon_id: opt(wStr), customer_id: opt(wStr), status: opt(wInt), coupon_type: opt(wInt), measure_id: opt(wInt),
      face_value: opt(wDecimal), balance: opt(wDecimal), effective_time: opt(wStr), expire_time: opt(wStr), create_time: opt(wStr),
      active_time: opt(wStr), last_used_time: opt(wStr), order_id: opt(wStr), lock_order_id: opt(wStr), promotion_plan_id: opt(wStr),
      promotion_plan_name: opt(wStr), promotion_plan_desc: opt(wStr), promotion_id: opt(wStr), media_type: opt(wInt), fetch_method: opt(wInt),
      use_limits: opt(z.array(z.object({
        use_limiti_info_id: opt(wStr), limit_key: opt(wStr), value1: opt(wStr), value2: opt(wStr), value_unit: opt(wStr),
        limit_type: opt(wStr), promotion_plan_id: opt(wStr),
      }))),
      is_frozen: opt(wStr),
    }))),
  }),
  page: { items: 'user_coupons', count: 'total_count', maxLimit: 100 },
});

export const listPartnerCouponsRecord = op({
  name: 'ListPartnerCouponsRecord', method: 'GET', path: '/v2/promotions/benefits/partner-coupons/records/query', in: 'query', sites: BOTH, moneyMoving: false,
  input: z.object({
    operation_types: z.array(z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9'])).optional(),
    quota_id: str(64).optional(),
    quota_type: z.union([z.literal(0), z.literal(1)]).optional(),
    coupon_ids: z.array(id(64)).max(100).optional(),
    customer_id: str(64).optional(),
    ...timeWindow('operation_time'),
    result: z.enum(['0', '-1']).optional(),
    ...paging(),
    indirect_partner_id: str(64).optional(),
  }),
  output: z.object({
    total_count: opt(wInt),
    records: opt(z.array(z.object({
      id: opt(wStr), operation_type: opt(wStr), quota_id: opt(wStr), quota_type: opt(wInt), coupon_id: opt(wStr), customer_id: opt(wStr),
      operation_amount: opt(wDecimal), operation_time: opt(wStr), result: opt(wStr), remark: opt(wStr),
    }))),
  }),
  page: { items: 'records', count: 'total_count', maxLimit: 100 },
});

export const listSubCustomerCoupons = op({
  name: 'ListSubCustomerCoupons', method: 'GET', path: '/v2/promotions/benefits/coupons', in: 'query', sites: BOTH, moneyMoving: false,
  input: z.object({
    coupon_id: str(64).optional(),
    order_id: str(64).optional(),
    promotion_plan_id: str(64).optional(),
    coupon_type: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    status: status15.optional(),
    active_start_time: utcTime.optional(),
    active_end_time: utcTime.optional(),
    ...paging(),
    source_id: str(64).optional(),
    indirect_partner_id: str(64).optional(),
  }).refine((v) => v.offset === undefined || v.limit !== undefined, { ...apiRule('offsetWithLimit'), path: ['limit'] }),
  output: z.object({
    count: opt(wInt),
    user_coupons: opt(z.array(z.object({
      coupon_id: opt(wStr), coupon_code: opt(wStr), status: opt(wInt), customer_id: opt(wStr), coupon_type: opt(wInt), measure_id: opt(wInt),
      // SDK float64 (§6.6).
      face_value: opt(wFloat), balance: opt(wFloat),
      valid_time: opt(wStr), expire_time: opt(wStr), order_id: opt(wStr), promotion_plan_id: opt(wStr), plan_name: opt(wStr), plan_desc: opt(wStr),
      media_type: opt(wInt), fetch_method: opt(wInt), active_time: opt(wStr), reserve_time: opt(wStr), promotion_id: opt(wStr),
      create_time: opt(wStr), coupon_version: opt(wInt), lock_order_id: opt(wStr), coupon_usage: opt(wInt), is_frozen: opt(wStr),
      currency: opt(wStr), extend_param1: opt(wStr), source_id: opt(wStr),
    }))),
  }),
  page: { items: 'user_coupons', count: 'count', maxLimit: 100 },
});
