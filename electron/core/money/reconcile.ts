// Reconciliation: decides whether an unresolved journal entry (pending, sent, unknown) was
// applied by the partner API, from the API's own adjust records, and records the evidence.
//
// Matching rule. An entry is explained by an adjust record when all of these hold:
//   - customer_id is the entry's counterparty (customer or T2), and for a T2's customer the
//     records are read with indirect_partner_id = that T2;
//   - operation_type is the entry's (BEADJUST for a grant, BERETRIEVE for a reclaim);
//   - the amount is equal as a decimal ("10" = "10.00");
//   - operation_time lies in [sent − skew, now + skew] (skew: allowance for the server's clock);
//   - its trans_id is not already claimed by another journal entry (done or reconciled-done;
//     the database refuses a second claim).
// Unresolved entries are reconciled oldest first and each claims the earliest matching record,
// so N identical lost operations are matched to N records in order.
// "Not applied" is proven when no unclaimed record matches and the entry was sent at least
// `settleMs` ago (records may appear with a delay), or when the entry never reached `sent`
// (the request is only handed to the network after `sent` is committed).
//
// Limits (said plainly in the UI too): a record with the same counterparty, type and amount
// made outside Partner Desk (e.g. in Huawei's web console) inside the window is
// indistinguishable from ours and will be claimed. Balances are read only as supporting
// evidence: consumption and other moves change them too, so they cannot prove anything alone.
// While an identical operation is in flight in this process, reconciliation does not decide.
import type { JournalEntryView, ReconcileEvidence } from '../../../shared/contract/channels/activity';
import { compareAmounts } from '../../../shared/domain/money';
import type { Journal } from '../journal/journal';
import { OPERATIONS } from './operations';
import type { AdjustRecord, MoneyWire } from './wire';

export interface ReconcileOptions {
  /** Allowance for the difference between our clock and the server's. Default 5 minutes. */
  readonly skewMs?: number;
  /** Records younger than this may not be visible yet. Default 60 s. */
  readonly settleMs?: number;
  readonly now?: () => Date;
}

export type ReconcileDecision =
  | { readonly kind: 'applied'; readonly record: AdjustRecord; readonly evidence: ReconcileEvidence }
  | { readonly kind: 'notApplied'; readonly evidence: ReconcileEvidence }
  | { readonly kind: 'undecided'; readonly evidence: ReconcileEvidence };

export function sameOperationKey(e: Pick<JournalEntryView, 'operation' | 'counterpartyId' | 'indirectPartnerId' | 'amount'>): string {
  return `${e.operation}|${e.counterpartyId}|${e.indirectPartnerId ?? ''}|${e.amount}`;
}

export async function decide(
  entry: JournalEntryView,
  journal: Journal,
  wire: MoneyWire,
  inFlight: (key: string) => boolean,
  options: ReconcileOptions = {},
): Promise<ReconcileDecision> {
  const now = (options.now ?? (() => new Date()))();
  const skewMs = options.skewMs ?? 5 * 60_000;
  const settleMs = options.settleMs ?? 60_000;
  const sentAt = new Date(entry.sentAt ?? entry.createdAt);
  const window = { from: new Date(sentAt.getTime() - skewMs), to: new Date(now.getTime() + skewMs) };
  const windowText = { from: window.from.toISOString(), to: window.to.toISOString() };

  if (entry.state === 'pending') {
    return { kind: 'notApplied', evidence: { window: windowText, candidates: 0, claimedByOthers: 0, neverSent: true } };
  }
  if (inFlight(sameOperationKey(entry))) {
    return {
      kind: 'undecided',
      evidence: { window: windowText, candidates: 0, claimedByOthers: 0, undecided: 'an identical operation is being sent right now' },
    };
  }

  const facts = OPERATIONS[entry.operation];
  const records = await wire.adjustRecords({
    customerId: entry.counterpartyId,
    operationType: facts.recordType,
    from: window.from,
    to: window.to,
    indirectPartnerId: facts.viaT2 ? entry.indirectPartnerId : null,
  });
  const candidates = records
    .filter((r) => r.customerId === entry.counterpartyId && r.operationType === facts.recordType)
    .filter((r) => safeEqualAmount(r.amount, entry.amount))
    .filter((r) => {
      const t = Date.parse(r.operationTime);
      return t >= window.from.getTime() && t <= window.to.getTime();
    })
    .sort((a, b) => Date.parse(a.operationTime) - Date.parse(b.operationTime) || a.transId.localeCompare(b.transId));
  const unclaimed = candidates.filter((r) => !journal.isClaimed(r.transId, entry.id));
  const balanceNow = wire.counterpartyBalance
    ? await wire
      .counterpartyBalance({ operation: entry.operation, counterpartyId: entry.counterpartyId, indirectPartnerId: entry.indirectPartnerId })
      .catch(() => null)
    : null;
  const base = {
    window: windowText,
    candidates: candidates.length,
    claimedByOthers: candidates.length - unclaimed.length,
    ...(balanceNow !== null ? { balanceNow } : {}),
  };

  const record = unclaimed[0];
  if (record) {
    return {
      kind: 'applied',
      record,
      evidence: {
        ...base,
        record: {
          transId: record.transId, customerId: record.customerId, operationType: record.operationType,
          amount: record.amount, operationTime: record.operationTime,
        },
      },
    };
  }
  if (now.getTime() - sentAt.getTime() < settleMs) {
    return { kind: 'undecided', evidence: { ...base, undecided: 'too early: the adjust records may not show the operation yet' } };
  }
  return { kind: 'notApplied', evidence: base };
}

function safeEqualAmount(a: string, b: string): boolean {
  try {
    return compareAmounts(a, b) === 0;
  } catch {
    return false;
  }
}
