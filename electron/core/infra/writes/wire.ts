// The port the write executor sends through: one write, sent exactly once, and the reads
// reconciliation needs. The partner-API adapter (partner-api-wire.ts) implements it for a
// profile session; tests may implement it over the sandbox directly.
import type { ClockReading } from '../http/server-clock';
import type { EvidenceQuery, EvidenceRecord, WriteCall } from './descriptor';
import type { WriteResult } from './outcome';

export type MoneyCall = WriteCall;
export type MoneyCallResult = WriteResult;
export type AdjustRecord = EvidenceRecord;

export interface AdjustRecordQuery {
  /** Customer id or T2 id (ListPartnerAdjustRecords customer_id). */
  readonly customerId: string;
  readonly operationType: string;
  /** UTC bounds of operation_time, by the server's clock. */
  readonly from: Date;
  readonly to: Date;
  /** For a T2's customers. */
  readonly indirectPartnerId: string | null;
}

export type EvidenceRead = EvidenceQuery & { readonly from: Date; readonly to: Date };

export interface CouponRecordQuery {
  readonly customerId: string;
  readonly operationType: string;
  readonly indirectPartnerId: string | null;
  readonly quotaId: string | null;
  readonly couponId: string | null;
  readonly from: Date;
  readonly to: Date;
}

export interface QuotaRecordQuery {
  readonly t2Id: string;
  readonly operationType: string;
  readonly quotaId: string | null;
  readonly parentQuotaId: string | null;
  readonly from: Date;
  readonly to: Date;
}

/**
 * One send of a batch write: the whole call failed or was lost (`whole`, which then holds for
 * every item), or the answer named items (`items`, by the descriptor's itemKey). An item the
 * answer does not name is left out of `items`: its outcome is unknown.
 */
export type BatchCallResult =
  | { readonly kind: 'whole'; readonly result: WriteResult }
  | { readonly kind: 'items'; readonly items: ReadonlyMap<string, WriteResult>; readonly requestId: string | null };

export interface MoneyWire {
  /** Sends once. Never retries, never throws for an API or network failure (see WriteResult). */
  send(call: MoneyCall): Promise<MoneyCallResult>;
  /** Sends one batch call (same group, ≤ the descriptor's maxItems). Never throws for an API or network failure. */
  sendBatch?(calls: readonly MoneyCall[]): Promise<BatchCallResult>;
  /** Every adjust record matching the query (all pages). Throws when the records cannot be read. */
  adjustRecords(query: AdjustRecordQuery): Promise<AdjustRecord[]>;
  /** Coupon issue/reclaim records (ListPartnerCouponsRecord), successful ones only. */
  couponRecords?(query: CouponRecordQuery): Promise<EvidenceRecord[]>;
  /** T2 quota grant/reclaim records (ListCouponQuotasRecords), successful ones only. */
  quotaRecords?(query: QuotaRecordQuery): Promise<EvidenceRecord[]>;
  /**
   * Customer writes: the customer as Huawei reads it now, as records (descriptors/customers.ts).
   * Throws when that cannot decide yet (a login name taken but not listed: the association runs).
   */
  customerEvidence?(query: Extract<EvidenceQuery, { list: 'customers' }>): Promise<EvidenceRecord[]>;
  /** The counterparty's balance now, as supporting evidence; null when it cannot be read. */
  counterpartyBalance?(call: Omit<MoneyCall, 'amount'>): Promise<string | null>;
  /**
   * The server's clock offset measured from the Date headers of its answers. A wire without
   * one (an in-memory fake) shares the workstation's clock; a real wire that has seen no
   * Date header yet answers null and reconciliation widens its window to the ±15 minutes the
   * signature check allows.
   */
  serverClock?(): ClockReading | null;
}

/** Reads the evidence a descriptor names. */
export function readEvidence(wire: MoneyWire, q: EvidenceRead): Promise<EvidenceRecord[]> {
  switch (q.list) {
    case 'adjustRecords':
      return wire.adjustRecords({ customerId: q.customerId, operationType: q.operationType, from: q.from, to: q.to, indirectPartnerId: q.indirectPartnerId });
    case 'couponRecords':
      if (!wire.couponRecords) throw new Error('this connection cannot read coupon records');
      return wire.couponRecords(q);
    case 'quotaRecords':
      if (!wire.quotaRecords) throw new Error('this connection cannot read quota records');
      return wire.quotaRecords(q);
    case 'customers':
      if (!wire.customerEvidence) throw new Error('this connection cannot read customers');
      return wire.customerEvidence(q);
  }
}
