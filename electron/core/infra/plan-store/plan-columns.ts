// Plan records to and from table rows, the same columns in SQLite and PostgreSQL (the team
// schema copies the solo one; only the approval lives elsewhere there: plan_approval).
import type { ItemOutcome, PlanKind, PlanParams, PlanRowDetails, PlanStatus } from '../../../../shared/contract/channels/plans';
import type { WriteDetails } from '../../../../shared/domain/operations';
import type { ItemPatch, PlanPatch, Problem, StoredApproval, StoredItem, StoredPlan, StoredRow } from './plan-records';

export type Row = Record<string, unknown>;
export const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
export const json = <T>(v: unknown): T | null => (v === null || v === undefined || v === '' ? null : (JSON.parse(String(v)) as T));

/** A plan row; the approval comes from where each store keeps it. */
export function toPlan(r: Row, approval: StoredApproval | null): StoredPlan {
  return {
    id: String(r.id),
    name: String(r.name),
    kind: r.kind as PlanKind,
    status: r.status as PlanStatus,
    author: String(r.author),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    requiresApproval: r.requires_approval === 1 || r.requires_approval === true,
    contentHash: String(r.content_hash),
    total: String(r.total),
    errorRows: Number(r.error_rows),
    params: json<PlanParams>(r.params_json) ?? {},
    problems: JSON.parse(String(r.problems_json)) as Problem[],
    allocatable: r.allocatable == null ? null : { amount: String(r.allocatable), fetchedAt: String(r.allocatable_fetched_at ?? '') },
    approval,
    startedAt: s(r.started_at),
    finishedAt: s(r.finished_at),
  };
}

export function toRow(r: Row): StoredRow {
  return {
    target: String(r.target),
    amount: String(r.amount),
    memo: String(r.memo),
    sourceLine: r.source_line == null ? null : Number(r.source_line),
    validTime: s(r.valid_time) ?? '',
    expireTime: s(r.expire_time) ?? '',
    resolution:
      r.counterparty_id == null
        ? null
        : {
            counterpartyId: String(r.counterparty_id),
            counterpartyName: s(r.counterparty_name),
            indirectPartnerId: s(r.indirect_partner_id),
            balance: s(r.balance),
            balanceFetchedAt: s(r.balance_fetched_at),
            details: json<PlanRowDetails>(r.details_json),
          },
    canonicalAmount: s(r.canonical_amount),
    problems: JSON.parse(String(r.problems_json)) as Problem[],
  };
}

export function toItem(r: Row): StoredItem {
  return {
    index: Number(r.idx),
    counterpartyId: String(r.counterparty_id),
    counterpartyName: s(r.counterparty_name),
    indirectPartnerId: s(r.indirect_partner_id),
    amount: String(r.amount),
    memo: String(r.memo),
    details: json<WriteDetails>(r.details_json),
    outcome: r.outcome as ItemOutcome,
    attempts: Number(r.attempts),
    journalEntryId: s(r.journal_entry_id),
    transId: s(r.trans_id),
    errorCode: s(r.error_code),
    errorMessage: s(r.error_message),
    finishedAt: s(r.finished_at),
  };
}

export const JSON_COLUMNS: ReadonlySet<keyof PlanPatch> = new Set(['problems', 'params']);

export const PLAN_COLUMNS: Record<keyof PlanPatch, string> = {
  name: 'name',
  status: 'status',
  updatedAt: 'updated_at',
  requiresApproval: 'requires_approval',
  contentHash: 'content_hash',
  total: 'total',
  errorRows: 'error_rows',
  problems: 'problems_json',
  params: 'params_json',
  allocatable: 'allocatable',
  startedAt: 'started_at',
  finishedAt: 'finished_at',
};

export const ITEM_COLUMNS: Record<keyof ItemPatch, string> = {
  outcome: 'outcome',
  attempts: 'attempts',
  journalEntryId: 'journal_entry_id',
  transId: 'trans_id',
  errorCode: 'error_code',
  errorMessage: 'error_message',
  finishedAt: 'finished_at',
};

/** A patch as (column, value) pairs, JSON and booleans encoded by `bool`. */
export function planPatchColumns(patch: PlanPatch, bool: (b: boolean) => unknown): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(patch) as [keyof PlanPatch, unknown][]) {
    if (value === undefined) continue;
    if (key === 'allocatable') {
      const a = value as StoredPlan['allocatable'];
      out.push(['allocatable', a?.amount ?? null], ['allocatable_fetched_at', a?.fetchedAt ?? null]);
      continue;
    }
    out.push([PLAN_COLUMNS[key], JSON_COLUMNS.has(key) ? JSON.stringify(value) : typeof value === 'boolean' ? bool(value) : value]);
  }
  return out;
}

export const itemPatchColumns = (patch: ItemPatch): [string, unknown][] =>
  (Object.entries(patch) as [keyof ItemPatch, unknown][]).filter(([, v]) => v !== undefined).map(([k, v]) => [ITEM_COLUMNS[k], v]);

export const ROW_COLUMNS = ['plan_id', 'idx', 'target', 'amount', 'memo', 'source_line', 'counterparty_id', 'counterparty_name', 'indirect_partner_id',
  'balance', 'balance_fetched_at', 'canonical_amount', 'problems_json', 'valid_time', 'expire_time', 'details_json'] as const;

/** One row's values in ROW_COLUMNS order. */
export const rowValues = (id: string, i: number, r: StoredRow): unknown[] => [
  id, i, r.target, r.amount, r.memo, r.sourceLine, r.resolution?.counterpartyId ?? null, r.resolution?.counterpartyName ?? null,
  r.resolution?.indirectPartnerId ?? null, r.resolution?.balance ?? null, r.resolution?.balanceFetchedAt ?? null, r.canonicalAmount,
  JSON.stringify(r.problems), r.validTime || null, r.expireTime || null, r.resolution?.details ? JSON.stringify(r.resolution.details) : null,
];

export const PLAN_INSERT_COLUMNS = ['id', 'name', 'kind', 'status', 'author', 'created_at', 'updated_at', 'requires_approval', 'content_hash', 'total',
  'error_rows', 'problems_json', 'allocatable', 'allocatable_fetched_at', 'params_json'] as const;

/** A new plan's values in PLAN_INSERT_COLUMNS order. */
export const planValues = (plan: StoredPlan, bool: (b: boolean) => unknown): unknown[] => [
  plan.id, plan.name, plan.kind, plan.status, plan.author, plan.createdAt, plan.updatedAt, bool(plan.requiresApproval), plan.contentHash, plan.total,
  plan.errorRows, JSON.stringify(plan.problems), plan.allocatable?.amount ?? null, plan.allocatable?.fetchedAt ?? null, JSON.stringify(plan.params ?? {}),
];
