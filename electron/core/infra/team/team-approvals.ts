// Approvals and the approver roster in the team database. The server refuses an approval
// from the plan author's role, one signed with a key not in the roster, and one signed with a
// key enrolled for another role (schema-plans.ts); those refusals come back here as the same
// typed errors the SQLite path raises. The signature itself is verified by the app against
// the roster's public key before it records the approval (plans/four-eyes/approval-check.ts).
import type pg from 'pg';
import { AppError } from '../../../../shared/contract/errors';
import type { ApproverView } from '../../../../shared/contract/channels/plans-approvers';
import { pgError, TEAM_SQLSTATE } from './connection';

export interface NewApproval {
  readonly approvedAt: string;
  readonly contentHash: string;
  /** The roster key that signed (SHA-256 hex of its SPKI DER). */
  readonly keyFingerprint: string;
  readonly signature: string;
  readonly via: 'local' | 'file' | 'team';
}

export interface StoredApproval extends NewApproval {
  readonly seq: number;
  readonly planId: string;
  /** The login role that recorded it: the database says, not the client. */
  readonly approver: string;
  readonly recordedAt: string;
}

interface ApprovalRow {
  seq: string; plan_id: string; approver: string; approved_at: string; recorded_at: Date;
  content_hash: string; key_fingerprint: string; signature: string; via: NewApproval['via'];
}

export class TeamApprovals {
  constructor(private readonly pool: pg.Pool) {}

  /** Enrols an approver's key in the account's roster (an append-only policy event). */
  async enrol(account: string, approver: ApproverView, at: string): Promise<void> {
    await this.pool.query(
      "INSERT INTO approval_policy_event (at, account, change, subject, before_json, after_json) VALUES ($1, $2, 'approver-enrolled', $3, NULL, $4)",
      [at, account, approver.fingerprint, JSON.stringify(approver)],
    );
  }

  async remove(account: string, fingerprint: string, at: string): Promise<void> {
    await this.pool.query(
      "INSERT INTO approval_policy_event (at, account, change, subject, before_json, after_json) VALUES ($1, $2, 'approver-removed', $3, NULL, NULL)",
      [at, account, fingerprint],
    );
  }

  /** Records an approval as the connected role; the server's four-eyes refusals become typed errors. */
  async record(planId: string, approval: NewApproval): Promise<StoredApproval> {
    try {
      const r = await this.pool.query<ApprovalRow>(
        `INSERT INTO plan_approval (plan_id, approved_at, content_hash, key_fingerprint, signature, via)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [planId, approval.approvedAt, approval.contentHash, approval.keyFingerprint, approval.signature, approval.via],
      );
      return view(r.rows[0]!);
    } catch (error) {
      const e = pgError(error);
      const fingerprint = approval.keyFingerprint.slice(0, 16);
      if (e.code === TEAM_SQLSTATE.approvalByAuthor) throw new AppError('PLAN_APPROVER_IS_AUTHOR', { operator: await this.role() });
      if (e.code === TEAM_SQLSTATE.approvalKeyNotEnrolled) throw new AppError('PLAN_APPROVAL_KEY_NOT_ENROLLED', { fingerprint });
      if (e.code === TEAM_SQLSTATE.approvalKeyOfAuthor) throw new AppError('PLAN_APPROVAL_SIGNATURE_INVALID', {});
      if (e.code === '23503') throw new AppError('NOT_FOUND', { what: `plan ${planId}` });
      throw error;
    }
  }

  /** The plan's current approval: the latest recorded. */
  async latest(planId: string): Promise<StoredApproval | null> {
    const r = await this.pool.query<ApprovalRow>('SELECT * FROM plan_approval WHERE plan_id = $1 ORDER BY seq DESC LIMIT 1', [planId]);
    return r.rows[0] ? view(r.rows[0]) : null;
  }

  private async role(): Promise<string> {
    return (await this.pool.query<{ r: string }>('SELECT session_user AS r')).rows[0]!.r;
  }
}

function view(r: ApprovalRow): StoredApproval {
  return {
    seq: Number(r.seq), planId: r.plan_id, approver: r.approver, approvedAt: r.approved_at, recordedAt: r.recorded_at.toISOString(),
    contentHash: r.content_hash, keyFingerprint: r.key_fingerprint, signature: r.signature, via: r.via,
  };
}
