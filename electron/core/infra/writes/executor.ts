// The journaled write executor: the only way a write reaches Huawei. Single operations
// (money area) and batch plans both call `execute`. For each intent it
//   1. commits the intent (`pending`) durably, refusing it in the same transaction while an
//      identical intent is unresolved,
//   2. commits `sent`, then hands the request to the network exactly once,
//   3. records the answer: done (with transfer_id / trans_id), failed (only a refusal the
//      operation's descriptor recognises), or unknown when the answer may hide an applied write.
// It never retries. An unknown entry is resolved only by `reconcile`, and an entry proven not
// applied is re-sent only as a new entry (`retryOf`) created by a user's action — after the
// evidence was read once more, just before sending.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../../shared/contract/errors';
import type { JournalEntryView, MoneyOperation, ReconcileSummary } from '../../../../shared/contract/channels/activity';
import type { WriteDetails } from '../../../../shared/domain/operations';
import { Journal, JournalClaimConflictError, JournalTransitionError, type NewJournalEntry } from '../journal/journal';
import { asyncJournal, type AsyncJournal } from '../journal/async-journal';
import type { WriteCall } from './descriptor';
import type { WriteResult } from './outcome';
import { decide, findEvidence, recordEvidence, sameOperationKey, type ReconcileOptions } from './reconcile';
import { descriptorOf, intentKeyOf } from './registry';
import { chunkCalls } from './batches';
import type { MoneyWire } from './wire';

export interface MoneyIntent {
  readonly operation: MoneyOperation;
  readonly counterpartyId: string;
  readonly counterpartyName?: string | null;
  /** fundT2Customer only. */
  readonly indirectPartnerId?: string | null;
  /** Canonical decimal text (validated by the caller: > 0, ≤ 2 decimals). */
  readonly amount: string;
  readonly memo?: string | null;
  /** Re-send of an entry proven not applied. */
  readonly retryOf?: string | null;
  /** Batch plans: which plan item this entry executes. */
  readonly planId?: string | null;
  readonly planItemId?: string | null;
  /** Voucher writes: quota, coupon, validity, restrictions. */
  readonly details?: WriteDetails | null;
  /** Sent with this send only, never journaled (WriteCall.transient). */
  readonly transient?: Readonly<Record<string, string>>;
}

/** One intent of `executeMany`: its journal entry, or why nothing was sent for it. */
export type ManyResult =
  | { readonly ok: true; readonly entry: JournalEntryView }
  | { readonly ok: false; readonly error: AppError };

export interface ManyOptions {
  /** After each call: how many intents have an outcome so far. */
  readonly onProgress?: (settled: number, total: number) => void;
  /**
   * One group for every entry (an offboarding: the balance and each coupon, different
   * operations and calls): written as their batch id instead of one id per call.
   */
  readonly groupId?: string;
}

export interface ExecContext {
  /** OS user name of the operator (CallContext.operator). */
  readonly operator: string;
}

export interface ProfileRef {
  readonly id: string;
  readonly name: string;
  readonly currency: 'CNY' | 'USD';
}

export interface MoneyExecutorDeps {
  /** The solo SQLite journal (wrapped) or the team's (infra/team/team-journal.ts). */
  readonly journal: Journal | AsyncJournal;
  readonly wire: MoneyWire;
  readonly profile: ProfileRef;
  readonly reconcile?: ReconcileOptions;
  /** Called after every journal change (e.g. to push an event to the Activity screen). */
  readonly onChange?: (entry: JournalEntryView) => void;
  /**
   * Called before anything is journaled or sent: throws unless the call came through a
   * channel that declares the write gates (router-gates.ts). Absent in narrow unit tests.
   */
  readonly assertGated?: () => void;
}

export interface MoneyExecutor {
  readonly journal: AsyncJournal;
  readonly profile: ProfileRef;
  /** Journals, sends once, records the outcome. Throws AppError only when nothing was sent. */
  execute(intent: MoneyIntent, ctx: ExecContext): Promise<JournalEntryView>;
  /**
   * Many intents of one operation: batch writes go out in calls of at most the descriptor's
   * maxItems (intents that differ in anything but the item share no call), each intent its
   * own journal entry, the answer split per item. Results are in the order of `intents`.
   */
  executeMany(intents: readonly MoneyIntent[], ctx: ExecContext, options?: ManyOptions): Promise<ManyResult[]>;
  /** Resolves one unresolved entry from the adjust records; a resolved entry is returned as is. */
  reconcile(entryId: string, ctx: ExecContext): Promise<JournalEntryView>;
  /** Reconciles every unresolved entry, oldest first. Stops early when the records cannot be read. */
  reconcileAll(ctx: ExecContext): Promise<ReconcileSummary>;
}

export const SYSTEM_OPERATOR = 'Partner Desk';

export function createMoneyExecutor(deps: MoneyExecutorDeps): MoneyExecutor {
  const { wire, profile } = deps;
  const journal: AsyncJournal = deps.journal instanceof Journal ? asyncJournal(deps.journal) : deps.journal;
  /** Keys of operations between `sent` and their outcome in this process. */
  const inFlight = new Map<string, number>();
  /** Entries whose request is on the wire right now: their own outcome is on its way. */
  const sending = new Set<string>();
  const changed = (e: JournalEntryView) => {
    try {
      deps.onChange?.(e);
    } catch {
      // A listener must never break the money path.
    }
    return e;
  };

  const durable = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (error) {
      throw asAppError(error);
    }
  };

  /** The old entry may be re-sent only when proven not applied, not re-sent yet, the same write. */
  async function checkRetry(intent: MoneyIntent): Promise<JournalEntryView | null> {
    if (!intent.retryOf) return null;
    const old = await journal.get(intent.retryOf);
    if (!old) throw new AppError('NOT_FOUND', { what: `journal entry ${intent.retryOf}` });
    const provenNotApplied = old.state === 'reconciled-not-applied' || old.state === 'failed';
    const same = sameOperationKey(old) === intentKeyOf(callOfIntent(intent));
    if (!provenNotApplied || old.retriedBy || !same) {
      throw new AppError('MONEY_RETRY_NOT_ALLOWED', { id: old.id, state: old.retriedBy ? 'retried' : old.state });
    }
    return old;
  }

  /**
   * Records lag: just before a re-send, an entry concluded "not applied" from missing records
   * is read once more. A record that appeared since resolves it as applied, and nothing is
   * sent. A `failed` entry carries a refusal the descriptor recognises: proof, not absence.
   */
  async function rereadBeforeResend(old: JournalEntryView, ctx: ExecContext): Promise<void> {
    if (old.state !== 'reconciled-not-applied' || old.evidence?.neverSent) return;
    let found;
    try {
      found = await findEvidence(old, journal, wire, deps.reconcile);
    } catch (error) {
      throw new AppError('MONEY_RECONCILE_FAILED', { reason: error instanceof Error ? error.message : String(error) });
    }
    if (!found.record) return;
    const late = await durable(() =>
      journal.append(old.id, {
        state: 'reconciled-done', operator: ctx.operator, transId: found.record!.transId,
        evidence: { ...found.base, record: recordEvidence(found.record!), lateRecord: true },
      }),
    );
    changed(late);
    throw new AppError('MONEY_RETRY_APPLIED_LATE', { id: old.id, transId: found.record.transId });
  }

  const newEntry = (intent: MoneyIntent, ctx: ExecContext, batchId: string | null): NewJournalEntry => ({
    operator: ctx.operator,
    profileId: profile.id,
    profileName: profile.name,
    operation: intent.operation,
    counterpartyId: intent.counterpartyId,
    counterpartyName: intent.counterpartyName ?? null,
    indirectPartnerId: intent.indirectPartnerId ?? null,
    amount: intent.amount,
    currency: profile.currency,
    memo: intent.memo ?? null,
    retryOf: intent.retryOf ?? null,
    planId: intent.planId ?? null,
    planItemId: intent.planItemId ?? null,
    details: intent.details ?? null,
    batchId,
    intentKey: intentKeyOf(callOfIntent(intent)),
  });

  /** The outcome of one send, as the entry's next event. */
  const outcomeEvent = (result: WriteResult, operator: string) => {
    switch (result.outcome) {
      case 'done':
        return { state: 'done' as const, operator, requestId: result.requestId, transId: result.transId };
      case 'failed':
        return { state: 'failed' as const, operator, requestId: result.requestId, code: result.code, message: result.message };
      case 'unknown':
        return { state: 'unknown' as const, operator, requestId: result.requestId, message: result.reason };
    }
  };

  const track = (key: string, delta: 1 | -1) => {
    const n = (inFlight.get(key) ?? 0) + delta;
    if (n <= 0) inFlight.delete(key);
    else inFlight.set(key, n);
  };

  /** Journals, marks sent and sends one batch call; appends each item's outcome. */
  async function sendCall(chunk: readonly MoneyIntent[], ctx: ExecContext, groupId?: string): Promise<ManyResult[]> {
    const batchId = groupId ?? (chunk.length > 1 || descriptorOf(chunk[0]!.operation).batch ? randomUUID() : null);
    const begun = await durable(() => journal.beginMany(chunk.map((i) => newEntry(i, ctx, batchId)), { refuseUnresolvedTwin: true }));
    const results: ManyResult[] = begun.map((b) => ('refused' in b ? { ok: false, error: b.refused } : { ok: true, entry: changed(b) }));
    const pending = begun.flatMap((b, i) => ('refused' in b ? [] : [{ entry: b, intent: chunk[i]! }]));
    if (!pending.length) return results;
    for (const p of pending) {
      track(p.entry.intentKey, 1);
      sending.add(p.entry.id);
    }
    try {
      const ids = pending.map((p) => p.entry.id);
      for (const e of await durable(() => journal.appendMany(ids, { state: 'sent', operator: ctx.operator }))) changed(e);
      const calls = pending.map((p) => callOfIntent(p.intent));
      const descriptor = descriptorOf(chunk[0]!.operation);
      const outcomes = await sendOnce(descriptor.batch ? 'batch' : 'single', calls);
      // Every item's outcome in one commit: a call of 100 is one disk flush, not 100.
      const at = (id: string) => results.findIndex((r) => r.ok && r.entry.id === id);
      const events = pending.map((p, i) => ({ entryId: p.entry.id, event: outcomeEvent(outcomes[i]!, ctx.operator) }));
      try {
        for (const final of await journal.appendEach(events)) results[at(final.id)] = { ok: true, entry: changed(final) };
        return results;
      } catch {
        // One commit refused: record the items one by one, so one refused item (another
        // workstation reconciled it meanwhile) does not hold back the others.
        for (const [i, p] of pending.entries()) results[at(p.entry.id)] = await recordOutcome(events[i]!, outcomes[i]!);
        return results;
      }
    } finally {
      for (const p of pending) {
        sending.delete(p.entry.id);
        track(p.entry.intentKey, -1);
      }
    }
  }

  /**
   * One item's outcome after its call. An entry another workstation resolved while the
   * answer was on its way keeps that resolution. Otherwise, when the journal cannot take the
   * outcome, the entry stays `sent` and start-up reconciliation resolves it: saying "nothing
   * was sent" here would invite a second send.
   */
  async function recordOutcome(event: { entryId: string; event: ReturnType<typeof outcomeEvent> }, result: WriteResult): Promise<ManyResult> {
    let reason: unknown;
    try {
      return { ok: true, entry: changed(await journal.append(event.entryId, event.event)) };
    } catch (error) {
      reason = error;
      const now = await journal.get(event.entryId).catch(() => null);
      if (now && now.state !== 'pending' && now.state !== 'sent' && now.state !== 'unknown') return { ok: true, entry: changed(now) };
    }
    return {
      ok: false,
      error: new AppError('JOURNAL_UNAVAILABLE_AFTER_SEND', {
        id: event.entryId, outcome: result.outcome, transId: result.outcome === 'done' ? result.transId : '—',
        reason: reason instanceof Error ? reason.message : String(reason),
      }),
    };
  }

  /** One call on the wire; one result per call, in order. Never throws for the API's answer. */
  async function sendOnce(kind: 'batch' | 'single', calls: readonly WriteCall[]): Promise<WriteResult[]> {
    const lost = (error: unknown): WriteResult => ({
      outcome: 'unknown', reason: `client error after sending: ${error instanceof Error ? error.message : String(error)}`, requestId: null,
    });
    if (kind === 'single') return [await wire.send(calls[0]!).catch(lost)];
    if (!wire.sendBatch) return calls.map(() => lost(new Error('this connection cannot send batch calls')));
    const descriptor = descriptorOf(calls[0]!.operation);
    const answer = await wire.sendBatch(calls).catch((error: unknown) => ({ kind: 'whole' as const, result: lost(error) }));
    if (answer.kind === 'whole') return calls.map(() => answer.result);
    return calls.map(
      (c) => answer.items.get(descriptor.batch!.itemKey(c)) ?? { outcome: 'unknown', reason: 'the answer did not name this item', requestId: answer.requestId },
    );
  }

  async function executeMany(intents: readonly MoneyIntent[], ctx: ExecContext, options: ManyOptions = {}): Promise<ManyResult[]> {
    deps.assertGated?.();
    const results = new Array<ManyResult | undefined>(intents.length);
    const ready: Array<{ intent: MoneyIntent; index: number }> = [];
    for (const [index, intent] of intents.entries()) {
      try {
        const old = await checkRetry(intent);
        if (old) await serialized(() => rereadBeforeResend(old, ctx));
        ready.push({ intent, index });
      } catch (error) {
        results[index] = { ok: false, error: asAppError(error) };
      }
    }
    let settled = intents.length - ready.length;
    let journalDown: AppError | null = null;
    for (const chunk of chunkCalls(ready, (r) => callOfIntent(r.intent))) {
      if (journalDown) {
        for (const r of chunk) results[r.index] = { ok: false, error: journalDown };
        continue;
      }
      try {
        const out = await sendCall(chunk.map((r) => r.intent), ctx, options.groupId);
        out.forEach((o, i) => (results[chunk[i]!.index] = o));
      } catch (error) {
        const e = asAppError(error);
        // The journal refused to take the intents: nothing of this call went out, and no
        // later call may go out without its intent on disk.
        if (e.code === 'JOURNAL_UNAVAILABLE') journalDown = e;
        for (const r of chunk) results[r.index] = { ok: false, error: e };
      }
      settled += chunk.length;
      options.onProgress?.(settled, intents.length);
    }
    return results.map((r) => r ?? { ok: false, error: new AppError('JOURNAL_UNAVAILABLE', { reason: 'no outcome' }) });
  }

  /** One intent: the same path as a batch of one. Throws only when nothing was sent. */
  async function execute(intent: MoneyIntent, ctx: ExecContext): Promise<JournalEntryView> {
    const [r] = await executeMany([intent], ctx);
    if (!r?.ok) throw r?.error ?? new AppError('JOURNAL_UNAVAILABLE', { reason: 'no outcome' });
    return r.entry;
  }

  /**
   * Reconciliations (and the re-read before a re-send) run one at a time in this process:
   * each reads the records, then claims one, and two of them interleaving could both decide
   * an entry, or claim one record twice. A second request for an entry already being
   * reconciled gets the same answer.
   */
  let queue: Promise<unknown> = Promise.resolve();
  const reconciling = new Map<string, Promise<JournalEntryView>>();
  function serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.then(() => undefined, () => undefined);
    return run;
  }

  function reconcile(entryId: string, ctx: ExecContext): Promise<JournalEntryView> {
    const running = reconciling.get(entryId);
    if (running) return running;
    const run = serialized(() => reconcileNow(entryId, ctx));
    reconciling.set(entryId, run);
    const done = () => reconciling.delete(entryId);
    run.then(done, done);
    return run;
  }

  /**
   * Another workstation may decide the same entry, or claim the record it found, between
   * this one's read and its append: the journal refuses the second (transition, claim index).
   * A resolved entry is taken as it is; a claimed record means deciding again without it.
   */
  async function reconcileNow(entryId: string, ctx: ExecContext): Promise<JournalEntryView> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await reconcileOnce(entryId, ctx);
      } catch (error) {
        if (!isRace(error) || attempt >= 2) throw asAppError(error);
      }
    }
  }

  async function reconcileOnce(entryId: string, ctx: ExecContext): Promise<JournalEntryView> {
    const entry = await journal.get(entryId);
    if (!entry) throw new AppError('NOT_FOUND', { what: `journal entry ${entryId}` });
    if (entry.state !== 'pending' && entry.state !== 'sent' && entry.state !== 'unknown') return entry;
    // Still being sent by this process: its answer will record the outcome.
    if (sending.has(entry.id)) return entry;
    let decision;
    try {
      decision = await decide(entry, journal, wire, (k) => inFlight.has(k), deps.reconcile);
    } catch (error) {
      throw new AppError('MONEY_RECONCILE_FAILED', { reason: error instanceof Error ? error.message : String(error) });
    }
    const event =
      decision.kind === 'applied'
        ? { state: 'reconciled-done' as const, operator: ctx.operator, transId: decision.record.transId, evidence: decision.evidence }
        : decision.kind === 'notApplied'
          ? { state: 'reconciled-not-applied' as const, operator: ctx.operator, evidence: decision.evidence }
          : { state: 'unknown' as const, operator: ctx.operator, message: decision.evidence.undecided ?? null, evidence: decision.evidence };
    // Not through `durable`: a refused transition or claim must reach reconcileNow, which re-reads.
    const resolved = await journal.append(entry.id, event);
    return changed(resolved);
  }

  async function reconcileAll(ctx: ExecContext): Promise<ReconcileSummary> {
    const todo = await journal.unresolved();
    const entries: JournalEntryView[] = [];
    let stopped = false;
    for (const e of todo) {
      if (stopped) {
        entries.push(e);
        continue;
      }
      try {
        entries.push(await reconcile(e.id, ctx));
      } catch (error) {
        // Records unreadable (offline, throttled): the rest would fail the same way.
        if (error instanceof AppError && error.code === 'MONEY_RECONCILE_FAILED') stopped = true;
        entries.push(await journal.require(e.id));
      }
    }
    return {
      examined: todo.length,
      applied: entries.filter((e) => e.state === 'reconciled-done').length,
      notApplied: entries.filter((e) => e.state === 'reconciled-not-applied').length,
      stillUnknown: entries.filter((e) => e.state === 'unknown' || e.state === 'sent' || e.state === 'pending').length,
      entries,
    };
  }

  return { journal, profile, execute, executeMany, reconcile, reconcileAll };
}

/** Another workstation decided the entry, or claimed the record, between our read and append. */
const isRace = (error: unknown): boolean => error instanceof JournalTransitionError || error instanceof JournalClaimConflictError;

/** The call an intent puts on the wire. */
export function callOfIntent(intent: MoneyIntent): WriteCall {
  return {
    operation: intent.operation,
    counterpartyId: intent.counterpartyId,
    indirectPartnerId: intent.indirectPartnerId ?? null,
    amount: intent.amount,
    details: intent.details ?? null,
    memo: intent.memo ?? null,
    ...(intent.transient ? { transient: intent.transient } : {}),
  };
}

function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('JOURNAL_UNAVAILABLE', { reason: error instanceof Error ? error.message : String(error) });
}
