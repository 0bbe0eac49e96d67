// Offline validation of a plan against the local store's cached customers, T2s and balances.
// Pure: the same rows and reference data always give the same problems. Problems carry an
// error-catalogue code and details; the service renders them in both languages.
import type { ErrorCode } from '../../../shared/contract';
import { isVoucherPlanKind, type PlanKind, type PlanParams } from '../../../shared/contract/channels/plans';
import { compareAmounts, parseAmount, sumAmounts, type AmountProblem } from '../../../shared/domain/money';
import type { ReferenceData } from './reference';
import { isFunding, MAX_MEMO, targetsCustomers, type PlanRow } from './types';
import { validateVoucherPlan } from './validate-vouchers';

export type { Problem, Resolution } from '../infra/plan-store/plan-records';
import type { Problem, Resolution } from '../infra/plan-store/plan-records';

export interface ValidatedRow {
  readonly row: PlanRow;
  /** Canonical amount ("100.50") when the amount is valid. */
  readonly amount: string | null;
  readonly resolution: Resolution | null;
  readonly problems: readonly Problem[];
}

export interface Validation {
  readonly rows: readonly ValidatedRow[];
  readonly planProblems: readonly Problem[];
  /** Sum of the valid amounts. */
  readonly total: string;
  readonly errorRows: number;
  readonly problemCount: number;
}

const AMOUNT_CODES: Record<AmountProblem, ErrorCode> = {
  empty: 'PLAN_ROW_AMOUNT_EMPTY',
  format: 'PLAN_ROW_AMOUNT_FORMAT',
  tooManyDecimals: 'PLAN_ROW_AMOUNT_DECIMALS',
  notPositive: 'PLAN_ROW_AMOUNT_NOT_POSITIVE',
  negative: 'PLAN_ROW_AMOUNT_NOT_POSITIVE',
  tooLarge: 'PLAN_ROW_AMOUNT_TOO_LARGE',
};

/** Amounts as the API takes them: > 0, at most 2 decimals. Typed forms (1,000.5, full-width
 *  digits) are accepted and canonicalised. */
export function checkAmount(text: string): { amount: string } | { problem: Problem } {
  const parsed = parseAmount(text, { lenient: true, positive: true, maxDecimals: 2 });
  if (parsed.ok) return { amount: parsed.value };
  return { problem: { code: AMOUNT_CODES[parsed.problem], field: 'amount', details: { amount: text.slice(0, 40) } } };
}

export interface Resolved {
  readonly resolution?: Resolution;
  readonly problem?: Problem;
}

export function resolveT2(target: string, ref: ReferenceData): Resolved {
  const t = target.trim();
  if (!t) return { problem: { code: 'PLAN_ROW_T2_EMPTY', field: 'target', details: {} } };
  const t2 = ref.t2ById(t);
  if (!t2) return { problem: { code: 'PLAN_ROW_UNKNOWN_T2', field: 'target', details: { target: t } } };
  return { resolution: { counterpartyId: t2.id, counterpartyName: t2.name, indirectPartnerId: null, balance: t2.balance, balanceFetchedAt: t2.balanceFetchedAt } };
}

/** A customer by id, else by login name; only resale customers can be funded or given vouchers. */
export function resolveCustomer(target: string, ref: ReferenceData): Resolved {
  const t = target.trim();
  if (!t) return { problem: { code: 'PLAN_ROW_TARGET_EMPTY', field: 'target', details: {} } };
  let customer = ref.customerById(t);
  if (!customer) {
    const byLogin = ref.customersByLogin(t);
    if (byLogin.length > 1) return { problem: { code: 'PLAN_ROW_AMBIGUOUS_CUSTOMER', field: 'target', details: { target: t } } };
    customer = byLogin[0];
  }
  if (!customer) return { problem: { code: 'PLAN_ROW_UNKNOWN_CUSTOMER', field: 'target', details: { target: t } } };
  const resolution: Resolution = {
    counterpartyId: customer.customerId,
    counterpartyName: customer.name ?? customer.accountName,
    indirectPartnerId: customer.indirectPartnerId,
    balance: customer.balance,
    balanceFetchedAt: customer.balanceFetchedAt,
  };
  if (customer.associationType !== '2') {
    return { resolution, problem: { code: 'PLAN_ROW_REFERRAL_CUSTOMER', field: 'target', details: { name: customer.name ?? customer.accountName } } };
  }
  return { resolution };
}

function resolveTarget(kind: PlanKind, target: string, ref: ReferenceData): Resolved {
  if (!targetsCustomers(kind)) return resolveT2(target, ref);
  const { resolution, problem } = resolveCustomer(target, ref);
  if (problem || !resolution) return { resolution, problem };
  if (kind === 'reclaim-customers' && resolution.indirectPartnerId) {
    // The journal's reclaim operation acts on the partner's own customers only.
    const details = { name: resolution.counterpartyName ?? target.trim(), t2: resolution.indirectPartnerId };
    return { resolution, problem: { code: 'PLAN_ROW_T2_CUSTOMER_RECLAIM', field: 'target', details } };
  }
  return { resolution };
}

export function validatePlan(kind: PlanKind, rows: readonly PlanRow[], ref: ReferenceData, params: PlanParams = {}): Validation {
  if (isVoucherPlanKind(kind)) return validateVoucherPlan(kind, rows, ref, params);
  const seen = new Map<string, number>();
  const validated: ValidatedRow[] = rows.map((row, i) => {
    const problems: Problem[] = [];
    const { resolution, problem } = resolveTarget(kind, row.target, ref);
    if (problem) problems.push(problem);
    const amountCheck = checkAmount(row.amount);
    const amount = 'amount' in amountCheck ? amountCheck.amount : null;
    if ('problem' in amountCheck) problems.push(amountCheck.problem);
    if ([...row.memo].length > MAX_MEMO) problems.push({ code: 'PLAN_ROW_MEMO_TOO_LONG', field: 'memo', details: {} });
    if (resolution) {
      const first = seen.get(resolution.counterpartyId);
      if (first !== undefined) problems.push({ code: 'PLAN_ROW_DUPLICATE', field: 'target', details: { other: String(first + 1) } });
      else seen.set(resolution.counterpartyId, i);
      if (!isFunding(kind) && amount !== null) {
        if (resolution.balance === null) problems.push({ code: 'PLAN_ROW_NO_BALANCE', field: 'amount', details: {} });
        else if (compareAmounts(amount, resolution.balance) > 0) {
          problems.push({
            code: 'PLAN_ROW_OVER_BALANCE',
            field: 'amount',
            details: { amount, balance: resolution.balance, fetchedAt: resolution.balanceFetchedAt ?? '' },
          });
        }
      }
    }
    return { row, amount, resolution: resolution ?? null, problems };
  });

  const planProblems = isFunding(kind) ? fundingProblems(kind, validated, ref) : [];
  const total = sumAmounts(validated.flatMap((v) => (v.amount === null ? [] : [v.amount])));
  const errorRows = validated.filter((v) => v.problems.length > 0).length;
  const problemCount = validated.reduce((n, v) => n + v.problems.length, 0) + planProblems.length;
  return { rows: validated, planProblems, total, errorRows, problemCount };
}

/** Fundings draw on one account per payer: the partner's allocatable amount for its own
 *  customers and T2s, or a T2's balance for that T2's customers (indirect_partner_id). */
function fundingProblems(kind: PlanKind, rows: readonly ValidatedRow[], ref: ReferenceData): Problem[] {
  const byPayer = new Map<string, string[]>();
  for (const v of rows) {
    if (v.amount === null || !v.resolution) continue;
    const payer = kind === 'fund-customers' ? (v.resolution.indirectPartnerId ?? '') : '';
    byPayer.set(payer, [...(byPayer.get(payer) ?? []), v.amount]);
  }
  const problems: Problem[] = [];
  for (const [payer, amounts] of byPayer) {
    const total = sumAmounts(amounts);
    const available = payer === '' ? ref.allocatable() : t2Allocatable(ref, payer);
    if (!available) {
      problems.push({ code: 'PLAN_ALLOCATABLE_UNKNOWN', field: 'plan', details: { payer } });
    } else if (compareAmounts(total, available.amount) > 0) {
      problems.push({
        code: 'PLAN_TOTAL_OVER_ALLOCATABLE',
        field: 'plan',
        details: { total, allocatable: available.amount, fetchedAt: available.fetchedAt, payer },
      });
    }
  }
  return problems;
}

function t2Allocatable(ref: ReferenceData, t2Id: string) {
  const t2 = ref.t2ById(t2Id);
  return t2?.balance != null ? { amount: t2.balance, fetchedAt: t2.balanceFetchedAt ?? '' } : null;
}
