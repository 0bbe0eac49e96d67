// The journaled money executor: the only way money moves in Partner Desk. Single operations
// (services/money) and batch plans both call `execute`. For each intent it
//   1. commits the intent (`pending`) durably,
//   2. commits `sent`, then hands the request to the network exactly once,
//   3. records the answer: done (with transfer_id / trans_id), failed (with the API's code),
//      or unknown when the answer may hide an applied operation.
// It never retries. An unknown entry is resolved only by `reconcile`, and an entry proven not
// applied is re-sent only as a new entry (`retryOf`) created by a user's action.
import { AppError } from '../../../shared/contract/errors';
import type { JournalEntryView, MoneyOperation, ReconcileSummary } from '../../../shared/contract/channels/activity';
import type { Journal } from '../journal/journal';
import { decide, sameOperationKey, type ReconcileOptions } from './reconcile';
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
      throw new AppError('JOURNAL_UNAVAILABLE', { reason: error instanceof Error ? error.message : String(error) });
    }
  };

  function checkRetry(intent: MoneyIntent): void {
    if (!intent.retryOf) return;
    const old = journal.get(intent.retryOf);
    if (!old) throw new AppError('NOT_FOUND', { what: `journal entry ${intent.retryOf}` });
    const provenNotApplied = old.state === 'reconciled-not-applied' || old.state === 'failed';
    const same = sameOperationKey(old) === sameOperationKey({ ...intent, indirectPartnerId: intent.indirectPartnerId ?? null });
    if (!provenNotApplied || old.retriedBy || !same) {
      throw new AppError('MONEY_RETRY_NOT_ALLOWED', { id: old.id, state: old.retriedBy ? 'retried' : old.state });
    }
  }

  function checkNoUnresolvedTwin(intent: MoneyIntent): void {
    const twin = journal.unresolvedTwin({ ...intent, indirectPartnerId: intent.indirectPartnerId ?? null });
    if (twin) {
      throw new AppError('MONEY_UNRESOLVED_DUPLICATE', { id: twin.id, amount: twin.amount, counterparty: twin.counterpartyName ?? twin.counterpartyId });
    }
  }

  async function execute(intent: MoneyIntent, ctx: ExecContext): Promise<JournalEntryView> {
    checkRetry(intent);
    checkNoUnresolvedTwin(intent);
    const pending = durable(() =>
      journal.begin({
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
      }),
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
      // If this write fails the entry stays `sent`; the next reconciliation resolves it.
      const final = durable(() => {
        switch (result.outcome) {
          case 'done':
            return journal.append(pending.id, { state: 'done', operator: ctx.operator, requestId: result.requestId, transId: result.transId });
          case 'failed':
            return journal.append(pending.id, {
              state: 'failed', operator: ctx.operator, requestId: result.requestId, code: result.code, message: result.message,
            });
          case 'unknown':
            return journal.append(pending.id, { state: 'unknown', operator: ctx.operator, requestId: result.requestId, message: result.reason });
        }
      });
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
