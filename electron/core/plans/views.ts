// Stored plans → what the renderer sees. Problems get their messages in both languages here.
import { errorCatalog, formatMessage } from '../../../shared/contract';
import type { PlanDetail, PlanItemView, PlanRowView, PlanSummary, RowProblem } from '../../../shared/contract/channels/plans';
import { sameOperator } from './four-eyes/approval-check';
import { executionView } from './run/outcome';
import type { StoredItem, StoredPlan, StoredRow } from './plan-repository';
import type { Problem } from './validate';
import { huaweiCodeMeaning } from '../infra/http/huawei-codes';
import type { Messages } from '../../../shared/contract/error-catalog/messages';

/** Our own codes (nothing was sent) have catalogue messages; Huawei's their plain meaning. */
function reasonOf(code: string): Messages {
  const own = (errorCatalog as Record<string, Messages | undefined>)[code];
  return own ? { en: own.en.replace(/\{\{[^}]+\}\}/g, '…'), 'zh-CN': own['zh-CN'].replace(/\{\{[^}]+\}\}/g, '…') } : huaweiCodeMeaning(code);
}

export function problemView(p: Problem): RowProblem {
  const entry = errorCatalog[p.code];
  return {
    code: p.code,
    field: p.field,
    details: p.details,
    messages: { en: formatMessage(entry.en, p.details), 'zh-CN': formatMessage(entry['zh-CN'], p.details) },
  };
}

/** What the screen shows; execute checks the signature, the roster and the rows again
 *  (four-eyes/approval-check.ts). Every plan needs approval: the account's policy. */
export function approvalValid(plan: StoredPlan): boolean {
  const a = plan.approval;
  return a !== null && a.signature !== null && a.contentHash === plan.contentHash && !sameOperator(a.approver, plan.author);
}

export function summaryView(plan: StoredPlan, rowCount: number, items: readonly StoredItem[]): PlanSummary {
  return {
    id: plan.id,
    name: plan.name,
    kind: plan.kind,
    params: plan.params,
    status: plan.status,
    author: plan.author,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    rowCount,
    errorRows: plan.errorRows,
    total: plan.total,
    contentHash: plan.contentHash,
    requiresApproval: plan.requiresApproval,
    approval: plan.approval && {
      approver: plan.approval.approver,
      approvedAt: plan.approval.approvedAt,
      contentHash: plan.approval.contentHash,
      via: plan.approval.via,
      keyFingerprint: plan.approval.keyFingerprint,
    },
    approvalValid: approvalValid(plan),
    execution: items.length ? executionView(items, plan.startedAt, plan.finishedAt) : null,
  };
}

function rowView(r: StoredRow, index: number): PlanRowView {
  return {
    index,
    sourceLine: r.sourceLine,
    target: r.target,
    amount: r.amount,
    memo: r.memo,
    validTime: r.validTime,
    expireTime: r.expireTime,
    counterpartyId: r.resolution?.counterpartyId ?? null,
    counterpartyName: r.resolution?.counterpartyName ?? null,
    indirectPartnerId: r.resolution?.indirectPartnerId ?? null,
    balance: r.resolution?.balance ?? null,
    details: r.resolution?.details ?? null,
    problems: r.problems.map(problemView),
  };
}

function itemView(i: StoredItem): PlanItemView {
  return {
    index: i.index,
    counterpartyId: i.counterpartyId,
    counterpartyName: i.counterpartyName,
    amount: i.amount,
    memo: i.memo,
    details: i.details ? { couponId: i.details.couponId, quotaId: i.details.quotaId, validTime: i.details.validTime, expireTime: i.details.expireTime } : null,
    outcome: i.outcome,
    journalEntryId: i.journalEntryId,
    transId: i.transId,
    errorCode: i.errorCode,
    errorMessage: i.errorMessage,
    reason: i.errorCode ? reasonOf(i.errorCode) : null,
    attempts: i.attempts,
    finishedAt: i.finishedAt,
  };
}

export function detailView(plan: StoredPlan, rows: readonly StoredRow[], items: readonly StoredItem[]): PlanDetail {
  return {
    ...summaryView(plan, rows.length, items),
    rows: rows.map(rowView),
    problems: plan.problems.map(problemView),
    allocatable: plan.allocatable,
    items: items.map(itemView),
  };
}
