// Reconciliation: decides whether an unresolved journal entry (pending, sent, unknown) was
// applied by Huawei, from Huawei's own records, and records the evidence.
//
// "Applied": a record the entry's descriptor matches (same counterparty, type, amount) whose
// operation_time lies in [sent − margin, now + margin] *by the server's clock* (the offset is
// measured from the Date header of the answers, the records query's own included), and that
// no other entry has claimed (the database refuses a second claim). Entries are reconciled
// oldest first and each claims the earliest matching record.
//
// "Not applied": no such record, and the settle time has passed since the outcome became
// unknown (records lag, and a server may still apply a request shortly after the client gave
// up). The settle time is at least the client's timeout plus a margin; it is measured on our
// own clock from the `unknown` event, or, for an entry left `sent` by a crash, from the send
// time plus the client's timeout. An entry that never reached `sent` was never handed to the
// network and is not applied at once.
//
// "Undecided" (stays unknown): too early, an identical write in flight in this process, or the
// records cannot be read. An unmeasured server clock does not leave it undecided: the window
// widens by the 15 minutes a signature tolerates instead.
//
// Limits (said plainly in the UI too): a record with the same counterparty, type and amount
// made outside Partner Desk (e.g. in Huawei's web console) inside the window is
// indistinguishable from ours and will be claimed.
import type { JournalEntryView, ReconcileEvidence } from '../../../../shared/contract/channels/activity';
import type { AsyncJournal } from '../journal/async-journal';
import type { EvidenceRecord, WriteCall } from './descriptor';
import { claimKeyOf, descriptorOf } from './registry';
import { readEvidence, type MoneyWire } from './wire';

export interface ReconcileOptions {
  /** Allowance around the server-clock window (record stamping, drift). Default 2 minutes. */
  readonly marginMs?: number;
  /** After the outcome became unknown, how long records may take to show. Default 3 minutes. */
  readonly settleMs?: number;
  /** The HTTP client's total timeout; the settle time is never shorter than this + 30 s. */
  readonly clientTimeoutMs?: number;
  readonly now?: () => Date;
}

export const DEFAULT_MARGIN_MS = 2 * 60_000;
export const DEFAULT_SETTLE_MS = 3 * 60_000;
export const DEFAULT_CLIENT_TIMEOUT_MS = 30_000;
/** A server can still apply a request a little after the client stopped waiting. */
export const SETTLE_ABOVE_TIMEOUT_MS = 30_000;
/** The signature check accepts ±15 minutes: no server we can talk to is further off. */
const MAX_UNMEASURED_OFFSET_MS = 15 * 60_000;

export type ReconcileDecision =
  | { readonly kind: 'applied'; readonly record: EvidenceRecord; readonly evidence: ReconcileEvidence }
  | { readonly kind: 'notApplied'; readonly evidence: ReconcileEvidence }
  | { readonly kind: 'undecided'; readonly evidence: ReconcileEvidence };

/** What makes two entries the same write (journaled with the intent: the descriptor's intentKey). */
export function sameOperationKey(e: Pick<JournalEntryView, 'intentKey'>): string {
  return e.intentKey;
}

export function effectiveSettleMs(options: ReconcileOptions = {}): number {
  const timeout = options.clientTimeoutMs ?? DEFAULT_CLIENT_TIMEOUT_MS;
  return Math.max(options.settleMs ?? DEFAULT_SETTLE_MS, timeout + SETTLE_ABOVE_TIMEOUT_MS);
}

/** When "not applied" may first be concluded, on our clock. */
export function settleUntil(entry: JournalEntryView, options: ReconcileOptions = {}): Date {
  const unknownAt = entry.events.find((e) => e.state === 'unknown')?.at;
  const base = unknownAt
    ? Date.parse(unknownAt)
    : Date.parse(entry.sentAt ?? entry.createdAt) + (options.clientTimeoutMs ?? DEFAULT_CLIENT_TIMEOUT_MS);
  return new Date(base + effectiveSettleMs(options));
}

export const callOf = (e: JournalEntryView): WriteCall => ({
  operation: e.operation, counterpartyId: e.counterpartyId, indirectPartnerId: e.indirectPartnerId, amount: e.amount, details: e.details, memo: e.memo,
});

export interface EvidenceFound {
  readonly record: EvidenceRecord | null;
  readonly base: Omit<ReconcileEvidence, 'record'>;
}

/** Reads the evidence for one entry and picks the earliest unclaimed matching record. */
export async function findEvidence(entry: JournalEntryView, journal: AsyncJournal, wire: MoneyWire, options: ReconcileOptions = {}): Promise<EvidenceFound> {
  const now = (options.now ?? (() => new Date()))();
  const marginMs = options.marginMs ?? DEFAULT_MARGIN_MS;
  const descriptor = descriptorOf(entry.operation);
  const call = callOf(entry);
  const sentAt = Date.parse(entry.sentAt ?? entry.createdAt);
  // Query wide enough for any offset the signature check accepts, then narrow by the offset
  // measured (the query's own answer carries a Date header too).
  const wide = { from: new Date(sentAt - MAX_UNMEASURED_OFFSET_MS - marginMs), to: new Date(now.getTime() + MAX_UNMEASURED_OFFSET_MS + marginMs) };
  const rows = await readEvidence(wire, { ...descriptor.evidenceQuery(call), ...wide });
  const reading = wire.serverClock ? wire.serverClock() : { offsetMs: 0, uncertaintyMs: 0 };
  const offsetMs = reading?.offsetMs ?? 0;
  const slack = marginMs + (reading ? reading.uncertaintyMs : MAX_UNMEASURED_OFFSET_MS);
  const window = { from: new Date(sentAt + offsetMs - slack), to: new Date(now.getTime() + offsetMs + slack) };
  const candidates = rows
    .filter((r) => descriptor.matches(call, r))
    .filter((r) => {
      // A read of the state now (customer writes) is no timed record: it holds whenever read.
      if (r.current) return true;
      const t = Date.parse(r.operationTime);
      return t >= window.from.getTime() && t <= window.to.getTime();
    })
    .sort((a, b) => Date.parse(a.operationTime) - Date.parse(b.operationTime) || a.transId.localeCompare(b.transId))
    // A record is claimed by the key the answer would have given (the coupon id for an issue…).
    .map((r) => ({ ...r, transId: claimKeyOf(entry.operation, r) }));
  const claimed = await Promise.all(candidates.map((r) => journal.isClaimed(r.transId, entry.id)));
  const unclaimed = candidates.filter((_, i) => !claimed[i]);
  const balanceNow = wire.counterpartyBalance
    ? await wire.counterpartyBalance({ operation: entry.operation, counterpartyId: entry.counterpartyId, indirectPartnerId: entry.indirectPartnerId, details: entry.details }).catch(() => null)
    : null;
  return {
    record: unclaimed[0] ?? null,
    base: {
      window: { from: window.from.toISOString(), to: window.to.toISOString() },
      candidates: candidates.length,
      claimedByOthers: candidates.length - unclaimed.length,
      serverOffsetMs: offsetMs,
      ...(balanceNow !== null ? { balanceNow } : {}),
    },
  };
}

export function recordEvidence(record: EvidenceRecord): NonNullable<ReconcileEvidence['record']> {
  return {
    transId: record.transId, customerId: record.customerId, operationType: record.operationType, amount: record.amount, operationTime: record.operationTime,
    ...(record.quotaId ? { quotaId: record.quotaId } : {}),
    ...(record.couponId ? { couponId: record.couponId } : {}),
  };
}

export async function decide(
  entry: JournalEntryView,
  journal: AsyncJournal,
  wire: MoneyWire,
  inFlight: (key: string) => boolean,
  options: ReconcileOptions = {},
): Promise<ReconcileDecision> {
  const now = (options.now ?? (() => new Date()))();
  if (entry.state === 'pending') {
    const at = entry.createdAt;
    return { kind: 'notApplied', evidence: { window: { from: at, to: now.toISOString() }, candidates: 0, claimedByOthers: 0, neverSent: true } };
  }
  if (inFlight(sameOperationKey(entry))) {
    const at = entry.sentAt ?? entry.createdAt;
    return {
      kind: 'undecided',
      evidence: { window: { from: at, to: now.toISOString() }, candidates: 0, claimedByOthers: 0, undecided: 'an identical operation is being sent right now' },
    };
  }
  const found = await findEvidence(entry, journal, wire, options);
  if (found.record) return { kind: 'applied', record: found.record, evidence: { ...found.base, record: recordEvidence(found.record) } };
  const until = settleUntil(entry, options);
  if (now.getTime() < until.getTime()) {
    return {
      kind: 'undecided',
      evidence: { ...found.base, settleUntil: until.toISOString(), undecided: 'too early: Huawei’s records may not show the operation yet' },
    };
  }
  return { kind: 'notApplied', evidence: { ...found.base, settleUntil: until.toISOString() } };
}
