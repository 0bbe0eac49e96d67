// The account's four-eyes policy log as both stores hold it (the solo operations file:
// plans/four-eyes/policy-log.ts; the team database: infra/team/team-policy-store.ts), and the
// fold from that log to the current roster and policy. Beneath the plans area so the team
// store can implement it.
import type { ApproverView, PolicyEventView } from '../../../../shared/contract/channels/plans-approvers';

export type RosterEntry = ApproverView;

export interface ApprovalPolicy {
  /** Every batch plan needs a second operator's signed approval: not configurable. */
  readonly plansRequireApproval: true;
  /** Single money operations above this amount need approval too; null: none do. */
  readonly singleOperationLimit: string | null;
}

export interface PolicyState {
  readonly roster: readonly RosterEntry[];
  readonly policy: ApprovalPolicy;
}

type Change = PolicyEventView['change'];

/** One row of approval_policy_event, as both stores read it. */
export interface PolicyEventRow {
  seq: number;
  at: string;
  operator: string;
  account: string;
  change: Change;
  subject: string;
  before_json: string | null;
  after_json: string | null;
}

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

export const SINGLE_OPERATION_LIMIT = 'single-operation-limit';

/** The current roster and policy, folded from the log in `seq` order. */
export function foldPolicy(rows: readonly PolicyEventRow[]): PolicyState {
  const roster = new Map<string, RosterEntry>();
  let singleOperationLimit: string | null = null;
  for (const e of rows) {
    if (e.change === 'approver-enrolled') roster.set(e.subject, parse<RosterEntry>(e.after_json)!);
    else if (e.change === 'approver-removed') roster.delete(e.subject);
    else if (e.subject === SINGLE_OPERATION_LIMIT) singleOperationLimit = parse<{ singleOperationLimit: string | null }>(e.after_json)?.singleOperationLimit ?? null;
  }
  return { roster: [...roster.values()], policy: { plansRequireApproval: true, singleOperationLimit } };
}

/** The log newest first, as the setup screen lists it. */
export const policyEventViews = (rows: readonly PolicyEventRow[]): PolicyEventView[] =>
  [...rows]
    .reverse()
    .map((e) => ({ seq: Number(e.seq), at: e.at, operator: e.operator, account: e.account, change: e.change, subject: e.subject, before: e.before_json, after: e.after_json }));

export interface PolicyEventInput {
  readonly at: string;
  readonly operator: string;
  readonly account: string;
  readonly change: Change;
  readonly subject: string;
  readonly before: unknown;
  readonly after: unknown;
}

export const jsonOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));

export interface PolicyStore {
  state(): Promise<PolicyState>;
  approver(fingerprint: string): Promise<RosterEntry | undefined>;
  /** Newest first. */
  events(): Promise<PolicyEventView[]>;
  /** Appends one change. In the team store the database names the operator (session_user):
   *  `event.operator` is ignored there. */
  append(event: PolicyEventInput): Promise<void>;
}
