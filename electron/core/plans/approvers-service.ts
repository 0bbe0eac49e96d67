// Four-eyes setup of the active profile's partner account: my signing key and its enrolment
// file, the roster of approvers' public keys, and the policy. Every change is appended to the
// policy log (four-eyes/policy-log.ts) with who made it and the state before and after.
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract';
import type { PlanFileOut } from '../../../shared/contract/channels/plans';
import type { ApprovalSetupView } from '../../../shared/contract/channels/plans-approvers';
import { parseAmount } from '../../../shared/domain/money';
import { readEnrolment, writeEnrolment } from './four-eyes/keys';
import type { OperatorKeys } from './four-eyes/operator-keys';
import { PolicyLog, SINGLE_OPERATION_LIMIT } from './four-eyes/policy-log';

export interface ApproversDeps {
  readonly db: () => Database;
  /** The active profile's partner account (domain id). */
  readonly account: () => string;
  readonly keys: OperatorKeys;
  readonly now?: () => Date;
}

export class ApproversService {
  constructor(private readonly deps: ApproversDeps) {}

  private log(): PolicyLog {
    return new PolicyLog(this.deps.db());
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  async setup(operator: string): Promise<ApprovalSetupView> {
    const mine = await this.deps.keys.find(operator);
    const log = this.log();
    const { roster, policy } = log.state();
    return { account: this.deps.account(), operator, myKey: mine && { fingerprint: mine.fingerprint }, roster, policy, events: log.events() };
  }

  async createSigningKey(operator: string): Promise<ApprovalSetupView> {
    await this.deps.keys.ensure(operator);
    return this.setup(operator);
  }

  async exportEnrolment(operator: string): Promise<PlanFileOut> {
    const key = await this.deps.keys.ensure(operator);
    const name = operator.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60) || 'operator';
    return { fileName: `approver-${name}-${key.fingerprint.slice(0, 8)}.pdkey.json`, content: writeEnrolment(key, this.now()) };
  }

  async enrol(content: string, operator: string): Promise<ApprovalSetupView> {
    const file = readEnrolment(content);
    const log = this.log();
    const existing = log.approver(file.fingerprint);
    if (existing) throw new AppError('PLAN_APPROVER_ALREADY_ENROLLED', { fingerprint: file.fingerprint.slice(0, 16), operator: existing.operator });
    const at = this.now().toISOString();
    const entry = { operator: file.operator, fingerprint: file.fingerprint, publicKey: file.publicKey, enrolledAt: at, enrolledBy: operator };
    log.append({ at, operator, account: this.deps.account(), change: 'approver-enrolled', subject: file.fingerprint, before: null, after: entry });
    return this.setup(operator);
  }

  async remove(fingerprint: string, operator: string): Promise<ApprovalSetupView> {
    const log = this.log();
    const entry = log.approver(fingerprint);
    if (!entry) throw new AppError('PLAN_APPROVER_NOT_FOUND', { fingerprint: fingerprint.slice(0, 16) });
    log.append({ at: this.now().toISOString(), operator, account: this.deps.account(), change: 'approver-removed', subject: fingerprint, before: entry, after: null });
    return this.setup(operator);
  }

  async setPolicy(input: { singleOperationLimit: string | null }, operator: string): Promise<ApprovalSetupView> {
    let limit: string | null = null;
    if (input.singleOperationLimit !== null && input.singleOperationLimit.trim() !== '') {
      const parsed = parseAmount(input.singleOperationLimit, { lenient: true, positive: true, maxDecimals: 2 });
      if (!parsed.ok) throw new AppError('PLAN_POLICY_LIMIT_INVALID', { amount: input.singleOperationLimit.slice(0, 40) });
      limit = parsed.value;
    }
    const log = this.log();
    const before = log.state().policy.singleOperationLimit;
    // Only real changes are logged: saving the form twice leaves one entry.
    if (before !== limit) {
      log.append({
        at: this.now().toISOString(), operator, account: this.deps.account(), change: 'policy-set', subject: SINGLE_OPERATION_LIMIT,
        before: { singleOperationLimit: before }, after: { singleOperationLimit: limit },
      });
    }
    return this.setup(operator);
  }

  /** For money.execute (the lead wires it): single operations above this need approval. */
  singleOperationApprovalLimit(): string | null {
    return this.log().state().policy.singleOperationLimit;
  }
}
