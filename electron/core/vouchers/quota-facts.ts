// Live reads the voucher previews need from the partner API: a quota as it is now (balance,
// status, validity, restrictions), a customer's reclaimable coupons, and the amounts the
// coupon records say a reclaim really took. Read fresh on every preview: a quota's balance
// moves with every issue, also from other workstations and Huawei's console.
import type { QuotaSummary } from '../../../shared/contract/channels/vouchers';
import { AppError } from '../../../shared/contract/errors';
import { operations, type PartnerApi } from '../infra/partner-api';

/** A decimal of the API as two-decimal text. */
export const text = (d: { toFixed(n?: number): string } | null | undefined): string | null => (d ? d.toFixed(2) : null);

/** A live read that failed, as the preview reports it (offline, or the reason); our own refusals pass. */
export function unavailable(error: unknown): AppError {
  if (error instanceof AppError && (error.code === 'API_NETWORK' || error.code === 'MONEY_OFFLINE')) {
    return new AppError('MONEY_OFFLINE', { endpoint: String(error.details.endpoint ?? '') });
  }
  if (error instanceof AppError && (error.code.startsWith('VOUCHER_') || error.code.startsWith('MONEY_'))) return error;
  return new AppError('MONEY_BALANCES_UNAVAILABLE', { reason: error instanceof Error ? error.message : String(error) });
}

/** The quota (the caller's own, or a T2's when `indirectPartnerId`), or VOUCHER_QUOTA_UNKNOWN. */
export async function readQuota(api: PartnerApi, quotaId: string, indirectPartnerId: string | null): Promise<QuotaSummary> {
  try {
    const r = await api.vouchers.listQuotaCoupons({ quota_ids: [quotaId], limit: 10, ...(indirectPartnerId ? { indirect_partner_id: indirectPartnerId } : {}) });
    const q = r.quotas?.find((x) => x.quota_id === quotaId);
    if (!q) throw new AppError('VOUCHER_QUOTA_UNKNOWN', { quotaId });
    return {
      quotaId,
      quotaType: q.quota_type ?? null,
      value: text(q.quota_value),
      balance: text(q.balance) ?? '0.00',
      status: q.quota_status ?? null,
      effectiveTime: q.effective_time ?? null,
      expireTime: q.expire_time ?? null,
      limits: (q.limit_infos ?? []).map((l) => ({
        key: l.limit_key ?? '',
        values: (l.limit_values ?? []).map((v) => ({ value1: v.value1 ?? '', value2: v.value2 ?? '' })),
      })),
      ownerId: indirectPartnerId,
    };
  } catch (error) {
    throw unavailable(error);
  }
}

export interface QuotaLimits {
  readonly minFaceValue: string | null;
  readonly maxFaceValue: string | null;
  /** Service types the quota is restricted to; null = unrestricted. */
  readonly serviceTypes: readonly string[] | null;
  /** Customers the quota is reserved for; null = any resale customer. */
  readonly designatedCustomers: readonly string[] | null;
}

/**
 * The restrictions a preview can check. serviceType is a documented key (§6.7); the face-value
 * range and designated customers are not in the partial appendix — our choice: read them
 * under the keys `faceValueRange` (value1 min, value2 max) and `designatedCustomers`, and leave
 * every other key to Huawei's own check (shown to the operator, not enforced here).
 */
export function quotaLimits(q: QuotaSummary): QuotaLimits {
  const values = (key: string) => q.limits.filter((l) => l.key === key).flatMap((l) => l.values);
  const range = values('faceValueRange')[0];
  const services = values('serviceType').map((v) => v.value1).filter(Boolean);
  const designated = values('designatedCustomers').map((v) => v.value1).filter(Boolean);
  return {
    minFaceValue: range?.value1 || null,
    maxFaceValue: range?.value2 || null,
    serviceTypes: services.length ? services : null,
    designatedCustomers: q.limits.some((l) => l.key === 'designatedCustomers') ? designated : null,
  };
}

export interface LiveCoupon {
  readonly couponId: string;
  readonly customerId: string;
  readonly status: number | null;
  readonly balance: string | null;
  readonly faceValue: string | null;
}

/** A customer's coupons that still hold value: not activated yet (1) or usable (2). */
export async function reclaimableCoupons(api: PartnerApi, customerId: string, indirectPartnerId: string | null): Promise<LiveCoupon[]> {
  try {
    const out: LiveCoupon[] = [];
    for (const status of [1, 2] as const) {
      const rows = await api.listAll(operations.vouchers.listIssuedPartnerCoupons, {
        customer_id: customerId, status, ...(indirectPartnerId ? { indirect_partner_id: indirectPartnerId } : {}),
      });
      for (const c of rows) {
        if (!c.coupon_id) continue;
        out.push({ couponId: c.coupon_id, customerId: c.customer_id ?? customerId, status: c.status ?? status, balance: text(c.balance), faceValue: text(c.face_value) });
      }
    }
    return out;
  } catch (error) {
    throw unavailable(error);
  }
}

/** What the manual-reclaim records say was taken back, per coupon (records may lag: absent ones are not in yet). */
export async function reclaimedAmounts(api: PartnerApi, couponIds: readonly string[], since: Date, indirectPartnerId: string | null): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const begin = new Date(since.getTime() - 15 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const end = new Date(Date.now() + 15 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (let i = 0; i < couponIds.length; i += 100) {
    const rows = await api.listAll(operations.vouchers.listPartnerCouponsRecord, {
      operation_types: ['2'], coupon_ids: couponIds.slice(i, i + 100), operation_time_begin: begin, operation_time_end: end,
      ...(indirectPartnerId ? { indirect_partner_id: indirectPartnerId } : {}),
    });
    for (const r of rows) if (r.coupon_id && r.operation_amount && (r.result ?? '0') === '0') out.set(r.coupon_id, r.operation_amount.toFixed(2));
  }
  return out;
}
