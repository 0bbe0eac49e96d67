// The partner account's four-eyes policy and approver roster, kept as an append-only log in
// the operations file: every change is a row saying who changed what, when, from what to
// what. The current roster and policy are folded from the log, so nothing can be changed
// without leaving a trace (triggers refuse UPDATE and DELETE, four-eyes/schema.ts).
import type { Database } from 'better-sqlite3';
import type { PolicyEventView } from '../../../../shared/contract/channels/plans-approvers';

import {
  foldPolicy, jsonOrNull, policyEventViews, type PolicyEventInput, type PolicyEventRow, type PolicyState, type RosterEntry,
} from '../../infra/plan-store/policy-records';

export {
  foldPolicy, jsonOrNull, policyEventViews, SINGLE_OPERATION_LIMIT, type ApprovalPolicy, type PolicyEventInput, type PolicyEventRow, type PolicyState, type RosterEntry,
} from '../../infra/plan-store/policy-records';

export class PolicyLog {
  constructor(private readonly db: Database) {}

  private rows(): PolicyEventRow[] {
    return this.db.prepare('SELECT * FROM approval_policy_event ORDER BY seq').all() as PolicyEventRow[];
  }

  state(): PolicyState {
    return foldPolicy(this.rows());
  }

  approver(fingerprint: string): RosterEntry | undefined {
    return this.state().roster.find((r) => r.fingerprint === fingerprint);
  }

  events(): PolicyEventView[] {
    return policyEventViews(this.rows());
  }

  append(event: PolicyEventInput): void {
    this.db
      .prepare('INSERT INTO approval_policy_event (at, operator, account, change, subject, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(event.at, event.operator, event.account, event.change, event.subject, jsonOrNull(event.before), jsonOrNull(event.after));
  }
}

/**
 * For money.execute: single operations above this amount (decimal text) need a second
 * operator's approval under the partner account's policy; null when no limit is set.
 * Synchronous, over the solo file; `policyStoreLimit` (policy-store.ts) reads any store.
 */
export function singleOperationApprovalLimit(db: Database): string | null {
  return new PolicyLog(db).state().policy.singleOperationLimit;
}
