// Batch plans use cases: import, edit, validate, save, four-eyes approval (signed, also across
// workstations through plan and approval files: plan-approvals.ts), execution through the journaled money
// executor, and the result export. Validation reads only the local store, so plans can be
// drafted and reviewed offline.
import { randomUUID } from 'node:crypto';
import { AppError, type Language, type ProgressEvent } from '../../../shared/contract';
import {
  isVoucherPlanKind, MAX_PLAN_ROWS, type PlanBinaryOut, type PlanDetail, type PlanFileOut, type PlanKind, type PlanParams, type PlanSummary,
} from '../../../shared/contract/channels/plans';
import type { OperatorKeys } from './four-eyes/operator-keys';
import { hashOf, revalidate, typedRows } from './plan-content';
import { itemsOfPlan } from './plan-items';
import type { StoredPlan } from './plan-repository';
import { storesOf, type PlanStore, type PlanStoreSource } from './plan-store';
import type { ReferenceSource } from './reference';
import { exportResult } from './result-export';
import type { PlanMoneyPort } from './run/money-port';
import { PlanRunner, type RunnerOptions } from './run/plan-runner';
import { SOLO_RUN_LOCKS, type RunLocks } from './run/run-locks';
import { readSheet } from './sheet';
import type { PlanRow } from './types';
import { detailView, summaryView } from './views';
import { PlanApprovals } from './plan-approvals';

export interface PlansServiceDeps extends PlanStoreSource {
  /** The plans' run locks: the team database's (PlanRunLocks), or this process's (solo, the default). */
  readonly runLocks?: RunLocks;
  readonly reference: ReferenceSource;
  /** The active profile's journaled executor; null when money cannot move (no session). */
  readonly money: () => PlanMoneyPort | null;
  readonly onProgress: (event: ProgressEvent) => void;
  /** The active profile's partner account (domain id): approvals are signed for it. */
  readonly account: () => string;
  /** Operators' signing keys (the OS keychain). */
  readonly keys: OperatorKeys;
  readonly now?: () => Date;
  /** Concurrency override (tests, bench); the HTTP client's limiter paces the starts. */
  readonly runner?: Pick<RunnerOptions, 'concurrency'>;
}

const EDITABLE = new Set(['draft', 'ready']);

/** The run lock's holder as the plans screen names it (PlanRunLocks.holder: role, application). */
function runningOnOf(held: unknown): NonNullable<PlanSummary['runningOn']> {
  const h = held as { role?: unknown; applicationName?: unknown };
  return { role: typeof h.role === 'string' ? h.role : '?', application: typeof h.applicationName === 'string' ? h.applicationName : '?' };
}

export class PlansService {
  private readonly runners = new Map<string, { runner: PlanRunner; done: Promise<unknown> }>();
  /** Plans seen running on another workstation (team run locks), by the last look. */
  private readonly elsewhere = new Map<string, NonNullable<PlanSummary['runningOn']>>();

  private readonly approvals: PlanApprovals;

  constructor(private readonly deps: PlansServiceDeps) {
    this.approvals = new PlanApprovals(deps);
  }

  private repo(): PlanStore {
    return storesOf(this.deps).plans;
  }

  private locks(): RunLocks {
    return this.deps.runLocks ?? SOLO_RUN_LOCKS;
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }

  private async require(repo: PlanStore, id: string): Promise<StoredPlan> {
    return this.interrupted(repo, await repo.require(id));
  }

  /** A plan left `running` by a process that died is interrupted: shown as paused, resumable.
   *  In a team it may be running on another workstation: only a plan whose run lock nobody
   *  holds is interrupted. */
  private async interrupted(repo: PlanStore, plan: StoredPlan): Promise<StoredPlan> {
    this.elsewhere.delete(plan.id);
    if (plan.status !== 'running' || this.runners.has(plan.id)) return plan;
    // Called on the locks (PlanRunLocks.holder is a method that reads its connection settings).
    const locks = this.locks();
    const held = locks.holder ? await locks.holder(plan.id) : null;
    if (held !== null && held !== undefined) {
      this.elsewhere.set(plan.id, runningOnOf(held));
      return plan;
    }
    if (locks.holder) {
      // Read again: a run elsewhere writes its last status before it releases the lock, so a
      // plan that was running when first read may have finished since (never paused over that).
      const now = await repo.require(plan.id);
      if (now.status !== 'running') return now;
    }
    await repo.update(plan.id, { status: 'paused' });
    return { ...plan, status: 'paused' };
  }

  /** Pausing or cancelling is the running workstation's: say which one it is. */
  private refuseIfElsewhere(id: string): void {
    const on = this.elsewhere.get(id);
    if (on) throw new AppError('TEAM_PLAN_RUNNING_ELSEWHERE', { planId: id, holder: on.role, application: on.application });
  }

  /** A plan another workstation is running says where (the holder of its run lock). */
  private located<V extends PlanSummary>(view: V): V {
    const on = this.elsewhere.get(view.id);
    return on ? { ...view, runningOn: on } : view;
  }

  private async detail(repo: PlanStore, id: string): Promise<PlanDetail> {
    const plan = await this.require(repo, id);
    return this.located(detailView(plan, await repo.rows(id), await repo.items(id)));
  }

  async list(): Promise<PlanSummary[]> {
    const repo = this.repo();
    const out: PlanSummary[] = [];
    for (const p of await repo.list()) out.push(this.located(summaryView(await this.interrupted(repo, p), await repo.rowCount(p.id), await repo.items(p.id))));
    return out;
  }

  get(id: string): Promise<PlanDetail> {
    return this.detail(this.repo(), id);
  }

  async importSheet(input: { fileName: string; kind: PlanKind; contentBase64: string; name?: string; params?: PlanParams }, operator: string): Promise<PlanDetail> {
    const sheet = await readSheet(Buffer.from(input.contentBase64, 'base64'), input.fileName, input.kind);
    const repo = this.repo();
    const ref = await this.deps.reference.load();
    const id = randomUUID();
    const now = this.now();
    // Funding plans have no plan-level settings.
    const params = isVoucherPlanKind(input.kind) ? cleanParams(input.params ?? {}) : {};
    const v = revalidate(input.kind, sheet.rows, ref, params);
    const base = { id, kind: input.kind, author: operator, createdAt: now, params };
    await repo.insert(
      {
        ...base,
        name: input.name?.trim() || input.fileName.replace(/\.(csv|xlsx)$/i, ''),
        status: 'draft',
        updatedAt: now,
        requiresApproval: true,
        contentHash: hashOf(base, v.rows),
        total: v.total,
        errorRows: v.errorRows,
        problems: v.problems,
        allocatable: ref.allocatable(),
        approval: null,
        startedAt: null,
        finishedAt: null,
      },
      v.rows,
    );
    return this.detail(repo, id);
  }

  /** Applies an edit to the rows, validates everything again and voids a stale approval. */
  private async edit(id: string, change: (rows: PlanRow[]) => PlanRow[], newParams?: PlanParams): Promise<PlanDetail> {
    const repo = this.repo();
    const stored = await this.require(repo, id);
    if (!EDITABLE.has(stored.status)) throw new AppError('PLAN_NOT_EDITABLE', { status: stored.status });
    const plan = newParams && isVoucherPlanKind(stored.kind) ? { ...stored, params: cleanParams(newParams) } : stored;
    const rows = change(typedRows(await repo.rows(id)));
    if (rows.length > MAX_PLAN_ROWS) throw new AppError('PLAN_FILE_TOO_MANY_ROWS', { max: MAX_PLAN_ROWS });
    const ref = await this.deps.reference.load();
    const v = revalidate(plan.kind, rows, ref, plan.params);
    const contentHash = hashOf(plan, v.rows);
    await repo.replaceRows(id, v.rows, {
      params: plan.params,
      contentHash,
      total: v.total,
      errorRows: v.errorRows,
      problems: v.problems,
      allocatable: ref.allocatable(),
      updatedAt: this.now(),
      // Any change to the content makes the plan a draft again; it must be saved (and approved) anew.
      status: contentHash === stored.contentHash ? stored.status : 'draft',
    });
    if (stored.approval && stored.approval.contentHash !== contentHash) await repo.setApproval(id, null);
    return this.detail(repo, id);
  }

  updateRow(input: RowInput & { index: number }): Promise<PlanDetail> {
    return this.edit(input.id, (rows) => {
      const row = rows[input.index];
      if (!row) throw new AppError('PLAN_ROW_NOT_FOUND', { index: input.index + 1 });
      rows[input.index] = { ...row, ...typedOf(input, row) };
      return rows;
    });
  }

  addRow(input: RowInput): Promise<PlanDetail> {
    return this.edit(input.id, (rows) => [...rows, { ...typedOf(input), sourceLine: null }]);
  }

  /** Voucher kinds: the plan-level quota, T2 and remark. */
  setParams(input: { id: string; params: PlanParams }): Promise<PlanDetail> {
    return this.edit(input.id, (rows) => rows, input.params);
  }

  deleteRow(input: { id: string; index: number }): Promise<PlanDetail> {
    return this.edit(input.id, (rows) => {
      if (!rows[input.index]) throw new AppError('PLAN_ROW_NOT_FOUND', { index: input.index + 1 });
      return rows.filter((_, i) => i !== input.index);
    });
  }

  revalidate(id: string): Promise<PlanDetail> {
    return this.edit(id, (rows) => rows);
  }

  async rename(input: { id: string; name: string }): Promise<PlanDetail> {
    const repo = this.repo();
    const plan = await this.require(repo, input.id);
    if (plan.status === 'review') throw new AppError('PLAN_NOT_EDITABLE', { status: plan.status });
    await repo.update(input.id, { name: input.name.trim(), updatedAt: this.now() });
    return this.detail(repo, input.id);
  }

  /** The stored flag follows the account's policy: every plan needs approval. */
  private async policyRequiresApproval(): Promise<boolean> {
    return (await storesOf(this.deps).policy.state()).policy.plansRequireApproval;
  }

  async saveDraft(input: { id: string }): Promise<PlanDetail> {
    const repo = this.repo();
    const plan = await this.require(repo, input.id);
    if (!EDITABLE.has(plan.status)) throw new AppError('PLAN_NOT_EDITABLE', { status: plan.status });
    await repo.update(input.id, { status: 'draft', requiresApproval: await this.policyRequiresApproval(), updatedAt: this.now() });
    return this.detail(repo, input.id);
  }

  async save(input: { id: string }): Promise<PlanDetail> {
    const checked = await this.revalidate(input.id);
    if (checked.rows.length === 0) throw new AppError('PLAN_EMPTY', {});
    const count = checked.rows.reduce((n, r) => n + r.problems.length, 0) + checked.problems.length;
    if (count > 0) throw new AppError('PLAN_HAS_ERRORS', { count });
    const repo = this.repo();
    await repo.update(input.id, { status: 'ready', requiresApproval: await this.policyRequiresApproval(), updatedAt: this.now() });
    return this.detail(repo, input.id);
  }

  async delete(id: string): Promise<{ deleted: string }> {
    const repo = this.repo();
    const plan = await this.require(repo, id);
    if (plan.status === 'running' || plan.startedAt) throw new AppError('PLAN_WRONG_STATE', { status: plan.status });
    await repo.delete(id);
    return { deleted: id };
  }

  // ---- four eyes (plan-approvals.ts) ----

  approve(input: { id: string; contentHash: string }, operator: string): Promise<PlanDetail> {
    return this.approvals.approve(input, operator);
  }

  exportPlanFile(id: string): Promise<PlanFileOut> {
    return this.approvals.exportPlanFile(id);
  }

  importPlanFile(content: string): Promise<PlanDetail> {
    return this.approvals.importPlanFile(content);
  }

  exportApproval(id: string): Promise<PlanFileOut> {
    return this.approvals.exportApproval(id);
  }

  importApproval(content: string): Promise<PlanDetail> {
    return this.approvals.importApproval(content);
  }

  // ---- execution ----

  /** The `approved` gate of plans.execute: the plan carries a signed approval, valid for its content now. */
  async assertApproved(id: string): Promise<void> {
    const repo = this.repo();
    const check = await this.approvals.executionCheck((await this.require(repo, id)).author);
    const plan = await this.require(repo, id);
    await check(plan, await repo.rows(id));
  }

  async execute(id: string, operator: string): Promise<PlanDetail> {
    const repo = this.repo();
    const checkApproval = await this.approvals.executionCheck((await this.require(repo, id)).author);
    const plan = await this.require(repo, id);
    const resumable = plan.status === 'finished' && (await repo.itemsWithOutcome(id, ['reconciled-not-applied'])).length > 0;
    if (plan.status !== 'ready' && plan.status !== 'paused' && !resumable) throw new AppError('PLAN_WRONG_STATE', { status: plan.status });
    if (plan.errorRows > 0 || plan.problems.length > 0) throw new AppError('PLAN_HAS_ERRORS', { count: plan.errorRows + plan.problems.length });
    // Every plan, whatever its stored flag says: signature, roster, author and rows checked now,
    // and the items are made from these same rows: an edit landing during the awaits cannot
    // change what is sent (it changes the content hash, which voids the approval for next time).
    const rows = await repo.rows(id);
    await checkApproval(plan, rows);
    const money = this.deps.money();
    if (!money) throw new AppError('PLAN_EXECUTION_UNAVAILABLE', { reason: 'no active profile session' });
    const runner = new PlanRunner(id, { repo, money, operator, onProgress: this.deps.onProgress, now: this.deps.now, runLocks: this.locks(), ...this.deps.runner });
    // The run lock before anything is written: a plan running elsewhere is refused here with
    // the lock's typed error (TEAM_PLAN_RUNNING_ELSEWHERE), and this workstation writes nothing.
    // Checked and claimed with no await between: a second click is refused here.
    if (this.runners.has(id)) throw new AppError('PLAN_WRONG_STATE', { status: 'running' });
    const started = runner.acquire();
    this.runners.set(id, { runner, done: started });
    try {
      await started;
      if ((await repo.items(id)).length === 0) await repo.createItems(id, itemsOfPlan(plan, rows), this.now());
      await repo.update(id, { status: 'running', updatedAt: this.now() });
    } catch (error) {
      this.runners.delete(id);
      await runner.releaseLock().catch(() => undefined);
      throw error;
    }
    const done = runner
      .run()
      .catch(async (error: unknown) => {
        // The items' own states are durable; the plan can be resumed (here, unless the lock
        // was lost: then the plan is another workstation's to resume).
        if (!runner.lostLock) await repo.update(id, { status: 'paused', updatedAt: this.now() }).catch(() => undefined);
        this.deps.onProgress({ task: `plan:${id}`, done: 0, total: null, ratePerSecond: 0, etaSeconds: null, state: 'failed', detail: { error: String(error).slice(0, 200) } });
      })
      .finally(() => this.runners.delete(id));
    this.runners.set(id, { runner, done });
    return this.detail(repo, id);
  }

  /** For tests and shutdown: resolves when the plan's current run has stopped. */
  async settled(id: string): Promise<void> {
    await this.runners.get(id)?.done;
  }

  async pause(id: string): Promise<PlanDetail> {
    const active = this.runners.get(id);
    if (!active) {
      const status = (await this.get(id)).status;
      this.refuseIfElsewhere(id);
      throw new AppError('PLAN_WRONG_STATE', { status });
    }
    active.runner.pause();
    await active.done;
    return this.get(id);
  }

  async cancel(id: string): Promise<PlanDetail> {
    const active = this.runners.get(id);
    const repo = this.repo();
    if (active) {
      active.runner.cancel();
      await active.done;
      return this.detail(repo, id);
    }
    const plan = await this.require(repo, id);
    this.refuseIfElsewhere(id);
    if (plan.status !== 'paused' && plan.status !== 'ready') throw new AppError('PLAN_WRONG_STATE', { status: plan.status });
    for (const i of await repo.itemsWithOutcome(id, ['pending'])) await repo.updateItem(id, i.index, { outcome: 'skipped', finishedAt: this.now() }, this.now());
    await repo.update(id, { status: 'cancelled', updatedAt: this.now(), finishedAt: this.now() });
    return this.detail(repo, id);
  }

  async reconcile(id: string, operator: string): Promise<PlanDetail> {
    const repo = this.repo();
    const plan = await this.require(repo, id);
    // Still `running` after require: running here, or on another workstation (team).
    if (this.runners.has(id) || plan.status === 'running') throw new AppError('PLAN_WRONG_STATE', { status: plan.status });
    const money = this.deps.money();
    if (!money) throw new AppError('PLAN_EXECUTION_UNAVAILABLE', { reason: 'no active profile session' });
    await new PlanRunner(id, { repo, money, operator, onProgress: this.deps.onProgress, now: this.deps.now }).reconcileUnknown();
    return this.detail(repo, id);
  }

  async exportResult(input: { id: string; format: 'csv' | 'xlsx' }, lang: Language): Promise<PlanBinaryOut> {
    const repo = this.repo();
    const plan = await this.require(repo, input.id);
    const items = await repo.items(input.id);
    if (items.length === 0) throw new AppError('PLAN_WRONG_STATE', { status: plan.status });
    return exportResult(plan, items, input.format, lang);
  }
}


interface RowInput {
  readonly id: string;
  readonly target: string;
  readonly amount: string;
  readonly memo: string;
  readonly validTime?: string;
  readonly expireTime?: string;
}

/** An edit's typed fields; validity not sent keeps the row's (funding rows have none). */
function typedOf(input: RowInput, row?: PlanRow): Omit<PlanRow, 'sourceLine'> {
  return {
    target: input.target, amount: input.amount, memo: input.memo,
    validTime: input.validTime ?? row?.validTime ?? '', expireTime: input.expireTime ?? row?.expireTime ?? '',
  };
}

/** Trimmed, empty fields dropped: the same settings always hash the same. */
function cleanParams(p: PlanParams): PlanParams {
  const quotaId = p.quotaId?.trim();
  const indirectPartnerId = p.indirectPartnerId?.trim();
  return { ...(quotaId ? { quotaId } : {}), ...(indirectPartnerId ? { indirectPartnerId } : {}), ...(p.remark ? { remark: p.remark } : {}) };
}
