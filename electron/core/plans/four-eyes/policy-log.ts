// The partner account's four-eyes policy and approver roster, kept as an append-only log in
// the operations file: every change is a row saying who changed what, when, from what to
// what. The current roster and policy are folded from the log, so nothing can be changed
// without leaving a trace (triggers refuse UPDATE and DELETE, four-eyes/schema.ts).
import type { Database } from 'better-sqlite3';
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

interface EventRow {
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

export class PolicyLog {
  constructor(private readonly db: Database) {}

  private rows(): EventRow[] {
    return this.db.prepare('SELECT * FROM approval_policy_event ORDER BY seq').all() as EventRow[];
  }

  state(): PolicyState {
    const roster = new Map<string, RosterEntry>();
    let singleOperationLimit: string | null = null;
    for (const e of this.rows()) {
      if (e.change === 'approver-enrolled') roster.set(e.subject, parse<RosterEntry>(e.after_json)!);
      else if (e.change === 'approver-removed') roster.delete(e.subject);
      else if (e.subject === SINGLE_OPERATION_LIMIT) singleOperationLimit = parse<{ singleOperationLimit: string | null }>(e.after_json)?.singleOperationLimit ?? null;
    }
    return { roster: [...roster.values()], policy: { plansRequireApproval: true, singleOperationLimit } };
  }

  approver(fingerprint: string): RosterEntry | undefined {
    return this.state().roster.find((r) => r.fingerprint === fingerprint);
  }

  events(): PolicyEventView[] {
    return this.rows()
      .reverse()
      .map((e) => ({ seq: e.seq, at: e.at, operator: e.operator, account: e.account, change: e.change, subject: e.subject, before: e.before_json, after: e.after_json }));
  }

  append(event: { at: string; operator: string; account: string; change: Change; subject: string; before: unknown; after: unknown }): void {
    const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
    this.db
      .prepare('INSERT INTO approval_policy_event (at, operator, account, change, subject, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(event.at, event.operator, event.account, event.change, event.subject, json(event.before), json(event.after));
  }
}

/**
 * For money.execute: single operations above this amount (decimal text) need a second
 * operator's approval under the partner account's policy; null when no limit is set.
 */
export function singleOperationApprovalLimit(db: Database): string | null {
  return new PolicyLog(db).state().policy.singleOperationLimit;
}
