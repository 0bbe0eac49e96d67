// The content an approver approves, in one canonical byte form, and its SHA-256. Anything
// that changes what money moves where (kind, a counterparty, an amount, a memo, the order)
// changes the hash and so voids an approval; the plan's display name does not.
import { createHash } from 'node:crypto';
import { isVoucherPlanKind, type PlanKind, type PlanParams, type PlanRowDetails } from '../../../shared/contract/channels/plans';

export const PLAN_FORMAT = 'partner-desk-plan/1';

export interface CanonicalItem {
  /** As typed (id or login name). */
  readonly target: string;
  /** The resolved customer or T2 id the money goes to or comes from. */
  readonly counterpartyId: string;
  readonly indirectPartnerId: string | null;
  /** Canonical decimal, e.g. "100.50". */
  readonly amount: string;
  readonly memo: string;
  /** Voucher kinds: coupon, quota and validity the row resolved to. */
  readonly details?: PlanRowDetails | null;
}

export interface CanonicalPlan {
  readonly id: string;
  readonly kind: PlanKind;
  readonly author: string;
  readonly createdAt: string;
  readonly items: readonly CanonicalItem[];
  /** Voucher kinds: the quota, the T2 and the remark every item is sent with. */
  readonly params?: PlanParams;
}

/** Arrays in a fixed field order: no reliance on object key order, NFC so that the same
 *  Chinese text typed on two machines hashes the same. A voucher plan also binds its quota, T2
 *  and remark and each item's coupon, quota and validity; a funding plan's bytes are those of
 *  before voucher plans, so its approvals stay valid. */
export function canonicalBytes(plan: CanonicalPlan): string {
  const n = (s: string) => s.normalize('NFC');
  const voucher = isVoucherPlanKind(plan.kind);
  const d = (x: PlanRowDetails | null | undefined) => [n(x?.quotaId ?? ''), n(x?.couponId ?? ''), x?.validTime ?? '', x?.expireTime ?? ''];
  const p = plan.params ?? {};
  return JSON.stringify([
    PLAN_FORMAT,
    n(plan.id),
    plan.kind,
    n(plan.author),
    plan.createdAt,
    plan.items.map((i) => [
      n(i.target), n(i.counterpartyId), i.indirectPartnerId === null ? null : n(i.indirectPartnerId), i.amount, n(i.memo),
      ...(voucher ? [d(i.details)] : []),
    ]),
    ...(voucher ? [[n(p.quotaId?.trim() ?? ''), n(p.indirectPartnerId?.trim() ?? ''), n(p.remark ?? '')]] : []),
  ]);
}

export function contentHash(plan: CanonicalPlan): string {
  return createHash('sha256').update(canonicalBytes(plan), 'utf8').digest('hex');
}
