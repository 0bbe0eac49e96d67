// Checks an issue of vouchers before anything is sent: the face value within the quota's
// per-coupon range, the total within its balance, the validity inside its own, service
// restrictions no wider than its, and each customer (known, resale, under the right T2,
// designated where the quota says so, no unresolved identical issue) — every problem named
// per customer. Customers with problems are not sent; the others are, in calls of 100.
import type { CouponIssueInput, VoucherPreview, VoucherPreviewItem } from '../../../shared/contract/channels/vouchers';
import { AppError } from '../../../shared/contract/errors';
import { compareAmounts, multiplyAmount, subtractAmounts } from '../../../shared/domain/money';
import type { MoneyIntent } from '../infra/writes/executor';
import { requestAmount } from '../money/preview';
import { chunkCalls } from '../infra/writes/batches';
import { callOfIntent } from '../infra/writes/executor';
import { QUOTA_STATUS, problem, repeats, unresolvedProblem } from './problems';
import { quotaLimits, readQuota } from './quota-facts';
import type { VoucherDeps, VoucherDraft } from './voucher-draft';

function assertQuotaUsable(q: VoucherPreview['quota'] & object, now: Date): void {
  const status = q.status ?? 0;
  if (status !== 0) {
    const w = QUOTA_STATUS[status as keyof typeof QUOTA_STATUS] ?? { en: `status ${status}`, 'zh-CN': `状态 ${status}` };
    throw new AppError('VOUCHER_QUOTA_NOT_USABLE', { quotaId: q.quotaId, why: w.en, whyZh: w['zh-CN'] });
  }
  const from = q.effectiveTime ? Date.parse(q.effectiveTime) : NaN;
  const to = q.expireTime ? Date.parse(q.expireTime) : NaN;
  if (Number.isFinite(from) && now.getTime() < from) throw new AppError('VOUCHER_QUOTA_NOT_USABLE', { quotaId: q.quotaId, why: `effective only from ${q.effectiveTime}`, whyZh: `自 ${q.effectiveTime} 起生效` });
  if (Number.isFinite(to) && now.getTime() >= to) throw new AppError('VOUCHER_QUOTA_NOT_USABLE', { quotaId: q.quotaId, why: `expired at ${q.expireTime}`, whyZh: `已于 ${q.expireTime} 过期` });
}

export async function draftIssue(input: CouponIssueInput, deps: VoucherDeps): Promise<VoucherDraft> {
  if (input.retryOf && input.customerIds.length !== 1) throw new AppError('VOUCHER_RETRY_ONE_ITEM');
  const faceValue = requestAmount(input.faceValue);
  const t2 = input.indirectPartnerId ?? null;
  if (t2 && deps.role !== 'T1') throw new AppError('MONEY_T1_ONLY');
  const quota = await readQuota(deps.api, input.quotaId, t2);
  const now = deps.now();
  assertQuotaUsable(quota, now);

  const limits = quotaLimits(quota);
  if ((limits.minFaceValue && compareAmounts(faceValue, limits.minFaceValue) < 0) || (limits.maxFaceValue && compareAmounts(faceValue, limits.maxFaceValue) > 0)) {
    throw new AppError('VOUCHER_FACE_VALUE_OUT_OF_RANGE', { min: limits.minFaceValue ?? '—', max: limits.maxFaceValue ?? '—', faceValue });
  }
  const from = input.validTime ?? quota.effectiveTime;
  const to = input.expireTime ?? quota.expireTime;
  if (from && to) {
    const outside = (quota.effectiveTime && Date.parse(from) < Date.parse(quota.effectiveTime)) || (quota.expireTime && Date.parse(to) > Date.parse(quota.expireTime));
    if (outside || Date.parse(to) <= Date.parse(from)) {
      throw new AppError('VOUCHER_VALIDITY_OUTSIDE_QUOTA', { from, to, quotaFrom: quota.effectiveTime ?? '—', quotaTo: quota.expireTime ?? '—' });
    }
  }
  const wider = limits.serviceTypes ? (input.cloudServiceTypes ?? []).find((s) => !limits.serviceTypes!.includes(s)) : undefined;
  if (wider) throw new AppError('VOUCHER_RESTRICTION_WIDER', { serviceType: wider, allowed: limits.serviceTypes!.join(', ') });

  const customers = deps.reference.customers(input.customerIds);
  const t2Name = t2 ? (deps.reference.t2s([t2]).get(t2)?.name ?? t2) : null;
  const dup = repeats(input.customerIds);
  const details = {
    quotaId: input.quotaId,
    ...(input.validTime ? { validTime: input.validTime } : {}),
    ...(input.expireTime ? { expireTime: input.expireTime } : {}),
    ...(input.cloudServiceTypes?.length ? { cloudServiceTypes: input.cloudServiceTypes } : {}),
    ...(input.productIds?.length ? { productIds: input.productIds } : {}),
  };
  const items: VoucherPreviewItem[] = [];
  const intents: Array<MoneyIntent | null> = [];
  input.customerIds.forEach((id, index) => {
    const c = customers.get(id);
    const name = c?.name ?? id;
    const intent: MoneyIntent = {
      operation: 'issueCoupon', counterpartyId: id, counterpartyName: c?.name ?? null, indirectPartnerId: t2, amount: faceValue,
      memo: input.memo ?? null, retryOf: input.retryOf ?? null, details,
    };
    const problems = [];
    if (dup.has(index)) problems.push(problem('VOUCHER_DUPLICATE_ITEM', { id }));
    else if (!c) problems.push(problem('VOUCHER_CUSTOMER_UNKNOWN', { id }));
    else {
      if (c.associationType !== '2') problems.push(problem('VOUCHER_CUSTOMER_NOT_RESALE', { name }));
      if (t2 && c.indirectPartnerId !== t2) problems.push(problem('VOUCHER_CUSTOMER_NOT_UNDER_T2', { name, t2: t2Name }));
      if (!t2 && c.indirectPartnerId) problems.push(problem('VOUCHER_CUSTOMER_T2S', { name, t2: deps.reference.t2s([c.indirectPartnerId]).get(c.indirectPartnerId)?.name ?? c.indirectPartnerId }));
      if (limits.designatedCustomers && !limits.designatedCustomers.includes(id)) problems.push(problem('VOUCHER_CUSTOMER_NOT_DESIGNATED', { name }));
      if (!input.retryOf) {
        const twin = unresolvedProblem(deps.unresolved, intent, name);
        if (twin) problems.push(twin);
      }
    }
    items.push({ key: id, counterpartyId: id, counterpartyName: c?.name ?? null, amount: faceValue, problems });
    intents.push(problems.length ? null : intent);
  });

  const sending = intents.filter((i): i is MoneyIntent => i !== null);
  const total = multiplyAmount(faceValue, sending.length);
  if (compareAmounts(total, quota.balance) > 0) {
    throw new AppError('VOUCHER_OVER_QUOTA', { balance: quota.balance, count: sending.length, each: faceValue, total, asOf: now.toISOString() });
  }
  const asOf = [now.toISOString(), ...[...customers.values()].map((c) => c.fetchedAt)].sort()[0]!;
  return {
    preview: {
      operation: 'issueCoupon', currency: deps.currency, quota, items, sendCount: sending.length, total,
      quotaBalanceAfter: subtractAmounts(quota.balance, total), calls: chunkCalls(sending, callOfIntent).length, asOf,
    },
    intents,
  };
}
