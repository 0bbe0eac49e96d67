// Four-eyes use cases of the plans area: approving here (signed with the operator's key),
// plan files out and in (an imported plan is resolved again against this workstation's own
// data: the approver reviews their names and problems, never the file's), signed approval
// files out and in, and the check execute makes before any money moves.
import { AppError } from '../../../shared/contract';
import { isVoucherPlanKind, type PlanDetail, type PlanFileOut } from '../../../shared/contract/channels/plans';
import { checkSignedApproval, rosterLookup, sameOperator, type SignedApproval } from './four-eyes/approval-check';
import { signApproval } from './four-eyes/keys';
import type { OperatorKeys } from './four-eyes/operator-keys';
import { canonicalItems, hashOf, revalidate } from './plan-content';
import { readApprovalFile, readPlanFile, writeApprovalFile, writePlanFile } from './plan-file';
import type { StoredPlan, StoredRow } from './plan-repository';
import { storesOf, type PlanStore, type PlanStoreSource, type PlanStores } from './plan-store';
import type { ReferenceSource } from './reference';
import type { Problem } from './validate';
import { detailView } from './views';

export interface PlanApprovalsDeps extends PlanStoreSource {
  readonly reference: ReferenceSource;
  /** The active profile's partner account (domain id): every signature names it. */
  readonly account: () => string;
  readonly keys: OperatorKeys;
  readonly now?: () => Date;
}

const safeName = (s: string) => s.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60) || 'plan';

export class PlanApprovals {
  constructor(private readonly deps: PlanApprovalsDeps) {}

  private stores(): PlanStores {
    return storesOf(this.deps);
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }

  private async detail(repo: PlanStore, id: string): Promise<PlanDetail> {
    return detailView(await repo.require(id), await repo.rows(id), await repo.items(id));
  }

  async approve(input: { id: string; contentHash: string }, operator: string): Promise<PlanDetail> {
    const { plans: repo, policy } = this.stores();
    const plan = await repo.require(input.id);
    if (plan.status !== 'ready' && plan.status !== 'review') throw new AppError('PLAN_WRONG_STATE', { status: plan.status });
    if (plan.errorRows > 0 || plan.problems.length > 0) throw new AppError('PLAN_HAS_ERRORS', { count: plan.errorRows + plan.problems.length });
    if (sameOperator(operator, plan.author)) throw new AppError('PLAN_APPROVER_IS_AUTHOR', { operator });
    // What is signed is what the rows hold now, recomputed, and what the approver was shown.
    const contentHash = hashOf(plan, await repo.rows(input.id));
    if (input.contentHash !== plan.contentHash || contentHash !== plan.contentHash) throw new AppError('PLAN_CHANGED_SINCE_VIEWED', {});
    const key = await this.deps.keys.ensure(operator);
    // A plan that runs here needs this key in the roster; a plan under review runs elsewhere.
    const enrolled = await policy.approver(key.fingerprint);
    if (plan.status === 'ready' && !(enrolled && sameOperator(enrolled.operator, operator))) {
      throw new AppError('PLAN_APPROVAL_KEY_NOT_ENROLLED', { fingerprint: key.fingerprint.slice(0, 16) });
    }
    const signature = signApproval(key, { account: this.deps.account(), planId: plan.id, contentHash, approver: operator });
    await repo.setApproval(plan.id, { approver: operator, approvedAt: this.now(), contentHash, via: 'local', keyFingerprint: key.fingerprint, signature });
    return this.detail(repo, plan.id);
  }

  async exportPlanFile(id: string): Promise<PlanFileOut> {
    const repo = this.stores().plans;
    const plan = await repo.require(id);
    const rows = await repo.rows(id);
    if (plan.errorRows > 0 || plan.problems.length > 0 || rows.length === 0) {
      throw new AppError('PLAN_HAS_ERRORS', { count: plan.errorRows + plan.problems.length });
    }
    const voucher = isVoucherPlanKind(plan.kind);
    const items = canonicalItems(rows).map((c, i) => ({
      ...c,
      counterpartyName: rows[i]!.resolution?.counterpartyName ?? null,
      ...(voucher ? { validTime: rows[i]!.validTime, expireTime: rows[i]!.expireTime } : { details: undefined }),
    }));
    const content = writePlanFile(
      {
        id: plan.id, name: plan.name, kind: plan.kind, author: plan.author, createdAt: plan.createdAt, account: this.deps.account(), items,
        ...(voucher ? { params: plan.params } : {}),
      },
      new Date(this.now()),
    );
    return { fileName: `plan-${safeName(plan.name)}-${plan.contentHash.slice(0, 8)}.pdplan.json`, content };
  }

  /** The file gives the rows as typed; names, ids and problems come from the local store. */
  async importPlanFile(content: string): Promise<PlanDetail> {
    const file = readPlanFile(content);
    const account = this.deps.account();
    if (file.account !== undefined && file.account !== account) throw new AppError('PLAN_FILE_OTHER_ACCOUNT', { theirs: file.account, ours: account });
    const repo = this.stores().plans;
    if (await repo.get(file.id)) throw new AppError('PLAN_ALREADY_EXISTS', { id: file.id });
    const ref = await this.deps.reference.load();
    const params = file.params ?? {};
    const typed = file.items.map((i) => ({ target: i.target, amount: i.amount, memo: i.memo, sourceLine: null, validTime: i.validTime, expireTime: i.expireTime }));
    const v = revalidate(file.kind, typed, ref, params);
    const rows: StoredRow[] = v.rows.map((row, i) => {
      const theirs = file.items[i]!;
      const ours = row.resolution;
      if (!ours || (ours.counterpartyId === theirs.counterpartyId && ours.indirectPartnerId === theirs.indirectPartnerId)) return row;
      const details = { target: theirs.target, theirs: theirs.counterpartyId, ours: ours.counterpartyId };
      return { ...row, problems: [...row.problems, { code: 'PLAN_ROW_RESOLVES_DIFFERENTLY', field: 'target', details } satisfies Problem] };
    });
    const contentHash = hashOf({ ...file, params }, rows);
    const problems: Problem[] = [...v.problems];
    if (contentHash !== file.contentHash) {
      problems.push({ code: 'PLAN_REVIEW_CONTENT_DIFFERS', field: 'plan', details: { fileHash: file.contentHash.slice(0, 12), localHash: contentHash.slice(0, 12) } });
    }
    const now = this.now();
    await repo.insert(
      {
        id: file.id, name: file.name, kind: file.kind, params, status: 'review', author: file.author, createdAt: file.createdAt, updatedAt: now,
        requiresApproval: true, contentHash, total: v.total, errorRows: rows.filter((r) => r.problems.length > 0).length, problems,
        allocatable: ref.allocatable(), approval: null, startedAt: null, finishedAt: null,
      },
      rows,
    );
    return this.detail(repo, file.id);
  }

  async exportApproval(id: string): Promise<PlanFileOut> {
    const repo = this.stores().plans;
    const plan = await repo.require(id);
    const a = plan.approval;
    if (!a || a.contentHash !== plan.contentHash || !a.signature || !a.keyFingerprint) throw new AppError('PLAN_NOT_APPROVED', {});
    const content = writeApprovalFile({
      planId: plan.id, planName: plan.name, author: plan.author, contentHash: plan.contentHash, approver: a.approver,
      approvedAt: a.approvedAt, total: plan.total, itemCount: await repo.rowCount(id), account: this.deps.account(),
      keyFingerprint: a.keyFingerprint, signature: a.signature,
    });
    return { fileName: `approval-${safeName(plan.name)}-${plan.contentHash.slice(0, 8)}.pdapproval.json`, content };
  }

  async importApproval(content: string): Promise<PlanDetail> {
    const approval = readApprovalFile(content);
    const { plans: repo, policy } = this.stores();
    const plan = await repo.require(approval.planId);
    if (plan.status !== 'ready' && plan.status !== 'draft') throw new AppError('PLAN_WRONG_STATE', { status: plan.status });
    const account = this.deps.account();
    if (approval.account !== account) throw new AppError('PLAN_APPROVAL_OTHER_ACCOUNT', { theirs: approval.account, ours: account });
    if (approval.author !== plan.author) {
      throw new AppError('PLAN_APPROVAL_MISMATCH', { approvedHash: approval.contentHash.slice(0, 12), currentHash: plan.contentHash.slice(0, 12) });
    }
    const authorFingerprint = await this.authorFingerprint(plan.author);
    // Checked against the rows as read here; an edit landing after this changes the content
    // hash, which voids the approval (views, execute and the team server all compare it).
    this.check(plan, await repo.rows(plan.id), approval, authorFingerprint, (await policy.state()).roster);
    const { approver, approvedAt, contentHash, keyFingerprint, signature } = approval;
    await repo.setApproval(plan.id, { approver, approvedAt, contentHash, via: 'file', keyFingerprint, signature });
    return this.detail(repo, plan.id);
  }

  /**
   * For execute: reads the author's key from the keychain, then returns the check of the stored
   * approval against rows the caller read. Execute makes the items from those same rows, so
   * what is sent is what was checked even if an edit lands during the awaits.
   */
  async executionCheck(author: string): Promise<(plan: StoredPlan, rows: readonly StoredRow[]) => Promise<void>> {
    const authorFingerprint = await this.authorFingerprint(author);
    return async (plan, rows) => {
      if (!plan.approval) throw new AppError('PLAN_NOT_APPROVED', {});
      const { roster } = await this.stores().policy.state();
      this.check(plan, rows, plan.approval, authorFingerprint, roster);
    };
  }

  /** The author's signing key on this workstation, so it can never count as the second pair of eyes. */
  private async authorFingerprint(author: string): Promise<string | null> {
    return (await this.deps.keys.find(author))?.fingerprint ?? null;
  }

  private check(plan: StoredPlan, rows: readonly StoredRow[], approval: SignedApproval, authorFingerprint: string | null, roster: Parameters<typeof rosterLookup>[0]): void {
    const subject = { account: this.deps.account(), planId: plan.id, author: plan.author, contentHash: hashOf(plan, rows), authorFingerprint };
    checkSignedApproval(approval, subject, rosterLookup(roster));
  }
}
