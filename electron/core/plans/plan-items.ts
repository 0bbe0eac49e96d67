// A saved plan's rows frozen into execution items, once, when execution first starts: the
// counterparty, the amount and (voucher kinds) what the write carries besides them.
import type { WriteDetails } from '../../../shared/domain/operations';
import type { NewItem, StoredPlan, StoredRow } from './plan-repository';

/** The write details of one voucher item; null for funding kinds. */
function detailsOf(plan: StoredPlan, row: StoredRow): WriteDetails | null {
  const d = row.resolution?.details;
  switch (plan.kind) {
    case 'issue-coupons':
      return {
        quotaId: plan.params.quotaId ?? '',
        ...(d?.validTime ? { validTime: d.validTime } : {}),
        ...(d?.expireTime ? { expireTime: d.expireTime } : {}),
      };
    case 'reclaim-coupons':
      return { couponId: d?.couponId ?? '' };
    case 'grant-quotas':
      return { quotaId: plan.params.quotaId ?? '' };
    case 'reclaim-quotas':
      return { quotaId: d?.quotaId ?? '', ...(plan.params.remark ? { remark: plan.params.remark } : {}) };
    default:
      return null;
  }
}

export function itemsOfPlan(plan: StoredPlan, rows: readonly StoredRow[]): NewItem[] {
  return rows.map((r, index) => ({
    index,
    counterpartyId: r.resolution!.counterpartyId,
    counterpartyName: r.resolution!.counterpartyName,
    indirectPartnerId: r.resolution!.indirectPartnerId,
    amount: r.canonicalAmount!,
    memo: r.memo,
    details: detailsOf(plan, r),
  }));
}
