// The voucher writes as descriptors: issuing coupons (§6.2, up to 100 customers per call,
// answered per customer), reclaiming one coupon (§6.3), granting T2s voucher quota (§4.5, up to
// 100 T2s per call) and reclaiming child quotas (§4.6, up to 10 per call). None takes an
// idempotency key: a repeated CreatePartnerCoupons issues another coupon per customer.
//
// Evidence: the coupon records (ListPartnerCouponsRecord, §6.5) and the quota records
// (ListCouponQuotasRecords, §4.8). Each applied write is claimed once, by a key the answer and
// the record share: the coupon id for an issue, the child quota id for a grant, and
// "reclaim:<id>" for the reclaims (a coupon or child quota is reclaimed at most once).
import { compareAmounts } from '../../../../../shared/domain/money';
import { WRITE_OPERATIONS, type WriteDetails } from '../../../../../shared/domain/operations';
import type { BatchAnswer, WriteCall, WriteDescriptor } from '../descriptor';
import { COMMON_REFUSALS } from './refusals';

/** ListPartnerCouponsRecord operation types (§6.5). */
const COUPON_ISSUE = '1';
const COUPON_RECLAIM = '2';
/** ListCouponQuotasRecords operation types (§4.8). */
const QUOTA_GRANT = '10';
const QUOTA_RECLAIM = '11';

const refusals = (own: readonly string[]): ReadonlySet<string> => new Set([...COMMON_REFUSALS, ...own]);

/** §6.2's error table without CBC.0999: every listed code refuses the coupon (per customer or for the call). */
const ISSUE_REFUSALS = [
  'CBC.99000000', 'CBC.99000012', 'CBC.99000013', 'CBC.99000014', 'CBC.99000017', 'CBC.99000018', 'CBC.99000019',
  'CBC.99000020', 'CBC.99000021', 'CBC.99000022', 'CBC.99000023', 'CBC.99000024', 'CBC.99000025', 'CBC.99000035',
  'CBC.99000037', 'CBC.50000010', 'CBC.50000020', 'CBC.50000034', 'CBC.50000054', 'CBC.50000055',
];
/** §6.3: referral-mode customer's coupon; already expired or reclaimed. */
const RECLAIM_COUPON_REFUSALS = ['CBC.99000045', 'CBC.99000048'];
/**
 * §4.5 lists CBC.99000012 and CBC.99000037; CBC.99000013 (quota balance insufficient) is the
 * coupon group's code the answer carries per T2 when the parent quota runs out.
 */
const GRANT_QUOTA_REFUSALS = ['CBC.99000012', 'CBC.99000013', 'CBC.99000037'];
/** §4.6: quota missing or in a wrong status (also inside error_details with HTTP 200). */
const RECLAIM_QUOTA_REFUSALS = ['CBC.99000012'];

export const reclaimKey = (id: string): string => `reclaim:${id}`;

function sameAmount(a: string, b: string): boolean {
  try {
    return compareAmounts(a, b) === 0;
  } catch {
    return false;
  }
}

function need<K extends keyof WriteDetails>(call: WriteCall, key: K): NonNullable<WriteDetails[K]> {
  const v = call.details?.[key];
  if (v === undefined || v === null || v === '') throw new Error(`${call.operation} needs ${String(key)}`);
  return v as NonNullable<WriteDetails[K]>;
}

const list = (xs: readonly string[] | undefined): string => (xs ?? []).join(',');

const answerOf = (
  done: ReadonlyArray<{ key?: string | null; transId?: string | null }>,
  errors: ReadonlyArray<{ id?: string | null; error_code?: string | null; error_msg?: string | null }> | null | undefined,
  requestId: string | undefined,
): BatchAnswer => ({
  done: done.filter((d): d is { key: string; transId: string } => !!d.key && !!d.transId).map((d) => ({ key: d.key, transId: d.transId })),
  errors: (errors ?? []).filter((e) => !!e.id).map((e) => ({ key: e.id as string, code: e.error_code ?? '', message: e.error_msg ?? '' })),
  requestId,
});

export const issueCoupon: WriteDescriptor = {
  name: 'issueCoupon',
  facts: WRITE_OPERATIONS.issueCoupon,
  refusals: refusals(ISSUE_REFUSALS),
  async send(api, call) {
    const answer = await issueCoupon.batch!.sendBatch(api, [call]);
    const done = answer.done.find((d) => d.key === call.counterpartyId);
    if (!done) throw new Error('the answer did not name the customer');
    return { transId: done.transId, requestId: answer.requestId };
  },
  batch: {
    maxItems: WRITE_OPERATIONS.issueCoupon.maxPerCall,
    // Customers go in one call only when everything else about their coupon is the same.
    groupKey: (c) => JSON.stringify([
      need(c, 'quotaId'), c.amount, c.indirectPartnerId ?? '', c.details?.validTime ?? '', c.details?.expireTime ?? '',
      list(c.details?.cloudServiceTypes), list(c.details?.productIds), c.memo ?? '',
    ]),
    itemKey: (c) => c.counterpartyId,
    async sendBatch(api, calls) {
      const first = calls[0]!;
      const d = first.details ?? {};
      const r = await api.vouchers.createPartnerCoupons({
        quota_id: need(first, 'quotaId'),
        customer_ids: calls.map((c) => c.counterpartyId),
        face_value: first.amount,
        ...(d.validTime ? { valid_time: d.validTime } : {}),
        ...(d.expireTime ? { expire_time: d.expireTime } : {}),
        ...(d.cloudServiceTypes?.length ? { cloud_service_types: [...d.cloudServiceTypes] } : {}),
        ...(d.productIds?.length ? { product_ids: [...d.productIds] } : {}),
        ...(first.memo ? { memo: first.memo } : {}),
        ...(first.indirectPartnerId ? { indirect_partner_id: first.indirectPartnerId } : {}),
      });
      return answerOf((r.coupon_infos ?? []).map((i) => ({ key: i.id, transId: i.coupon_id })), r.error_details, r.requestId);
    },
  },
  intentKey: (c) => `issueCoupon|${c.counterpartyId}|${c.indirectPartnerId ?? ''}|${c.amount}|${c.details?.quotaId ?? ''}`,
  evidenceQuery: (c) => ({
    list: 'couponRecords', customerId: c.counterpartyId, operationType: COUPON_ISSUE, indirectPartnerId: c.indirectPartnerId,
    quotaId: c.details?.quotaId ?? null, couponId: null,
  }),
  matches: (c, r) =>
    r.customerId === c.counterpartyId && r.operationType === COUPON_ISSUE && r.quotaId === c.details?.quotaId && sameAmount(r.amount, c.amount),
  claimKey: (r) => r.couponId ?? r.transId,
  rule: {
    en: 'Issued when an unclaimed coupon-issue record for this customer, from this quota, with this face value lies between the send time and now, by the server’s clock.',
    'zh-CN': '在服务器时钟下，发送时刻到现在之间存在一条未被认领、同一客户、同一额度、同一面额的发券记录，即视为已发放。',
  },
};

export const reclaimCoupon: WriteDescriptor = {
  name: 'reclaimCoupon',
  facts: WRITE_OPERATIONS.reclaimCoupon,
  refusals: refusals(RECLAIM_COUPON_REFUSALS),
  alreadyGone: new Set(['CBC.99000048']),
  async send(api, call) {
    const couponId = need(call, 'couponId');
    const r = await api.vouchers.reclaimPartnerCoupons({ coupon_id: couponId, ...(call.indirectPartnerId ? { indirect_partner_id: call.indirectPartnerId } : {}) });
    // HTTP 204: the answer names nothing; the coupon is reclaimed at most once.
    return { transId: reclaimKey(couponId), requestId: r.requestId };
  },
  intentKey: (c) => `reclaimCoupon|${c.details?.couponId ?? ''}`,
  evidenceQuery: (c) => ({
    list: 'couponRecords', customerId: c.counterpartyId, operationType: COUPON_RECLAIM, indirectPartnerId: c.indirectPartnerId,
    quotaId: null, couponId: c.details?.couponId ?? null,
  }),
  // The amount is what was left on the coupon: the record says what was really reclaimed.
  matches: (c, r) => r.operationType === COUPON_RECLAIM && !!r.couponId && r.couponId === c.details?.couponId,
  claimKey: (r) => reclaimKey(r.couponId ?? r.transId),
  rule: {
    en: 'Reclaimed when a manual-reclaim record of this coupon lies between the send time and now, by the server’s clock; its amount is what was actually taken back.',
    'zh-CN': '在服务器时钟下，发送时刻到现在之间存在该券的手动回收记录，即视为已回收；记录中的金额为实际回收金额。',
  },
};

export const grantQuota: WriteDescriptor = {
  name: 'grantQuota',
  facts: WRITE_OPERATIONS.grantQuota,
  refusals: refusals(GRANT_QUOTA_REFUSALS),
  async send(api, call) {
    const answer = await grantQuota.batch!.sendBatch(api, [call]);
    const done = answer.done.find((d) => d.key === call.counterpartyId);
    if (!done) throw new Error('the answer did not name the cloud reseller');
    return { transId: done.transId, requestId: answer.requestId };
  },
  batch: {
    maxItems: WRITE_OPERATIONS.grantQuota.maxPerCall,
    groupKey: (c) => JSON.stringify([need(c, 'quotaId'), c.amount]),
    itemKey: (c) => c.counterpartyId,
    async sendBatch(api, calls) {
      const first = calls[0]!;
      const r = await api.resellers.updateCouponQuotas({
        quota_id: need(first, 'quotaId'), indirect_partner_ids: calls.map((c) => c.counterpartyId), quota_amount: first.amount,
      });
      return answerOf((r.simple_quota_infos ?? []).map((i) => ({ key: i.id, transId: i.quota_id })), r.error_details, r.requestId);
    },
  },
  intentKey: (c) => `grantQuota|${c.counterpartyId}|${c.amount}|${c.details?.quotaId ?? ''}`,
  evidenceQuery: (c) => ({ list: 'quotaRecords', t2Id: c.counterpartyId, operationType: QUOTA_GRANT, quotaId: null, parentQuotaId: c.details?.quotaId ?? null }),
  matches: (c, r) =>
    r.customerId === c.counterpartyId && r.operationType === QUOTA_GRANT && r.parentQuotaId === c.details?.quotaId && sameAmount(r.amount, c.amount),
  claimKey: (r) => r.quotaId ?? r.transId,
  rule: {
    en: 'Granted when an unclaimed quota-grant record for this cloud reseller, from this quota, with this amount lies between the send time and now, by the server’s clock.',
    'zh-CN': '在服务器时钟下，发送时刻到现在之间存在一条未被认领、同一云经销商、同一父额度、同一金额的额度下发记录，即视为已下发。',
  },
};

export const reclaimQuota: WriteDescriptor = {
  name: 'reclaimQuota',
  facts: WRITE_OPERATIONS.reclaimQuota,
  refusals: refusals(RECLAIM_QUOTA_REFUSALS),
  alreadyGone: new Set(['CBC.99000012']),
  async send(api, call) {
    const answer = await reclaimQuota.batch!.sendBatch(api, [call]);
    const done = answer.done.find((d) => d.key === call.details?.quotaId);
    if (!done) throw new Error('the answer did not name the quota');
    return { transId: done.transId, requestId: answer.requestId };
  },
  batch: {
    maxItems: WRITE_OPERATIONS.reclaimQuota.maxPerCall,
    groupKey: (c) => JSON.stringify([c.details?.remark ?? '']),
    itemKey: (c) => need(c, 'quotaId'),
    async sendBatch(api, calls) {
      const remark = calls[0]!.details?.remark;
      const r = await api.resellers.reclaimCouponQuotas({ quota_ids: calls.map((c) => need(c, 'quotaId')), ...(remark ? { remark } : {}) });
      return answerOf(
        (r.simple_quota_infos ?? []).map((i) => ({ key: i.quota_id, transId: i.quota_id ? reclaimKey(i.quota_id) : null })),
        r.error_details,
        r.requestId,
      );
    },
  },
  intentKey: (c) => `reclaimQuota|${c.details?.quotaId ?? ''}`,
  evidenceQuery: (c) => ({ list: 'quotaRecords', t2Id: c.counterpartyId, operationType: QUOTA_RECLAIM, quotaId: c.details?.quotaId ?? null, parentQuotaId: null }),
  matches: (c, r) => r.operationType === QUOTA_RECLAIM && !!r.quotaId && r.quotaId === c.details?.quotaId,
  claimKey: (r) => reclaimKey(r.quotaId ?? r.transId),
  rule: {
    en: 'Reclaimed when a quota-reclaim record of this child quota lies between the send time and now, by the server’s clock; its amount is what was actually taken back.',
    'zh-CN': '在服务器时钟下，发送时刻到现在之间存在该子额度的回收记录，即视为已回收；记录中的金额为实际回收金额。',
  },
};
