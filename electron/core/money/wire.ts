// The port the money executor sends through: one money call, sent exactly once, and the reads
// reconciliation needs. The partner-API adapter (partner-api-wire.ts) implements it for a
// profile session; tests may implement it over the sandbox directly.
import type { MoneyOperation } from '../../../shared/contract/channels/activity';
import type { AdjustOperationType } from './operations';

export interface MoneyCall {
  readonly operation: MoneyOperation;
  /** customer_id, or indirect_partner_id for fundT2 / reclaimT2. */
  readonly counterpartyId: string;
  /** fundT2Customer: the T2 whose customer is funded (sent as indirect_partner_id). */
  readonly indirectPartnerId: string | null;
  /** Canonical decimal text, ≤ 2 decimals. */
  readonly amount: string;
}

/**
 * done: the API answered with the transaction id. failed: it answered definitely that nothing
 * was applied (4xx with a code, 429 throttling, a refusal before sending). unknown: the request
 * may have been applied (timeout, reset, 5xx, unreadable body after sending).
 */
export type MoneyCallResult =
  | { readonly outcome: 'done'; readonly transId: string; readonly requestId: string | null }
  | { readonly outcome: 'failed'; readonly code: string; readonly message: string; readonly httpStatus: number | null; readonly requestId: string | null }
  | { readonly outcome: 'unknown'; readonly reason: string; readonly requestId: string | null };

export interface AdjustRecordQuery {
  /** Customer id or T2 id (ListPartnerAdjustRecords customer_id). */
  readonly customerId: string;
  readonly operationType: AdjustOperationType;
  /** UTC ISO bounds of operation_time. */
  readonly from: Date;
  readonly to: Date;
  /** For a T2's customers. */
  readonly indirectPartnerId: string | null;
}

export interface AdjustRecord {
  readonly transId: string;
  readonly customerId: string;
  readonly operationType: string;
  /** Decimal text as received. */
  readonly amount: string;
  /** UTC ISO. */
  readonly operationTime: string;
}

export interface MoneyWire {
  /** Sends once. Never retries, never throws for an API or network failure (see MoneyCallResult). */
  send(call: MoneyCall): Promise<MoneyCallResult>;
  /** Every record matching the query (all pages). Throws when the records cannot be read. */
  adjustRecords(query: AdjustRecordQuery): Promise<AdjustRecord[]>;
  /** The counterparty's balance now, as supporting evidence; null when it cannot be read. */
  counterpartyBalance?(call: Omit<MoneyCall, 'amount'>): Promise<string | null>;
}
