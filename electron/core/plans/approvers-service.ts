// Four-eyes setup of the active profile's partner account: my signing key and its enrolment
// file, the roster of approvers' public keys, and the policy. Every change is appended to the
// policy log (four-eyes/policy-log.ts) with who made it and the state before and after.
import { AppError } from '../../../shared/contract';
import type { PlanFileOut } from '../../../shared/contract/channels/plans';
import type { ApprovalSetupView } from '../../../shared/contract/channels/plans-approvers';
import { parseAmount } from '../../../shared/domain/money';
import { readEnrolment, writeEnrolment } from './four-eyes/keys';
import type { OperatorKeys } from './four-eyes/operator-keys';
import { SINGLE_OPERATION_LIMIT } from './four-eyes/policy-log';
import { policyStoreLimit, type PolicyStore } from './four-eyes/policy-store';
import { storesOf, type PlanStoreSource } from './plan-store';

export interface ApproversDeps extends PlanStoreSource {
  /** The active profile's partner account (domain id). */
  readonly account: () => string;
  readonly keys: OperatorKeys;
  readonly now?: () => Date;
}

export class ApproversService {
  constructor(private readonly deps: ApproversDeps) {}

  private log(): PolicyStore {
    return storesOf(this.deps).policy;
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  async setup(operator: string): Promise<ApprovalSetupView> {
    const mine = await this.deps.keys.find(operator);
    const log = this.log();
    const { roster, policy } = await log.state();
    return { account: this.deps.account(), operator, myKey: mine && { fingerprint: mine.fingerprint }, roster, policy, events: await log.events() };
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
    const existing = await log.approver(file.fingerprint);
    if (existing) throw new AppError('PLAN_APPROVER_ALREADY_ENROLLED', { fingerprint: file.fingerprint.slice(0, 16), operator: existing.operator });
    const at = this.now().toISOString();
    const entry = { operator: file.operator, fingerprint: file.fingerprint, publicKey: file.publicKey, enrolledAt: at, enrolledBy: operator };
    await log.append({ at, operator, account: this.deps.account(), change: 'approver-enrolled', subject: file.fingerprint, before: null, after: entry });
    return this.setup(operator);
  }

  async remove(fingerprint: string, operator: string): Promise<ApprovalSetupView> {
    const log = this.log();
    const entry = await log.approver(fingerprint);
    if (!entry) throw new AppError('PLAN_APPROVER_NOT_FOUND', { fingerprint: fingerprint.slice(0, 16) });
    await log.append({ at: this.now().toISOString(), operator, account: this.deps.account(), change: 'approver-removed', subject: fingerprint, before: entry, after: null });
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
    const before = (await log.state()).policy.singleOperationLimit;
    // Only real changes are logged: saving the form twice leaves one entry.
    if (before !== limit) {
      await log.append({
        at: this.now().toISOString(), operator, account: this.deps.account(), change: 'policy-set', subject: SINGLE_OPERATION_LIMIT,
        before: { singleOperationLimit: before }, after: { singleOperationLimit: limit },
      });
    }
    return this.setup(operator);
  }

  /** Single operations above this need approval; any store (solo or team). */
  approvalLimit(): Promise<string | null> {
    return policyStoreLimit(this.log());
  }
}
