// Checks T2 voucher quota operations (T1 only): a grant carves the same amount out of one of
// the T1's own quotas for each T2 (total within its balance); a reclaim takes back the unused
// remainder of child quotas (known, still normal). Problems are named per T2 or child quota.
import type { QuotaGrantInput, QuotaReclaimInput, VoucherPreviewItem } from '../../../shared/contract/channels/vouchers';
import { AppError } from '../../../shared/contract/errors';
import { compareAmounts, multiplyAmount, subtractAmounts, sumAmounts } from '../../../shared/domain/money';
import { chunkCalls } from '../infra/writes/batches';
import { callOfIntent, type MoneyIntent } from '../infra/writes/executor';
import { requestAmount } from '../money/preview';
import { QUOTA_STATUS, problem, repeats, unresolvedProblem } from './problems';
import { readQuota } from './quota-facts';
import type { VoucherDeps, VoucherDraft } from './voucher-draft';

export async function draftQuotaGrant(input: QuotaGrantInput, deps: VoucherDeps): Promise<VoucherDraft> {
  if (deps.role !== 'T1') throw new AppError('MONEY_T1_ONLY');
  if (input.retryOf && input.t2Ids.length !== 1) throw new AppError('VOUCHER_RETRY_ONE_ITEM');
  const amount = requestAmount(input.amount);
  const quota = await readQuota(deps.api, input.parentQuotaId, null);
  if ((quota.status ?? 0) !== 0) {
    const w = QUOTA_STATUS[quota.status as keyof typeof QUOTA_STATUS] ?? { en: `status ${quota.status}`, 'zh-CN': `状态 ${quota.status}` };
    throw new AppError('VOUCHER_QUOTA_NOT_USABLE', { quotaId: quota.quotaId, why: w.en, whyZh: w['zh-CN'] });
  }
  const t2s = deps.reference.t2s(input.t2Ids);
  const dup = repeats(input.t2Ids);
  const items: VoucherPreviewItem[] = [];
  const intents: Array<MoneyIntent | null> = [];
  input.t2Ids.forEach((id, index) => {
    const t = t2s.get(id);
    const intent: MoneyIntent = {
      operation: 'grantQuota', counterpartyId: id, counterpartyName: t?.name ?? null, amount, retryOf: input.retryOf ?? null,
      details: { quotaId: input.parentQuotaId },
    };
    const problems = [];
    if (dup.has(index)) problems.push(problem('VOUCHER_DUPLICATE_ITEM', { id }));
    else if (!t) problems.push(problem('VOUCHER_T2_UNKNOWN', { id }));
    else if (!input.retryOf) {
      const twin = unresolvedProblem(deps.unresolved, intent, t.name ?? id);
      if (twin) problems.push(twin);
    }
    items.push({ key: id, counterpartyId: id, counterpartyName: t?.name ?? null, amount, problems });
    intents.push(problems.length ? null : intent);
  });
  const sending = intents.filter((i): i is MoneyIntent => i !== null);
  const total = multiplyAmount(amount, sending.length);
  const now = deps.now().toISOString();
  if (compareAmounts(total, quota.balance) > 0) {
    throw new AppError('VOUCHER_OVER_QUOTA', { balance: quota.balance, count: sending.length, each: amount, total, asOf: now });
  }
  return {
    preview: {
      operation: 'grantQuota', currency: deps.currency, quota, items, sendCount: sending.length, total,
      quotaBalanceAfter: subtractAmounts(quota.balance, total), calls: chunkCalls(sending, callOfIntent).length, asOf: now,
    },
    intents,
  };
}

export async function draftQuotaReclaim(input: QuotaReclaimInput, deps: VoucherDeps): Promise<VoucherDraft> {
  if (deps.role !== 'T1') throw new AppError('MONEY_T1_ONLY');
  if (input.retryOf && input.quotaIds.length !== 1) throw new AppError('VOUCHER_RETRY_ONE_ITEM');
  const known = deps.reference.childQuotas(input.quotaIds);
  const dup = repeats(input.quotaIds);
  const items: VoucherPreviewItem[] = [];
  const intents: Array<MoneyIntent | null> = [];
  input.quotaIds.forEach((id, index) => {
    const q = known.get(id);
    const amount = q?.balance ?? '0.00';
    const intent: MoneyIntent = {
      operation: 'reclaimQuota', counterpartyId: q?.t2Id ?? '', counterpartyName: q?.t2Name ?? null, amount, retryOf: input.retryOf ?? null,
      details: { quotaId: id, ...(input.remark ? { remark: input.remark } : {}) },
    };
    const problems = [];
    const gone = q && (q.status ?? 0) !== 0 ? (QUOTA_STATUS[q.status as keyof typeof QUOTA_STATUS] ?? { en: `status ${q.status}`, 'zh-CN': `状态 ${q.status}` }) : null;
    if (dup.has(index)) problems.push(problem('VOUCHER_DUPLICATE_ITEM', { id }));
    else if (!q || !q.t2Id) problems.push(problem('VOUCHER_CHILD_QUOTA_UNKNOWN', { id }));
    else if (gone) problems.push(problem('VOUCHER_CHILD_QUOTA_GONE', { id, status: gone.en, statusZh: gone['zh-CN'] }));
    else if (!input.retryOf) {
      const twin = unresolvedProblem(deps.unresolved, intent, id);
      if (twin) problems.push(twin);
    }
    items.push({ key: id, counterpartyId: q?.t2Id ?? '', counterpartyName: q?.t2Name ?? null, amount, problems });
    intents.push(problems.length ? null : intent);
  });
  const sending = intents.filter((i): i is MoneyIntent => i !== null);
  return {
    preview: {
      operation: 'reclaimQuota', currency: deps.currency, quota: null, items, sendCount: sending.length,
      total: sumAmounts(sending.map((i) => i.amount)), quotaBalanceAfter: null, calls: chunkCalls(sending, callOfIntent).length,
      asOf: deps.now().toISOString(),
    },
    intents,
  };
}
