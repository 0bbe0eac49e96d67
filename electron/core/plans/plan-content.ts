// Rows ↔ validation ↔ canonical content: what every edit recomputes.
import type { PlanKind, PlanParams } from '../../../shared/contract/channels/plans';
import { contentHash, type CanonicalItem } from './canonical';
import type { StoredRow } from './plan-repository';
import type { ReferenceData } from './reference';
import type { PlanRow } from './types';
import { validatePlan, type Problem } from './validate';

export interface Revalidated {
  readonly rows: StoredRow[];
  readonly problems: readonly Problem[];
  readonly total: string;
  readonly errorRows: number;
  readonly problemCount: number;
}

export function revalidate(kind: PlanKind, rows: readonly PlanRow[], ref: ReferenceData, params: PlanParams = {}): Revalidated {
  const v = validatePlan(kind, rows, ref, params);
  return {
    rows: v.rows.map((r) => ({
      target: r.row.target,
      amount: r.row.amount,
      memo: r.row.memo,
      sourceLine: r.row.sourceLine,
      validTime: r.row.validTime ?? '',
      expireTime: r.row.expireTime ?? '',
      resolution: r.resolution,
      canonicalAmount: r.amount,
      problems: r.problems,
    })),
    problems: v.planProblems,
    total: v.total,
    errorRows: v.errorRows,
    problemCount: v.problemCount,
  };
}

export function canonicalItems(rows: readonly StoredRow[]): CanonicalItem[] {
  return rows.map((r) => ({
    target: r.target.trim(),
    counterpartyId: r.resolution?.counterpartyId ?? '',
    indirectPartnerId: r.resolution?.indirectPartnerId ?? null,
    amount: r.canonicalAmount ?? r.amount,
    memo: r.memo,
    details: r.resolution?.details ?? null,
  }));
}

/** The rows as typed, for validating again (edits, plan files). */
export function typedRows(rows: readonly StoredRow[]): PlanRow[] {
  return rows.map(({ target, amount, memo, sourceLine, validTime, expireTime }) => ({ target, amount, memo, sourceLine, validTime, expireTime }));
}

export function hashOf(plan: { id: string; kind: PlanKind; author: string; createdAt: string; params?: PlanParams }, rows: readonly StoredRow[]): string {
  return contentHash({ ...plan, items: canonicalItems(rows) });
}
