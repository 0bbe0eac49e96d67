// A write descriptor: everything the engine (journal, executor, reconciliation, plan runner,
// Activity, exports) needs to know about one non-idempotent write to Huawei. One descriptor
// per operation, all in one table (registry.ts); adding a write means adding a descriptor.
import type { MoneyOperation } from '../../../../shared/contract/channels/activity';
import type { WriteDetails, WriteFacts } from '../../../../shared/domain/operations';
import type { PartnerApi } from '../partner-api';

/** One write as it goes on the wire. */
export interface WriteCall {
  readonly operation: MoneyOperation;
  /** customer_id, or indirect_partner_id for the T2 operations. */
  readonly counterpartyId: string;
  /** fundT2Customer: the T2 whose customer is funded (sent as indirect_partner_id). */
  readonly indirectPartnerId: string | null;
  /**
   * Canonical decimal text, ≤ 2 decimals: the amount moved (funding), the face value
   * (issueCoupon), the quota granted (grantQuota), or what a reclaim is expected to take back
   * (the coupon's or child quota's balance as last read; the records say what it really took).
   */
  readonly amount: string;
  /** Quota, coupon, validity, restrictions (shared/domain WriteDetails); null for funding. */
  readonly details: WriteDetails | null;
  /** Sent where the API takes one (CreatePartnerCoupons memo); funding keeps it local. */
  readonly memo?: string | null;
  /**
   * Sent but never journaled: secrets of one send (CreateSubCustomer's verification code and
   * password). A reconciliation has none and needs none.
   */
  readonly transient?: Readonly<Record<string, string>>;
}

/** A record in one of Huawei's list APIs that can prove a write was applied. */
export interface EvidenceRecord {
  /** Unique per applied write: trans_id, the coupon id, the child quota id (see each descriptor). */
  readonly transId: string;
  readonly customerId: string;
  readonly operationType: string;
  /** Decimal text as received. */
  readonly amount: string;
  /** UTC ISO, by the server's clock. */
  readonly operationTime: string;
  /** Coupon and quota records: the quota (child quota for T2 quota records) and coupon. */
  readonly quotaId?: string;
  readonly parentQuotaId?: string;
  readonly couponId?: string;
  /** Customer reads: the xaccount_id of a listed customer (createCustomer). */
  readonly xaccountId?: string;
  /** Customer reads: is_frozen ('0', '1', '2'), the budget type, or the real-name review result ('none', '0', '1', '2'). */
  readonly state?: string;
  /** Real-name reads: customer_type as ListSubCustomers reports it ('-1', '0' individual, '1' enterprise). */
  readonly customerType?: string;
  /**
   * The counterparty's state as read now rather than a timed record (freeze, budget): the
   * server-clock window does not apply; its transId is unique per read.
   */
  readonly current?: boolean;
}

/**
 * Where evidence is read: ListPartnerAdjustRecords (funding), ListPartnerCouponsRecord
 * (coupons), ListCouponQuotasRecords (T2 quotas). `customerId` is the customer or the T2.
 */
export type EvidenceQuery =
  | { readonly list: 'adjustRecords'; readonly customerId: string; readonly operationType: string; readonly indirectPartnerId: string | null }
  | {
      readonly list: 'couponRecords'; readonly customerId: string; readonly operationType: string; readonly indirectPartnerId: string | null;
      readonly quotaId: string | null; readonly couponId: string | null;
    }
  | { readonly list: 'quotaRecords'; readonly t2Id: string; readonly operationType: string; readonly quotaId: string | null; readonly parentQuotaId: string | null }
  /** Customer writes: what ListSubCustomers / ShowSubCustomerBudget say now (no records exist). */
  | {
      readonly list: 'customers'; readonly kind: 'created' | 'frozen' | 'budget' | 'realname'; readonly customerId: string; readonly accountName: string;
      readonly indirectPartnerId: string | null;
    };

/** One item's outcome inside a batch answer, by the key the answer names it with. */
export interface BatchAnswer {
  readonly done: ReadonlyArray<{ readonly key: string; readonly transId: string }>;
  readonly errors: ReadonlyArray<{ readonly key: string; readonly code: string; readonly message: string }>;
  readonly requestId: string | undefined;
}

/**
 * A write whose API takes many items per call (customer_ids, indirect_partner_ids,
 * quota_ids) and answers per item. Items of one call share `groupKey`.
 */
export interface BatchSpec {
  readonly maxItems: number;
  groupKey(call: WriteCall): string;
  /** How the answer names this item (customer id, T2 id, quota id). */
  itemKey(call: WriteCall): string;
  /** Sends the calls (same group, ≤ maxItems) once; throws the client's ApiError when the call as a whole failed. */
  sendBatch(api: PartnerApi, calls: readonly WriteCall[]): Promise<BatchAnswer>;
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
  /** Present when many items go in one call; the executor then sends through it. */
  readonly batch?: BatchSpec;
  /**
   * What makes two intents "the same write" (an unresolved twin blocks a new one; one claim
   * per record). Default: operation, counterparty, T2, amount.
   */
  intentKey?(call: WriteCall): string;
  /** The key a record is claimed by (default its transId): the same key the answer gives a done entry. */
  claimKey?(record: EvidenceRecord): string;
  /** Huawei codes that mean "already done or gone" rather than an error of ours (shown so). */
  readonly alreadyGone?: ReadonlySet<string>;
  /** Which list, filtered how, holds this write's record. */
  evidenceQuery(call: WriteCall): EvidenceQuery;
  /** Whether a record (already inside the time window) is this write's. */
  matches(call: WriteCall, record: EvidenceRecord): boolean;
  /** Human words for the evidence rule (docs/MONEY.md and the Activity screen). */
  readonly rule: { readonly en: string; readonly 'zh-CN': string };
}
