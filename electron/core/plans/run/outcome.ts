// From a journal entry's state to a plan item's outcome, and the progress arithmetic.
import type { JournalEntryView } from '../../../../shared/contract/channels/activity';
import type { ExecutionView, ItemOutcome } from '../../../../shared/contract/channels/plans';
import { sumAmounts } from '../../../../shared/domain/money';
import type { ItemPatch, StoredItem } from '../plan-repository';

export const FINAL_OUTCOMES: ReadonlySet<ItemOutcome> = new Set(['done', 'failed', 'reconciled-done', 'reconciled-not-applied', 'skipped']);
export const APPLIED: ReadonlySet<ItemOutcome> = new Set(['done', 'reconciled-done']);

export function patchFromEntry(entry: JournalEntryView, now: string, attempts?: number): ItemPatch {
  const outcome: ItemOutcome =
    entry.state === 'pending' || entry.state === 'sent' ? 'in-flight' : entry.state;
  return {
    outcome,
    attempts,
    journalEntryId: entry.id,
    transId: entry.transId,
    errorCode: entry.state === 'failed' || entry.state === 'unknown' ? entry.code : null,
    errorMessage: entry.state === 'failed' || entry.state === 'unknown' ? entry.message : null,
    finishedAt: FINAL_OUTCOMES.has(outcome) ? now : null,
  };
}

export function executionView(items: readonly StoredItem[], startedAt: string | null, finishedAt: string | null): ExecutionView {
  const count = (...o: ItemOutcome[]) => items.filter((i) => o.includes(i.outcome)).length;
  return {
    total: items.length,
    done: items.filter((i) => FINAL_OUTCOMES.has(i.outcome) || i.outcome === 'unknown').length,
    succeeded: count('done', 'reconciled-done'),
    failed: count('failed'),
    unknown: count('unknown', 'in-flight'),
    notApplied: count('reconciled-not-applied'),
    skipped: count('skipped'),
    amountMoved: sumAmounts(items.filter((i) => APPLIED.has(i.outcome)).map((i) => i.amount)),
    startedAt,
    finishedAt,
  };
}
