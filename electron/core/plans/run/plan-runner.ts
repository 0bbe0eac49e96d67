// Executes one plan's items through the journaled money executor: several items in flight
// at once, progress events, pause and cancel, and resume after a crash without repeating an
// applied item. Request starts are paced by the HTTP client's per-operation limiter (one
// pacing for every caller); the runner only keeps enough items in flight to use that pace.
//
// Crash safety rests on two durable writes per item, in this order: the plan item is marked
// `in-flight` (plan database), then the executor journals the intent before sending
// (journal database). On resume every item that is not final is looked up in the journal by
// (plan id, item index): no entry means nothing was sent and the item is pending again; an
// unresolved entry is reconciled, never re-sent blindly; a resolved one gives the outcome.
//
// Voucher plans go out in batch calls (executeMany): up to the descriptor's maxItems items per
// call (100 customers, 100 T2s, 10 child quotas), several calls in flight, every item still its
// own journal entry with its plan id and item index. An item whose call left unanswered is
// `unknown` until reconciliation (the plan's Reconcile, or the next resume) settles it.
//
// A run holds the plan's run lock (run-locks.ts) from before its first send to its end. When
// the lock is lost (a team workstation's connection died: the server released it and another
// workstation may resume the plan) nothing more is sent, and the plan's status is left to
// whoever holds the lock now; calls already sent are still recorded from their answers.
import type { ProgressEvent } from '../../../../shared/contract';
import type { JournalEntryView, MoneyOperation } from '../../../../shared/contract/channels/activity';
import { isVoucherPlanKind, type PlanStatus } from '../../../../shared/contract/channels/plans';
import { itemsPerCall, OPERATION_OF } from '../types';
import { callOfIntent } from '../../infra/writes/executor';
import { descriptorOf } from '../../infra/writes/registry';
import type { ItemPatch, PlanRepository, StoredItem } from '../plan-repository';
import { asPlanStore, type PlanStore } from '../plan-store';
import { THROTTLE_CODES, type PlanMoneyIntent, type PlanMoneyPort } from './money-port';
import { executionView, FINAL_OUTCOMES, patchFromEntry } from './outcome';
import { SOLO_RUN_LOCKS, type RunLease, type RunLocks } from './run-locks';

export interface RunnerOptions {
  /** Where the plan lives (a PlanRepository is the solo store). */
  readonly repo: PlanStore | PlanRepository;
  /** The plan's run lock; default: this process's (solo). */
  readonly runLocks?: RunLocks;
  readonly money: PlanMoneyPort;
  readonly operator: string;
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Items in flight at once (batch plans: calls); enough to keep the client limiter's rate with slow responses. */
  readonly concurrency?: number;
  readonly now?: () => Date;
}

/** 'lost': the run lock went away mid-run; the plan's status is not this run's to write. */
export type RunEnd = 'finished' | 'paused' | 'cancelled' | 'lost';

export class PlanRunner {
  private stopRequest: 'pause' | 'cancel' | 'lost' | null = null;
  private readonly completions: number[] = [];
  private lastEmit = 0;
  private lease: RunLease | null = null;
  private readonly store: PlanStore;
  rateLimited = 0;

  constructor(
    private readonly planId: string,
    private readonly o: RunnerOptions,
  ) {
    this.store = asPlanStore(o.repo);
  }

  pause(): void {
    this.stopRequest ??= 'pause';
  }

  cancel(): void {
    if (this.stopRequest !== 'lost') this.stopRequest = 'cancel';
  }

  /** True once the run lock was lost: the run stopped sending and wrote no plan status. */
  get lostLock(): boolean {
    return this.stopRequest === 'lost';
  }

  /**
   * Takes the plan's run lock (run() does when the caller has not): a plan running elsewhere
   * is refused here, before anything is written, with the lock's typed error.
   */
  async acquire(): Promise<void> {
    if (this.lease) return;
    const lease = await (this.o.runLocks ?? SOLO_RUN_LOCKS).acquire(this.planId);
    this.lease = lease;
    if (lease.lost) this.stopRequest = 'lost';
    else lease.events.once('lost', () => (this.stopRequest = 'lost'));
  }

  /** Gives the run lock back (run() does at its end; execute when it fails before the run). */
  async releaseLock(): Promise<void> {
    const lease = this.lease;
    this.lease = null;
    await lease?.release();
  }

  private now(): string {
    return (this.o.now?.() ?? new Date()).toISOString();
  }

  async run(): Promise<RunEnd> {
    await this.acquire();
    try {
      return await this.runLocked();
    } finally {
      await this.releaseLock();
    }
  }

  private async runLocked(): Promise<RunEnd> {
    const repo = this.store;
    const plan = await repo.get(this.planId);
    if (!plan) throw new Error(`plan ${this.planId} does not exist`);
    if (this.lostLock) return 'lost';
    await repo.update(this.planId, { status: 'running', startedAt: plan.startedAt ?? this.now(), updatedAt: this.now() });
    await this.emit('running', true);
    await this.recover();

    // Pending items, then items the journal proved not applied: resuming is the operator's
    // explicit action, and each re-send is a new journal entry linked to the proven one.
    const queue: { item: StoredItem; retryOf: string | null }[] = [
      // A pending item with an entry was refused by throttling (proven not applied): link the re-send.
      ...(await repo.itemsWithOutcome(this.planId, ['pending'])).map((item) => ({ item, retryOf: item.journalEntryId })),
      ...(await repo.itemsWithOutcome(this.planId, ['reconciled-not-applied'])).map((item) => ({ item, retryOf: item.journalEntryId })),
    ];
    if (isVoucherPlanKind(plan.kind)) await this.sendBatches(queue, itemsPerCall(plan.kind));
    else {
      const workers = Array.from({ length: Math.min(this.o.concurrency ?? 8, queue.length) }, async () => {
        for (;;) {
          if (this.stopRequest) return;
          const next = queue.shift();
          if (!next) return;
          await this.send(next.item, next.retryOf);
        }
      });
      await Promise.all(workers);
    }

    if (this.lostLock) {
      // Another workstation may hold the lock and run the plan now: its status is theirs.
      await this.emit('paused', true);
      return 'lost';
    }
    const end = this.stopRequest === 'cancel' ? 'cancelled' : this.stopRequest === 'pause' ? 'paused' : 'finished';
    if (end === 'cancelled') {
      for (const i of await repo.itemsWithOutcome(this.planId, ['pending'])) await repo.updateItem(this.planId, i.index, { outcome: 'skipped', finishedAt: this.now() }, this.now());
    }
    const status: PlanStatus = end;
    await repo.update(this.planId, { status, updatedAt: this.now(), finishedAt: end === 'paused' ? null : this.now() });
    await this.emit(end === 'finished' ? 'done' : end, true);
    return end;
  }

  /** Items not final from an earlier run (killed, crashed, or unknown): ask the journal. */
  private async recover(): Promise<void> {
    const { money } = this.o;
    const repo = this.store;
    for (const item of await repo.itemsWithOutcome(this.planId, ['pending', 'in-flight', 'unknown'])) {
      const entries = await money.entriesOf(this.planId, String(item.index));
      const last = entries[entries.length - 1];
      if (!last) {
        if (item.outcome !== 'pending') await repo.updateItem(this.planId, item.index, { outcome: 'pending' }, this.now());
        continue;
      }
      if (isThrottled(last)) {
        await repo.updateItem(this.planId, item.index, { outcome: 'pending', journalEntryId: last.id }, this.now());
        continue;
      }
      const entry = isUnresolved(last) ? await money.reconcile(last.id, this.o.operator) : last;
      await this.record(item, entry);
    }
  }

  /** Reconciles every unknown item again (the operator's Reconcile action). */
  async reconcileUnknown(): Promise<void> {
    const { money } = this.o;
    for (const item of await this.store.itemsWithOutcome(this.planId, ['unknown', 'in-flight'])) {
      const entries = await money.entriesOf(this.planId, String(item.index));
      const last = entries[entries.length - 1];
      if (!last) continue;
      await this.record(item, isUnresolved(last) ? await money.reconcile(last.id, this.o.operator) : last);
    }
    await this.emit(await this.stateOf(), true);
  }

  private async stateOf(): Promise<ProgressEvent['state']> {
    const status = (await this.store.get(this.planId))?.status;
    return status === 'running' ? 'running' : status === 'paused' ? 'paused' : status === 'cancelled' ? 'cancelled' : 'done';
  }

  private async send(sent: StoredItem, retryOf: string | null): Promise<void> {
    let item = sent;
    const { money } = this.o;
    const repo = this.store;
    const plan = (await repo.get(this.planId))!;
    // No durable `in-flight` mark is needed before sending: on resume every item that is not
    // final is looked up in the journal, which commits the intent before anything is sent.
    // Re-read the journal first: if this item already has a send this runner does not know of
    // (another run, a process that died), its outcome is recorded and nothing is sent again.
    const known = (await money.entriesOf(this.planId, String(item.index))).at(-1);
    if (known && known.id !== retryOf) {
      return this.record(item, isUnresolved(known) ? await money.reconcile(known.id, this.o.operator) : known);
    }
    item = { ...item, attempts: item.attempts + 1 };
    const operation = plan.kind === 'fund-customers' && item.indirectPartnerId ? 'fundT2Customer' : OPERATION_OF[plan.kind];
    let entry: JournalEntryView;
    try {
      entry = await this.execute(item, operation, retryOf);
    } catch (error) {
      // The executor throws only when nothing was sent (refused before sending, or the
      // journal could not be written). An entry it did write is resolved by reconciliation.
      const written = (await money.entriesOf(this.planId, String(item.index))).at(-1);
      if (written && written.id !== retryOf && isUnresolved(written)) return this.record(item, await money.reconcile(written.id, this.o.operator), item.attempts);
      const e = error as { code?: string; message?: string };
      await repo.updateItem(this.planId, item.index, { outcome: 'failed', attempts: item.attempts, errorCode: e.code ?? 'INTERNAL', errorMessage: e.message ?? String(error), finishedAt: this.now() }, this.now());
      this.completions.push(Date.now());
      return this.emit('running', false);
    }
    if (entry.state === 'unknown') entry = await money.reconcile(entry.id, this.o.operator);
    if (isThrottled(entry)) {
      // Refused by the gateway before it reached the service: proven not applied.
      this.rateLimited += 1;
      if (this.stopRequest) {
        await repo.updateItem(this.planId, item.index, { outcome: 'pending', attempts: item.attempts, journalEntryId: entry.id }, this.now());
        return;
      }
      // Re-sent at once as a linked retry: the client has already held the operation's lane
      // after the 429, so this and every other start waits out the back-off there.
      return this.send(item, entry.id);
    }
    await this.record(item, entry, item.attempts);
  }

  private execute(item: StoredItem, operation: MoneyOperation, retryOf: string | null): Promise<JournalEntryView> {
    return this.o.money.execute(this.intentOf(item, operation, retryOf));
  }

  private intentOf(item: StoredItem, operation: MoneyOperation, retryOf: string | null): PlanMoneyIntent {
    // A coupon issued to or reclaimed from a T2's customer names that T2 (indirect_partner_id).
    const viaT2 = operation === 'fundT2Customer' || operation === 'issueCoupon' || operation === 'reclaimCoupon';
    return {
      operation,
      counterpartyId: item.counterpartyId,
      counterpartyName: item.counterpartyName,
      indirectPartnerId: viaT2 ? item.indirectPartnerId : null,
      amount: item.amount,
      memo: item.memo,
      planId: this.planId,
      planItemId: String(item.index),
      retryOf,
      operator: this.o.operator,
      details: item.details,
    };
  }

  /**
   * Voucher plans: chunks of up to `perCall` items, each through executeMany (one or more
   * calls), a few chunks in flight so the client limiter's pace — not the latency — bounds the
   * run. A call the gateway throttled is proven not applied: its items go back to the queue
   * as linked re-sends. Pause and cancel take effect between calls.
   */
  private async sendBatches(unordered: { item: StoredItem; retryOf: string | null }[], perCall: number): Promise<void> {
    const operation = OPERATION_OF[(await this.store.get(this.planId))!.kind];
    // Items that can share a call (same face value, validity, memo…: the descriptor's group)
    // are queued together, so a chunk is one call rather than one call per distinct value.
    const batch = descriptorOf(operation).batch;
    const groups = new Map<string, typeof unordered>();
    for (const q of unordered) {
      const key = batch ? batch.groupKey(callOfIntent(this.intentOf(q.item, operation, q.retryOf))) : '';
      groups.set(key, [...(groups.get(key) ?? []), q]);
    }
    const queue = [...groups.values()].flatMap((g) => Array.from({ length: Math.ceil(g.length / perCall) }, (_, i) => g.slice(i * perCall, (i + 1) * perCall)));
    let turn: Promise<void> = Promise.resolve();
    const worker = async () => {
      for (;;) {
        const chunk = queue.shift();
        if (this.stopRequest || !chunk) return;
        // Calls leave in plan order: a chunk's turn comes after the one taken before it, however
        // long its journal look-ups take (a team database answers at its own pace).
        const before = turn;
        let done!: () => void;
        turn = new Promise<void>((resolve) => (done = resolve));
        const again = await this.sendChunk(chunk, operation, { before, done });
        if (again.length && this.stopRequest) {
          for (const a of again) await this.store.updateItem(this.planId, a.item.index, { outcome: 'pending', attempts: a.item.attempts, journalEntryId: a.retryOf }, this.now());
          return;
        }
        // Throttled: the same items again, at once; the client holds the lane for the back-off.
        if (again.length) queue.unshift(again);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.o.concurrency ?? 4, queue.length) }, worker));
  }

  /** One chunk: items already sent by an earlier run are only looked up; the rest go out once. Returns throttled items to re-send. */
  private async sendChunk(
    chunk: readonly { item: StoredItem; retryOf: string | null }[],
    operation: MoneyOperation,
    turn: { readonly before: Promise<void>; readonly done: () => void },
  ): Promise<{ item: StoredItem; retryOf: string | null }[]> {
    try {
      return await this.sendChunkInTurn(chunk, operation, turn);
    } finally {
      turn.done();
    }
  }

  private async sendChunkInTurn(
    chunk: readonly { item: StoredItem; retryOf: string | null }[],
    operation: MoneyOperation,
    turn: { readonly before: Promise<void>; readonly done: () => void },
  ): Promise<{ item: StoredItem; retryOf: string | null }[]> {
    const { money } = this.o;
    const repo = this.store;
    const toSend: { item: StoredItem; retryOf: string | null }[] = [];
    // One look-up per item, all at once (the turn, not the look-ups, keeps the calls in order).
    const last = await Promise.all(chunk.map(async (c) => (await money.entriesOf(this.planId, String(c.item.index))).at(-1)));
    for (const [i, c] of chunk.entries()) {
      const known = last[i];
      if (known && known.id !== c.retryOf) await this.record(c.item, isUnresolved(known) ? await money.reconcile(known.id, this.o.operator) : known);
      else toSend.push({ item: { ...c.item, attempts: c.item.attempts + 1 }, retryOf: c.retryOf });
    }
    await turn.before;
    if (!toSend.length) return [];
    const sending = money.executeMany(toSend.map((c) => this.intentOf(c.item, operation, c.retryOf)));
    turn.done();
    const results = await sending;
    const again: { item: StoredItem; retryOf: string | null }[] = [];
    // The call's outcomes go to the plan in one commit, as the journal took them.
    const recorded: { index: number; patch: ItemPatch }[] = [];
    for (const [i, c] of toSend.entries()) {
      const r = results[i];
      if (r?.ok && isThrottled(r.entry)) {
        this.rateLimited += 1;
        again.push({ item: c.item, retryOf: r.entry.id });
      } else if (r?.ok) {
        const patch = patchFromEntry(r.entry, this.now(), c.item.attempts);
        recorded.push({ index: c.item.index, patch });
        if (patch.outcome && (FINAL_OUTCOMES.has(patch.outcome) || patch.outcome === 'unknown')) this.completions.push(Date.now());
      } else {
        // Nothing was sent for this item (refused before sending, or the journal was down).
        const written = (await money.entriesOf(this.planId, String(c.item.index))).at(-1);
        if (written && written.id !== c.retryOf) {
          await this.record(c.item, isUnresolved(written) ? await money.reconcile(written.id, this.o.operator) : written, c.item.attempts);
          continue;
        }
        const e = r?.error ?? { code: 'INTERNAL', message: 'no outcome' };
        recorded.push({ index: c.item.index, patch: { outcome: 'failed', attempts: c.item.attempts, errorCode: e.code, errorMessage: e.message, finishedAt: this.now() } });
        this.completions.push(Date.now());
      }
    }
    await repo.updateItems(this.planId, recorded, this.now());
    await this.emit('running', false);
    return again;
  }

  private async record(item: StoredItem, entry: JournalEntryView, attempts?: number): Promise<void> {
    const patch = patchFromEntry(entry, this.now(), attempts);
    await this.store.updateItem(this.planId, item.index, patch, this.now());
    if (patch.outcome && (FINAL_OUTCOMES.has(patch.outcome) || patch.outcome === 'unknown')) this.completions.push(Date.now());
    await this.emit('running', false);
  }

  /** Throttled to ~10 events a second; forced at state changes. */
  private async emit(state: ProgressEvent['state'], force: boolean): Promise<void> {
    const t = Date.now();
    if (!this.o.onProgress || (!force && t - this.lastEmit < 100)) return;
    this.lastEmit = t;
    const items = await this.store.items(this.planId);
    const view = executionView(items, null, null);
    const recent = this.completions.filter((c) => c >= t - 10_000);
    const span = recent.length > 1 ? (t - recent[0]!) / 1000 : 0;
    const rate = span > 0 ? recent.length / span : 0;
    const remaining = view.total - view.done;
    this.o.onProgress({
      task: `plan:${this.planId}`,
      done: view.done,
      total: view.total,
      ratePerSecond: Math.round(rate * 10) / 10,
      etaSeconds: state === 'running' && rate > 0 ? Math.ceil(remaining / rate) : state === 'running' ? null : 0,
      state,
      detail: {
        amountMoved: view.amountMoved,
        succeeded: view.succeeded,
        failed: view.failed,
        unknown: view.unknown,
        skipped: view.skipped,
      },
    });
  }
}

const isThrottled = (e: JournalEntryView) => e.state === 'failed' && e.code !== null && THROTTLE_CODES.has(e.code);
const isUnresolved = (e: JournalEntryView) => e.state === 'pending' || e.state === 'sent' || e.state === 'unknown';

