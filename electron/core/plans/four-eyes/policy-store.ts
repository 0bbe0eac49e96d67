// What the four-eyes code needs from the account's policy log, as promises: the solo
// operations file (PolicyLog, synchronous) and the team database
// (infra/team/team-policy-store.ts, the operator stamped by the server) both implement it.
import type { Database } from 'better-sqlite3';
import type { PolicyStore } from '../../infra/plan-store/policy-records';
import { PolicyLog, type PolicyEventInput } from './policy-log';

export type { PolicyStore } from '../../infra/plan-store/policy-records';

export class SqlitePolicyStore implements PolicyStore {
  private readonly log: PolicyLog;

  constructor(db: Database) {
    this.log = new PolicyLog(db);
  }

  state = async () => this.log.state();
  approver = async (fingerprint: string) => this.log.approver(fingerprint);
  events = async () => this.log.events();
  append = async (event: PolicyEventInput) => this.log.append(event);
}

/** For the `approved` gate of single operations, over either store (the async variant of
 *  singleOperationApprovalLimit in policy-log.ts). */
export async function policyStoreLimit(store: PolicyStore): Promise<string | null> {
  return (await store.state()).policy.singleOperationLimit;
}
