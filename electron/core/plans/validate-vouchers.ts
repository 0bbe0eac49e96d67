// Offline validation of the voucher plan kinds (issue #12) against the local store's quotas,
// child quotas, issued coupons, customers and T2s. Pure, like validate.ts: what the preview
// shows per row is what the API would refuse, said before anything is sent.
//
// Restrictions: a plan row carries no service or product restriction of its own, so a coupon
// inherits the quota's (§6.2: empty = inherit) and can never be wider than it; that check of
// the issue is therefore met by construction.
import type { PlanKind, PlanParams, PlanRowDetails } from '../../../shared/contract/channels/plans';
import { compareAmounts, sumAmounts } from '../../../shared/domain/money';
import type { QuotaRef, ReferenceData } from './reference';
import { MAX_MEMO, type PlanRow } from './types';
import { checkAmount, resolveCustomer, resolveT2, type Problem, type Resolution, type ValidatedRow, type Validation } from './validate';

const UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?Z$/;

/** A typed validity as the API takes it (UTC, ≤ 20 characters: seconds, no fraction), or a problem. */
export function checkUtc(text: string): { value: string | null } | { problem: Problem } {
  const t = text.trim();
  if (!t) return { value: null };
  const ms = UTC.test(t) ? Date.parse(t) : Number.NaN;
  if (Number.isNaN(ms)) return { problem: { code: 'PLAN_ROW_VALIDITY_FORMAT', field: 'validity', details: { value: t.slice(0, 40) } } };
  return { value: new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z') };
}

/** "faceValueRange=10.00/500.00" in the store's limits text (the sandbox's and our reading of §6.7's order limits). */
export function faceValueRange(limits: string | null): { min: string | null; max: string | null } | null {
  const m = limits?.match(/(?:^|;\s*)faceValueRange=([^;]*)/);
  if (!m) return null;
  const [min, max] = (m[1] ?? '').split(',')[0]!.split('/');
  return { min: min?.trim() || null, max: max?.trim() || null };
}

const before = (a: string, b: string) => Date.parse(a) < Date.parse(b);

interface QuotaCheck {
  readonly quota: QuotaRef | null;
  readonly problems: Problem[];
}

/** The plan's quota: present, usable now, and (for a T2's customers) granted to that T2. */
function checkQuota(kind: PlanKind, params: PlanParams, ref: ReferenceData): QuotaCheck {
  const problems: Problem[] = [];
  const quotaId = params.quotaId?.trim() ?? '';
  const t2 = kind === 'issue-coupons' ? (params.indirectPartnerId?.trim() ?? '') : '';
  if (t2 && !ref.t2ById(t2)) problems.push({ code: 'PLAN_T2_UNKNOWN', field: 'plan', details: { t2 } });
  if (!quotaId) return { quota: null, problems: [...problems, { code: 'PLAN_QUOTA_MISSING', field: 'plan', details: {} }] };
  const quota = t2 ? ref.childQuotaById(quotaId) : ref.quotaById(quotaId);
  if (!quota || (t2 && quota.t2Id !== t2)) {
    const code = t2 ? 'PLAN_T2_QUOTA_UNKNOWN' : 'PLAN_QUOTA_UNKNOWN';
    return { quota: null, problems: [...problems, { code, field: 'plan', details: { quotaId, t2 } }] };
  }
  if (quota.status !== 0) problems.push({ code: 'PLAN_QUOTA_NOT_USABLE', field: 'plan', details: { quotaId, status: String(quota.status ?? '?') } });
  const now = ref.now();
  if ((quota.effectiveTime && before(now, quota.effectiveTime)) || (quota.expireTime && !before(now, quota.expireTime))) {
    problems.push({
      code: 'PLAN_QUOTA_OUT_OF_TIME', field: 'plan',
      details: { quotaId, from: quota.effectiveTime ?? '—', to: quota.expireTime ?? '—', now: now.slice(0, 19) + 'Z' },
    });
  }
  return { quota, problems };
}

/** issue-coupons: one customer per row; face value, validity and quota checked per row. */
function issueRow(row: PlanRow, params: PlanParams, quota: QuotaRef | null, ref: ReferenceData): { resolution: Resolution | null; amount: string | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const { resolution, problem } = resolveCustomer(row.target, ref);
  if (problem) problems.push(problem);
  const t2 = params.indirectPartnerId?.trim() || null;
  if (resolution && !problem && resolution.indirectPartnerId !== t2) {
    const name = resolution.counterpartyName ?? resolution.counterpartyId;
    problems.push(
      t2
        ? { code: 'PLAN_ROW_CUSTOMER_NOT_OF_T2', field: 'target', details: { name, t2 } }
        : { code: 'PLAN_ROW_CUSTOMER_OF_T2', field: 'target', details: { name, t2: resolution.indirectPartnerId ?? '' } },
    );
  }
  const amountCheck = checkAmount(row.amount);
  const amount = 'amount' in amountCheck ? amountCheck.amount : null;
  if ('problem' in amountCheck) problems.push(amountCheck.problem);
  if (amount !== null && quota) {
    if (quota.balance !== null && compareAmounts(amount, quota.balance) > 0) {
      problems.push({ code: 'PLAN_ROW_FACE_OVER_QUOTA', field: 'amount', details: { amount, balance: quota.balance } });
    }
    const range = faceValueRange(quota.limits);
    if (range && ((range.min && compareAmounts(amount, range.min) < 0) || (range.max && compareAmounts(amount, range.max) > 0))) {
      problems.push({ code: 'PLAN_ROW_FACE_OUT_OF_LIMITS', field: 'amount', details: { amount, min: range.min ?? '0.01', max: range.max ?? '—' } });
    }
  }
  const valid = checkUtc(row.validTime ?? '');
  const expire = checkUtc(row.expireTime ?? '');
  const details: { validTime?: string; expireTime?: string } = {};
  for (const c of [valid, expire]) if ('problem' in c) problems.push(c.problem);
  if ('value' in valid && valid.value) details.validTime = valid.value;
  if ('value' in expire && expire.value) details.expireTime = expire.value;
  if (details.validTime && details.expireTime && !before(details.validTime, details.expireTime)) {
    problems.push({ code: 'PLAN_ROW_VALIDITY_ORDER', field: 'validity', details: { valid: details.validTime, expire: details.expireTime } });
  }
  if (quota && (details.validTime || details.expireTime)) {
    const from = quota.effectiveTime;
    const to = quota.expireTime;
    const outside = [details.validTime, details.expireTime].some((t) => t && ((from && before(t, from)) || (to && before(to, t))));
    if (outside) problems.push({ code: 'PLAN_ROW_VALIDITY_OUTSIDE_QUOTA', field: 'validity', details: { from: from ?? '—', to: to ?? '—' } });
  }
  const withDetails = resolution ? { ...resolution, details: { quotaId: quota?.id ?? params.quotaId?.trim() ?? '', ...details } } : null;
  return { resolution: withDetails, amount, problems };
}

/** reclaim-coupons: the row names a coupon; what is left on it is what a reclaim takes back. */
function couponRow(row: PlanRow, ref: ReferenceData): { resolution: Resolution | null; amount: string | null; problems: Problem[] } {
  const id = row.target.trim();
  if (!id) return { resolution: null, amount: null, problems: [{ code: 'PLAN_ROW_COUPON_EMPTY', field: 'target', details: {} }] };
  const coupon = ref.couponById(id);
  if (!coupon) return { resolution: null, amount: null, problems: [{ code: 'PLAN_ROW_UNKNOWN_COUPON', field: 'target', details: { target: id } }] };
  const customer = coupon.customerId ? ref.customerById(coupon.customerId) : undefined;
  const resolution: Resolution = {
    counterpartyId: coupon.customerId ?? '',
    counterpartyName: customer ? (customer.name ?? customer.accountName) : null,
    indirectPartnerId: coupon.indirectPartnerId,
    balance: coupon.balance,
    balanceFetchedAt: coupon.fetchedAt,
    details: { couponId: coupon.id },
  };
  const problems: Problem[] = [];
  // Already reclaimed or expired is said as such (it is not an error of ours): §6.3 CBC.99000048.
  const gone = { 5: 'PLAN_ROW_COUPON_RECLAIMED', 4: 'PLAN_ROW_COUPON_EXPIRED', 3: 'PLAN_ROW_COUPON_USED' } as const;
  const code = coupon.status === 3 || coupon.status === 4 || coupon.status === 5 ? gone[coupon.status] : null;
  if (code) problems.push({ code, field: 'target', details: { couponId: coupon.id } });
  else if (coupon.balance === null || compareAmounts(coupon.balance, '0') <= 0) {
    problems.push({ code: 'PLAN_ROW_NOTHING_LEFT', field: 'amount', details: { id: coupon.id, balance: coupon.balance ?? '—', fetchedAt: coupon.fetchedAt } });
  }
  return { resolution, amount: coupon.balance, problems };
}

/** reclaim-quotas: the row names a child quota a T2 holds; its unused balance comes back. */
function childQuotaRow(row: PlanRow, ref: ReferenceData): { resolution: Resolution | null; amount: string | null; problems: Problem[] } {
  const id = row.target.trim();
  if (!id) return { resolution: null, amount: null, problems: [{ code: 'PLAN_ROW_CHILD_QUOTA_EMPTY', field: 'target', details: {} }] };
  const quota = ref.childQuotaById(id);
  if (!quota) return { resolution: null, amount: null, problems: [{ code: 'PLAN_ROW_UNKNOWN_CHILD_QUOTA', field: 'target', details: { target: id } }] };
  const t2 = quota.t2Id ? ref.t2ById(quota.t2Id) : undefined;
  const resolution: Resolution = {
    counterpartyId: quota.t2Id ?? '',
    counterpartyName: t2?.name ?? null,
    indirectPartnerId: null,
    balance: quota.balance,
    balanceFetchedAt: quota.fetchedAt,
    details: { quotaId: quota.id },
  };
  const problems: Problem[] = [];
  const who = t2?.name ?? quota.t2Id ?? '—';
  if (quota.status === 6) problems.push({ code: 'PLAN_ROW_CHILD_QUOTA_RECLAIMED', field: 'target', details: { quotaId: quota.id, t2: who } });
  else if (quota.status !== 0) problems.push({ code: 'PLAN_ROW_CHILD_QUOTA_NOT_USABLE', field: 'target', details: { quotaId: quota.id, t2: who, status: String(quota.status ?? '?') } });
  else if (quota.balance === null || compareAmounts(quota.balance, '0') <= 0) {
    problems.push({ code: 'PLAN_ROW_NOTHING_LEFT', field: 'amount', details: { id: quota.id, balance: quota.balance ?? '—', fetchedAt: quota.fetchedAt } });
  }
  return { resolution, amount: quota.balance, problems };
}

/** grant-quotas: one T2 per row, carved from the plan's parent quota. */
function grantRow(row: PlanRow, quota: QuotaRef | null, params: PlanParams, ref: ReferenceData): { resolution: Resolution | null; amount: string | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const { resolution, problem } = resolveT2(row.target, ref);
  if (problem) problems.push(problem);
  const amountCheck = checkAmount(row.amount);
  const amount = 'amount' in amountCheck ? amountCheck.amount : null;
  if ('problem' in amountCheck) problems.push(amountCheck.problem);
  if (amount !== null && quota?.balance && compareAmounts(amount, quota.balance) > 0) {
    problems.push({ code: 'PLAN_ROW_FACE_OVER_QUOTA', field: 'amount', details: { amount, balance: quota.balance } });
  }
  const details: PlanRowDetails = { quotaId: quota?.id ?? params.quotaId?.trim() ?? '' };
  return { resolution: resolution ? { ...resolution, details } : null, amount, problems };
}

/** The key two rows of one plan may not share: a customer, T2, coupon or child quota once per plan. */
const rowKey = (kind: PlanKind, r: Resolution): string =>
  kind === 'reclaim-coupons' ? `c:${r.details?.couponId}` : kind === 'reclaim-quotas' ? `q:${r.details?.quotaId}` : `p:${r.counterpartyId}`;

export function validateVoucherPlan(kind: PlanKind, rows: readonly PlanRow[], ref: ReferenceData, params: PlanParams): Validation {
  const drawsOnQuota = kind === 'issue-coupons' || kind === 'grant-quotas';
  const plan = drawsOnQuota ? checkQuota(kind, params, ref) : { quota: null, problems: [] };
  const seen = new Map<string, number>();
  const validated: ValidatedRow[] = rows.map((row, i) => {
    const r =
      kind === 'issue-coupons' ? issueRow(row, params, plan.quota, ref)
      : kind === 'grant-quotas' ? grantRow(row, plan.quota, params, ref)
      : kind === 'reclaim-coupons' ? couponRow(row, ref)
      : childQuotaRow(row, ref);
    const problems = [...r.problems];
    if ([...row.memo].length > MAX_MEMO) problems.push({ code: 'PLAN_ROW_MEMO_TOO_LONG', field: 'memo', details: {} });
    if (r.resolution) {
      const key = rowKey(kind, r.resolution);
      const first = seen.get(key);
      if (first !== undefined) problems.push({ code: 'PLAN_ROW_DUPLICATE', field: 'target', details: { other: String(first + 1) } });
      else seen.set(key, i);
    }
    return { row, amount: r.amount, resolution: r.resolution, problems };
  });
  const total = sumAmounts(validated.flatMap((v) => (v.amount === null ? [] : [v.amount])));
  const planProblems = [...plan.problems];
  if (plan.quota?.balance && compareAmounts(total, plan.quota.balance) > 0) {
    planProblems.push({ code: 'PLAN_TOTAL_OVER_QUOTA', field: 'plan', details: { total, balance: plan.quota.balance, fetchedAt: plan.quota.fetchedAt } });
  }
  const errorRows = validated.filter((v) => v.problems.length > 0).length;
  const problemCount = validated.reduce((n, v) => n + v.problems.length, 0) + planProblems.length;
  return { rows: validated, planProblems, total, errorRows, problemCount };
}
