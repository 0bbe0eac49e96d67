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
import { AppError } from '../../../../shared/contract/errors';
import type { JournalEntryView, MoneyOperation, ReconcileSummary } from '../../../../shared/contract/channels/activity';
import type { Journal } from '../journal/journal';
import { decide, findEvidence, recordEvidence, sameOperationKey, type ReconcileOptions } from './reconcile';
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
  readonly journal: Journal;
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
  readonly journal: Journal;
  readonly profile: ProfileRef;
  /** Journals, sends once, records the outcome. Throws AppError only when nothing was sent. */
  execute(intent: MoneyIntent, ctx: ExecContext): Promise<JournalEntryView>;
  /** Resolves one unresolved entry from the adjust records; a resolved entry is returned as is. */
  reconcile(entryId: string, ctx: ExecContext): Promise<JournalEntryView>;
  /** Reconciles every unresolved entry, oldest first. Stops early when the records cannot be read. */
  reconcileAll(ctx: ExecContext): Promise<ReconcileSummary>;
}

export const SYSTEM_OPERATOR = 'Partner Desk';

export function createMoneyExecutor(deps: MoneyExecutorDeps): MoneyExecutor {
  const { journal, wire, profile } = deps;
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

  const durable = <T>(write: () => T): T => {
    try {
      return write();
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('JOURNAL_UNAVAILABLE', { reason: error instanceof Error ? error.message : String(error) });
    }
  };

  /** The old entry may be re-sent only when proven not applied, not re-sent yet, the same write. */
  function checkRetry(intent: MoneyIntent): JournalEntryView | null {
    if (!intent.retryOf) return null;
    const old = journal.get(intent.retryOf);
    if (!old) throw new AppError('NOT_FOUND', { what: `journal entry ${intent.retryOf}` });
    const provenNotApplied = old.state === 'reconciled-not-applied' || old.state === 'failed';
    const same = sameOperationKey(old) === sameOperationKey({ ...intent, indirectPartnerId: intent.indirectPartnerId ?? null });
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
    const late = durable(() =>
      journal.append(old.id, {
        state: 'reconciled-done', operator: ctx.operator, transId: found.record!.transId,
        evidence: { ...found.base, record: recordEvidence(found.record!), lateRecord: true },
      }),
    );
    changed(late);
    throw new AppError('MONEY_RETRY_APPLIED_LATE', { id: old.id, transId: found.record.transId });
  }

  async function execute(intent: MoneyIntent, ctx: ExecContext): Promise<JournalEntryView> {
    deps.assertGated?.();
    const old = checkRetry(intent);
    if (old) await rereadBeforeResend(old, ctx);
    const pending = durable(() =>
      journal.begin(
        {
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
        },
        { refuseUnresolvedTwin: true },
      ),
    );
    changed(pending);
    const key = sameOperationKey(pending);
    inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
    sending.add(pending.id);
    try {
      changed(durable(() => journal.append(pending.id, { state: 'sent', operator: ctx.operator })));
      const result = await wire
        .send({ operation: intent.operation, counterpartyId: intent.counterpartyId, indirectPartnerId: intent.indirectPartnerId ?? null, amount: intent.amount })
        .catch((error: unknown) => ({
          outcome: 'unknown' as const,
          reason: `client error after sending: ${error instanceof Error ? error.message : String(error)}`,
          requestId: null,
        }));
      let final: JournalEntryView;
      try {
        switch (result.outcome) {
          case 'done':
            final = journal.append(pending.id, { state: 'done', operator: ctx.operator, requestId: result.requestId, transId: result.transId });
            break;
          case 'failed':
            final = journal.append(pending.id, {
              state: 'failed', operator: ctx.operator, requestId: result.requestId, code: result.code, message: result.message,
            });
            break;
          case 'unknown':
            final = journal.append(pending.id, { state: 'unknown', operator: ctx.operator, requestId: result.requestId, message: result.reason });
            break;
        }
      } catch (error) {
        // The request has left: the entry stays `sent` and start-up reconciliation resolves it.
        // Saying "nothing was sent" here would invite a second send.
        throw new AppError('JOURNAL_UNAVAILABLE_AFTER_SEND', {
          id: pending.id,
          outcome: result.outcome,
          transId: result.outcome === 'done' ? result.transId : '—',
          reason: error instanceof Error ? error.message : String(error),
        });
      }
      return changed(final);
    } finally {
      sending.delete(pending.id);
      const n = (inFlight.get(key) ?? 1) - 1;
      if (n <= 0) inFlight.delete(key);
      else inFlight.set(key, n);
    }
  }

  async function reconcile(entryId: string, ctx: ExecContext): Promise<JournalEntryView> {
    const entry = journal.get(entryId);
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
    const resolved = durable(() => {
      switch (decision.kind) {
        case 'applied':
          return journal.append(entry.id, { state: 'reconciled-done', operator: ctx.operator, transId: decision.record.transId, evidence: decision.evidence });
        case 'notApplied':
          return journal.append(entry.id, { state: 'reconciled-not-applied', operator: ctx.operator, evidence: decision.evidence });
        case 'undecided':
          return journal.append(entry.id, { state: 'unknown', operator: ctx.operator, message: decision.evidence.undecided ?? null, evidence: decision.evidence });
      }
    });
    return changed(resolved);
  }

  async function reconcileAll(ctx: ExecContext): Promise<ReconcileSummary> {
    const todo = journal.unresolved();
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
        entries.push(journal.require(e.id));
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

  return { journal, profile, execute, reconcile, reconcileAll };
}
