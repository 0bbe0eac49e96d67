// A write descriptor: everything the engine (journal, executor, reconciliation, plan runner,
// Activity, exports) needs to know about one non-idempotent write to Huawei. One descriptor
// per operation, all in one table (registry.ts); adding a write means adding a descriptor.
import type { MoneyOperation } from '../../../../shared/contract/channels/activity';
import type { WriteFacts } from '../../../../shared/domain/operations';
import type { PartnerApi } from '../partner-api';

/** One write as it goes on the wire. */
export interface WriteCall {
  readonly operation: MoneyOperation;
  /** customer_id, or indirect_partner_id for the T2 operations. */
  readonly counterpartyId: string;
  /** fundT2Customer: the T2 whose customer is funded (sent as indirect_partner_id). */
  readonly indirectPartnerId: string | null;
  /** Canonical decimal text, ≤ 2 decimals. */
  readonly amount: string;
}

/** A record in one of Huawei's list APIs that can prove a write was applied. */
export interface EvidenceRecord {
  readonly transId: string;
  readonly customerId: string;
  readonly operationType: string;
  /** Decimal text as received. */
  readonly amount: string;
  /** UTC ISO, by the server's clock. */
  readonly operationTime: string;
}

/** Where evidence is read: ListPartnerAdjustRecords for the funding writes. */
export interface EvidenceQuery {
  readonly list: 'adjustRecords';
  readonly customerId: string;
  readonly operationType: string;
  readonly indirectPartnerId: string | null;
}

export interface WriteDescriptor {
  readonly name: MoneyOperation;
  /** Tiers, sites, counterparty, direction, labels: from shared/domain (one source). */
  readonly facts: WriteFacts;
  /**
   * Huawei codes that prove the request was refused without being applied: a closed list per
   * operation, taken from the operation's own error table (partner-api.md). Any other answer
   * after sending (a bare 4xx, CBC.0999, an unlisted code, an unreadable body) is `unknown`.
   */
  readonly refusals: ReadonlySet<string>;
  /** Sends once; resolves with the server's transaction id or throws the client's ApiError. */
  send(api: PartnerApi, call: WriteCall): Promise<{ transId: string; requestId: string | undefined }>;
  /** Which list, filtered how, holds this write's record. */
  evidenceQuery(call: WriteCall): EvidenceQuery;
  /** Whether a record (already inside the time window) is this write's. */
  matches(call: WriteCall, record: EvidenceRecord): boolean;
  /** Human words for the evidence rule (docs/MONEY.md and the Activity screen). */
  readonly rule: { readonly en: string; readonly 'zh-CN': string };
}
