// The account's approver roster and policy log in the team database: approval_policy_event,
// append-only, the operator of every change stamped by the server (session_user). The fold
// to the current roster and policy is the solo one (plan-store/policy-records.ts).
import type pg from 'pg';
import {
  foldPolicy, jsonOrNull, policyEventViews, type PolicyEventInput, type PolicyEventRow, type PolicyState, type PolicyStore, type RosterEntry,
} from '../plan-store/policy-records';
import type { PolicyEventView } from '../../../../shared/contract/channels/plans-approvers';

export class TeamPolicyStore implements PolicyStore {
  constructor(private readonly pool: pg.Pool) {}

  private async rows(): Promise<PolicyEventRow[]> {
    const r = await this.pool.query<PolicyEventRow>('SELECT seq, at, operator, account, change, subject, before_json, after_json FROM approval_policy_event ORDER BY seq');
    return r.rows.map((e) => ({ ...e, seq: Number(e.seq) }));
  }

  async state(): Promise<PolicyState> {
    return foldPolicy(await this.rows());
  }

  async approver(fingerprint: string): Promise<RosterEntry | undefined> {
    return (await this.state()).roster.find((r) => r.fingerprint === fingerprint);
  }

  async events(): Promise<PolicyEventView[]> {
    return policyEventViews(await this.rows());
  }

  /** `event.operator` is not sent: the column is the server's (not in the operators' grant). */
  async append(event: PolicyEventInput): Promise<void> {
    await this.pool.query(
      'INSERT INTO approval_policy_event (at, account, change, subject, before_json, after_json) VALUES ($1, $2, $3, $4, $5, $6)',
      [event.at, event.account, event.change, event.subject, jsonOrNull(event.before), jsonOrNull(event.after)],
    );
  }
}
