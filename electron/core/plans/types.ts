// Core-side plan model: rows as typed, and facts about the plan kinds.
import type { PlanKind } from '../../../shared/contract/channels/plans';

export interface PlanRow {
  readonly target: string;
  readonly amount: string;
  readonly memo: string;
  readonly sourceLine: number | null;
}

/** What a money operation of a plan item is, in the journal's terms. */
export type MoneyOperationKind = 'fund-customer' | 'reclaim-customer' | 'fund-t2' | 'reclaim-t2';

export const OPERATION_OF: Readonly<Record<PlanKind, MoneyOperationKind>> = {
  'fund-customers': 'fund-customer',
  'reclaim-customers': 'reclaim-customer',
  'fund-t2s': 'fund-t2',
  'reclaim-t2s': 'reclaim-t2',
};

export const targetsCustomers = (kind: PlanKind): boolean => kind === 'fund-customers' || kind === 'reclaim-customers';
export const isFunding = (kind: PlanKind): boolean => kind === 'fund-customers' || kind === 'fund-t2s';

export const MAX_MEMO = 200;
