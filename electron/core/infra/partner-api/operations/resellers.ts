// Cloud resellers (T2), T1 only (partner-api.md §4).
import { z } from 'zod';
import { CN, op } from '../define';
import { amount, id, paging, str, timeWindow } from '../schemas/request';
import { errorDetails, limitInfo, opt, wDecimal, wInt, wStr } from '../schemas/response';

export const listIndirectPartners = op({
  name: 'ListIndirectPartners', method: 'POST', path: '/v2/partners/indirect-partners/query', in: 'body', sites: CN, moneyMoving: false,
  input: z.object({
    account_name: str(64).optional(),
    ...timeWindow('associated_on'),
    indirect_partner_id: str(64).optional(),
    ...paging(40_000_000),
  }),
  output: z.object({
    count: opt(wInt),
    indirect_partners: opt(z.array(z.object({
      indirect_partner_id: opt(wStr), mobile_phone: opt(wStr), email: opt(wStr), account_name: opt(wStr), name: opt(wStr),
      associated_on: opt(wStr), account_manager_id: opt(wStr), account_manager_name: opt(wStr),
    }))),
  }),
  page: { items: 'indirect_partners', count: 'count', maxLimit: 100 },
});

export const updateIndirectPartnerAccount = op({
  name: 'UpdateIndirectPartnerAccount', method: 'POST', path: '/v2/accounts/partner-accounts/indirect-partner-adjust', in: 'body', sites: CN, moneyMoving: true,
  input: z.object({ indirect_partner_id: id(64), amount }),
  output: z.object({ transfer_id: wStr }),
});

export const reclaimIndirectPartnerAccount = op({
  name: 'ReclaimIndirectPartnerAccount', method: 'POST', path: '/v2/accounts/partner-accounts/indirect-partner-reclaim', in: 'body', sites: CN, moneyMoving: true,
  input: z.object({ indirect_partner_id: id(64), amount }),
  // Note the field name differs from the grant's transfer_id (§4.3).
  output: z.object({ trans_id: wStr }),
});

export const updateCouponQuotas = op({
  name: 'UpdateCouponQuotas', method: 'POST', path: '/v2/partners/coupon-quotas/indirect-partner-adjust', in: 'body', sites: CN, moneyMoving: true,
  input: z.object({ quota_id: id(64), indirect_partner_ids: z.array(id(64)).min(1).max(100), quota_amount: amount }),
  output: z.object({ simple_quota_infos: opt(z.array(z.object({ id: opt(wStr), quota_id: opt(wStr) }))), error_details: errorDetails }),
});

export const reclaimCouponQuotas = op({
  name: 'ReclaimCouponQuotas', method: 'POST', path: '/v2/partners/coupon-quotas/indirect-partner-reclaim', in: 'body', sites: CN, moneyMoving: true,
  input: z.object({ quota_ids: z.array(id(64)).min(1).max(10), remark: str(256).optional() }),
  output: z.object({ simple_quota_infos: opt(z.array(z.object({ quota_id: opt(wStr), quota_balance: opt(wDecimal) }))), error_details: errorDetails }),
});

export const listIssuedCouponQuotas = op({
  name: 'ListIssuedCouponQuotas', method: 'GET', path: '/v2/partners/issued-coupon-quotas', in: 'query', sites: CN, moneyMoving: false,
  input: z.object({
    quota_id: str(64).optional(),
    indirect_partner_id: str(64).optional(),
    // Absent → no filter; "" → filter on empty (§4.7), so "" is allowed here.
    parent_quota_id: str(64).optional(),
    ...paging(),
  }),
  output: z.object({
    total_count: opt(wInt),
    quotas: opt(z.array(z.object({
      quota_id: opt(wStr), quota_type: opt(wInt), create_time: opt(wStr), last_update_time: opt(wStr), effective_time: opt(wStr), expire_time: opt(wStr),
      quota_value: opt(wDecimal), balance: opt(wDecimal), quota_status: opt(wInt), measure_id: opt(wInt), currency: opt(wStr),
      limit_infos: opt(z.array(limitInfo)), indirect_partner_id: opt(wStr), indirect_partner_account_name: opt(wStr), indirect_partner_name: opt(wStr),
      parent_quota_id: opt(wStr),
    }))),
  }),
  page: { items: 'quotas', count: 'total_count', maxLimit: 100 },
});

export const listCouponQuotasRecords = op({
  name: 'ListCouponQuotasRecords', method: 'GET', path: '/v2/partners/coupon-quotas/records', in: 'query', sites: CN, moneyMoving: false,
  input: z.object({
    indirect_partner_id: str(64).optional(),
    quota_id: str(64).optional(),
    parent_quota_id: str(64).optional(),
    ...timeWindow('operation_time'),
    operation_type: z.enum(['10', '11']).optional(),
    ...paging(),
  }),
  output: z.object({
    total_count: opt(wInt),
    records: opt(z.array(z.object({
      id: opt(wStr), operator: opt(wStr), operation_type: opt(wStr), quota_id: opt(wStr), parent_quota_id: opt(wStr), amount: opt(wDecimal),
      operation_time: opt(wStr), result: opt(wStr), indirect_partner_account_name: opt(wStr), indirect_partner_id: opt(wStr),
      indirect_partner_name: opt(wStr), remark: opt(wStr),
    }))),
  }),
  page: { items: 'records', count: 'total_count', maxLimit: 100 },
});
