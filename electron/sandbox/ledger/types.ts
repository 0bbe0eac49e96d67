// The sandbox's data model. Money fields are decimal.js values; times are epoch milliseconds.
import type Decimal from 'decimal.js';
import type { PartnerRole } from '../accounts';

export interface Partner {
  id: string;
  role: PartnerRole;
  accountName: string;
  name: string;
  /** The T1 a T2 belongs to. */
  parentId?: string;
  mobile: string;
  email: string;
  associatedOn: number;
  /** Cash account (account_type 1). */
  cash: Decimal;
  /** Available credit (account_type 2 `amount`). */
  credit: Decimal;
  /** Credit line (account_type 2 `credit_amount`). */
  creditLine: Decimal;
  /** Earmarked cash (`designated_amount`), not available for grants. */
  designated: Decimal;
  /** Program standing of a fixture partner: exited the partner program, or a restricted company. */
  standing?: 'exited' | 'restricted';
  /** A test partner account (CBC.99005035 on state-changing APIs). */
  testAccount?: boolean;
  /** "Partner uses coupons" mode: the partner spends vouchers itself and cannot issue (CBC.50000010). */
  usesCoupons?: boolean;
  /** An international-site partner: China-only operations do not exist for it. */
  site?: 'intl';
}

export interface Customer {
  id: string;
  /** Sequence number: drives lazy, deterministic bills. */
  seq: number;
  accountName: string;
  /** Real-name name ('' while unverified). */
  name: string;
  ownerId: string;
  associationType: '1' | '2';
  customerType: -1 | 0 | 1;
  verifiedStatus: '-1' | '0' | '1' | '2';
  isFrozen: 0 | 1 | 2;
  associatedOn: number;
  xaccountId: string;
  xaccountType: string;
  label: string;
  telephone: string;
  email: string;
  level: string;
  accountManager: string;
  /** Partner-funded balance; undefined = the customer has no partner-funded account yet. */
  balance?: Decimal;
  budget?: { amount: Decimal; type: 'MONTHLY' | 'PACKAGE'; frozenOperateType: 0 | 1; updatedAt: number };
  /** International site: the ISO 3166 alpha-2 area given at creation (domain_area). */
  domainArea?: string;
  /** Registered on the other (international) site: China-site calls on it answer 403 CBC.0156. */
  foreignSite?: boolean;
  /** An enterprise sub-account whose finances the master account manages (CBC.50000034 for coupons). */
  custodied?: boolean;
  /** Was associated with another partner before: not a first-time-associated customer (CBC.99000022). */
  reassociated?: boolean;
  /** The last real-name filing through the partner API (spec §11); its review ends at `reviewAt`. */
  realname?: RealnameFiling;
  /** The certificate number of that filing (accounts per number are limited, CBC.99007189). */
  realnameNumber?: string;
}

export interface RealnameFiling {
  kind: 'individual' | 'enterprise' | 'change';
  /** The name or company name filed; becomes the customer's name when the review passes. */
  name: string;
  submittedAt: number;
  reviewAt: number;
  /** What the review decides (the sandbox's rule: a name containing 驳回 or REJECT is rejected). */
  outcome: 'pass' | 'reject';
  /** Filings for this customer so far (CBC.99007191 past the limit). */
  attempts: number;
}

export interface Quota {
  id: string;
  ownerId: string;
  parentId?: string;
  type: 0 | 1;
  value: Decimal;
  balance: Decimal;
  /** 0 normal, 3 invalid, 4 adjusting, 5 frozen, 6 reclaimed. */
  status: 0 | 3 | 4 | 5 | 6;
  createTime: number;
  lastUpdateTime: number;
  effectiveTime: number;
  expireTime: number;
  serviceTypes: string[];
  /** Issue rules Huawei configured on the quota (fixture quotas only). */
  rules?: QuotaRules;
}

/**
 * Issue rules of a quota. The spec names the error codes (§6.2) but not where the limits live;
 * we model them as quota settings and show them as limit_infos [INF].
 */
export interface QuotaRules {
  minFaceValue?: Decimal;
  maxFaceValue?: Decimal;
  /** Coupons one customer may hold from this quota (CBC.99000020). */
  maxCouponsPerCustomer?: number;
  /** Face value one customer may hold from this quota in total (CBC.99000021). */
  maxTotalPerCustomer?: Decimal;
  firstAssociationOnly?: boolean;
  /** Allowed chargeScene values (§6.7) — products of other order types are refused (CBC.99000024). */
  chargeScenes?: string[];
  /** Only these customers may receive coupons from the quota (CBC.50000020). */
  designatedCustomers?: string[];
}

/** A coupon Huawei gave the partner itself (ListSubCustomerCoupons, §6.6); no quota behind it. */
export interface HeldCoupon {
  id: string;
  code: string;
  holderId: string;
  type: 1 | 2 | 3 | 4;
  status: 1 | 2 | 3 | 4 | 5;
  faceValue: Decimal;
  balance: Decimal;
  validTime: number;
  expireTime: number;
  createTime: number;
  activeTime?: number;
  orderId?: string;
  planId: string;
  planName: string;
  sourceId: string;
}

export interface Coupon {
  id: string;
  quotaId: string;
  issuerId: string;
  customerId: string;
  type: 1 | 4;
  /** 1 not activated, 2 usable, 3 used, 4 expired, 5 reclaimed. */
  status: 1 | 2 | 3 | 4 | 5;
  faceValue: Decimal;
  balance: Decimal;
  effectiveTime: number;
  expireTime: number;
  createTime: number;
  activeTime?: number;
  lastUsedTime?: number;
  orderId?: string;
  memo: string;
  serviceTypes: string[];
  productIds: string[];
}

export type AdjustOperation = 'SOURCE_OPERATION_BEADJUST' | 'SOURCE_OPERATION_BERETRIEVE' | 'SOURCE_OPERATION_BEUNBIND';

/** The write operations that produce adjust records. */
export type FundingOperation = 'UpdateCustomerAccountAmount' | 'ReclaimToPartnerAccount' | 'UpdateIndirectPartnerAccount' | 'ReclaimIndirectPartnerAccount';

export interface AdjustRecord {
  /** Whose records these are: the paying partner (SP, T2, or the T1 for T1↔T2 moves). */
  partnerId: string;
  customerId: string;
  customerName: string;
  operationType: AdjustOperation;
  /** The write operation that produced the record (record lag is set per operation). */
  operation: FundingOperation;
  amount: Decimal;
  time: number;
  transId: string;
  applyScene: string;
  memo: string;
}

export type BalanceType = 'BALANCE_TYPE_DEBIT' | 'BALANCE_TYPE_CREDIT';

export interface AccountChangeRecord {
  partnerId: string;
  id: string;
  balanceType: BalanceType;
  tradeType: string;
  tradeDetailType: string;
  time: number;
  tradeId: string;
  /** Signed: positive is income. */
  change: Decimal;
  balanceAfter: Decimal;
  customerId?: string;
  accountName?: string;
}

export interface CouponRecord {
  id: string;
  partnerId: string;
  operationType: string;
  quotaId: string;
  quotaType: 0 | 1;
  couponId: string;
  customerId: string;
  amount: Decimal;
  time: number;
  result: '0' | '-1';
  remark: string;
}

export interface QuotaRecord {
  id: string;
  t1Id: string;
  operator: string;
  operationType: '10' | '11';
  quotaId: string;
  parentQuotaId: string;
  amount: Decimal;
  time: number;
  t2Id: string;
  remark: string;
}

/** One applied money operation, for the control API: what really happened. */
export interface MoneyLogEntry {
  seq: number;
  operation: string;
  partnerId: string;
  customerId?: string;
  indirectPartnerId?: string;
  quotaId?: string;
  couponId?: string;
  amount: string;
  transId?: string;
  time: string;
}

export interface BudgetRecord {
  customerId: string;
  partnerId: string;
  amount: Decimal;
  type: string;
  time: number;
}
