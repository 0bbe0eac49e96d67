// Facts about every write Partner Desk can send to Huawei, shared by the core (descriptors),
// the renderer (which operations a tier and site offer, their labels) and batch plans. The
// core's descriptors (electron/core/infra/writes/descriptors) add how each is sent and reconciled;
// nothing here may repeat elsewhere.

export type Tier = 'SP' | 'T1';
export type Site = 'cn' | 'intl';

export interface WriteFacts {
  /** The partner API operation that performs the write (partner-api.md §9). */
  readonly api:
    | 'UpdateCustomerAccountAmount' | 'ReclaimToPartnerAccount' | 'UpdateIndirectPartnerAccount' | 'ReclaimIndirectPartnerAccount'
    | 'CreatePartnerCoupons' | 'ReclaimPartnerCoupons' | 'UpdateCouponQuotas' | 'ReclaimCouponQuotas'
    | 'CreateSubCustomer' | 'FreezeSubCustomers' | 'UnfreezeSubCustomers' | 'UpdateSubCustomerBudget'
    | 'CreatePersonalRealnameAuth' | 'CreateEnterpriseRealnameAuthentication' | 'ChangeEnterpriseRealnameAuthentication';
  /** What the write moves: balance (funding), voucher value (coupons, quotas), or no money (customers). */
  readonly area: 'funding' | 'vouchers' | 'customers';
  /** Which partner tiers may send it. */
  readonly tiers: readonly Tier[];
  /** Which Huawei sites offer it (the funding APIs exist on the China site only: §5.4). */
  readonly sites: readonly Site[];
  readonly counterparty: 'customer' | 't2';
  /** Money flows to the counterparty (fund) or back from it (reclaim). */
  readonly direction: 'fund' | 'reclaim';
  /** Sent with indirect_partner_id: a T2's customer, the T2 pays (fundT2Customer). */
  readonly viaT2: boolean;
  /** At most this many items per call; each item is its own journal entry (1: no batching). */
  readonly maxPerCall: number;
  readonly label: { readonly en: string; readonly 'zh-CN': string };
}

export const FUNDING_OPERATIONS = {
  fundCustomer: {
    area: 'funding', maxPerCall: 1, api: 'UpdateCustomerAccountAmount', tiers: ['SP', 'T1'], sites: ['cn'], counterparty: 'customer', direction: 'fund', viaT2: false,
    label: { en: 'Fund a customer', 'zh-CN': '向客户拨款' },
  },
  reclaimCustomer: {
    area: 'funding', maxPerCall: 1, api: 'ReclaimToPartnerAccount', tiers: ['SP', 'T1'], sites: ['cn'], counterparty: 'customer', direction: 'reclaim', viaT2: false,
    label: { en: 'Reclaim from a customer', 'zh-CN': '从客户回收' },
  },
  fundT2: {
    area: 'funding', maxPerCall: 1, api: 'UpdateIndirectPartnerAccount', tiers: ['T1'], sites: ['cn'], counterparty: 't2', direction: 'fund', viaT2: false,
    label: { en: 'Fund a cloud reseller', 'zh-CN': '向云经销商拨款' },
  },
  reclaimT2: {
    area: 'funding', maxPerCall: 1, api: 'ReclaimIndirectPartnerAccount', tiers: ['T1'], sites: ['cn'], counterparty: 't2', direction: 'reclaim', viaT2: false,
    label: { en: 'Reclaim from a cloud reseller', 'zh-CN': '从云经销商回收' },
  },
  fundT2Customer: {
    area: 'funding', maxPerCall: 1, api: 'UpdateCustomerAccountAmount', tiers: ['T1'], sites: ['cn'], counterparty: 'customer', direction: 'fund', viaT2: true,
    label: { en: "Fund a cloud reseller's customer", 'zh-CN': '向云经销商的客户拨款' },
  },
} as const satisfies Record<string, WriteFacts>;

/**
 * The voucher writes (§4.5, §4.6, §6.2, §6.3). The T2 quota operations are China-site only
 * (the intl SDK has no indirect-partner quota paths). One journal entry per customer, coupon, T2 or
 * child quota, even when one call carries many: a batch answer is split per item.
 */
export const VOUCHER_OPERATIONS = {
  issueCoupon: {
    area: 'vouchers', maxPerCall: 100, api: 'CreatePartnerCoupons', tiers: ['SP', 'T1'], sites: ['cn', 'intl'], counterparty: 'customer', direction: 'fund', viaT2: false,
    label: { en: 'Issue a voucher', 'zh-CN': '发放代金券' },
  },
  reclaimCoupon: {
    area: 'vouchers', maxPerCall: 1, api: 'ReclaimPartnerCoupons', tiers: ['SP', 'T1'], sites: ['cn', 'intl'], counterparty: 'customer', direction: 'reclaim', viaT2: false,
    label: { en: 'Reclaim a voucher', 'zh-CN': '回收代金券' },
  },
  grantQuota: {
    area: 'vouchers', maxPerCall: 100, api: 'UpdateCouponQuotas', tiers: ['T1'], sites: ['cn'], counterparty: 't2', direction: 'fund', viaT2: false,
    label: { en: 'Grant voucher quota to a cloud reseller', 'zh-CN': '向云经销商下发代金券额度' },
  },
  reclaimQuota: {
    area: 'vouchers', maxPerCall: 10, api: 'ReclaimCouponQuotas', tiers: ['T1'], sites: ['cn'], counterparty: 't2', direction: 'reclaim', viaT2: false,
    label: { en: "Reclaim a cloud reseller's voucher quota", 'zh-CN': '回收云经销商的代金券额度' },
  },
} as const satisfies Record<string, WriteFacts>;

/**
 * Customer writes that move no money (§3.3, §3.5, §3.6, §7.7) but are no more idempotent than
 * a grant: a repeated create makes a second account (or fails on the reused xaccount_id), so
 * they are journaled and reconciled the same way. `direction` says whether the write adds to
 * the customer (create, unfreeze, a budget) or takes away (freeze); `amount` is the budget, or 0.
 * Sites, checked against the spec: CreateSubCustomer exists on both (the intl body differs,
 * §3.3); freeze, unfreeze and budgets only on the international site (§3.5, §3.6, §7.7 — not in
 * the China-site SDK, open question §10.1).
 */
export const CUSTOMER_OPERATIONS = {
  createCustomer: {
    area: 'customers', maxPerCall: 1, api: 'CreateSubCustomer', tiers: ['SP', 'T1'], sites: ['cn', 'intl'], counterparty: 'customer', direction: 'fund', viaT2: false,
    label: { en: 'Create a customer', 'zh-CN': '创建客户' },
  },
  freezeCustomer: {
    area: 'customers', maxPerCall: 10, api: 'FreezeSubCustomers', tiers: ['SP', 'T1'], sites: ['intl'], counterparty: 'customer', direction: 'reclaim', viaT2: false,
    label: { en: 'Freeze a customer', 'zh-CN': '冻结客户' },
  },
  unfreezeCustomer: {
    area: 'customers', maxPerCall: 10, api: 'UnfreezeSubCustomers', tiers: ['SP', 'T1'], sites: ['intl'], counterparty: 'customer', direction: 'fund', viaT2: false,
    label: { en: 'Unfreeze a customer', 'zh-CN': '解冻客户' },
  },
  setBudget: {
    area: 'customers', maxPerCall: 1, api: 'UpdateSubCustomerBudget', tiers: ['SP', 'T1'], sites: ['intl'], counterparty: 'customer', direction: 'fund', viaT2: false,
    label: { en: "Set a customer's budget", 'zh-CN': '设置客户预算' },
  },
  // Real-name filings (§11): SP and T1 only (Huawei's docs), China site only (§11 lists them
  // among the China-site operations). A repeat is refused or spends one of the customer's
  // limited attempts, so they are journaled and reconciled like the others.
  realnameIndividual: {
    area: 'customers', maxPerCall: 1, api: 'CreatePersonalRealnameAuth', tiers: ['SP', 'T1'], sites: ['cn'], counterparty: 'customer', direction: 'fund', viaT2: false,
    label: { en: 'File individual real-name authentication', 'zh-CN': '提交个人实名认证' },
  },
  realnameEnterprise: {
    area: 'customers', maxPerCall: 1, api: 'CreateEnterpriseRealnameAuthentication', tiers: ['SP', 'T1'], sites: ['cn'], counterparty: 'customer', direction: 'fund', viaT2: false,
    label: { en: 'File enterprise real-name authentication', 'zh-CN': '提交企业实名认证' },
  },
  realnameChange: {
    area: 'customers', maxPerCall: 1, api: 'ChangeEnterpriseRealnameAuthentication', tiers: ['SP', 'T1'], sites: ['cn'], counterparty: 'customer', direction: 'fund', viaT2: false,
    label: { en: 'Change real-name authentication to enterprise', 'zh-CN': '实名认证变更为企业' },
  },
} as const satisfies Record<string, WriteFacts>;

/** Why an operation is missing on a site, for the note the UI shows where it is hidden. */
export const NOT_ON_SITE_REASON: Readonly<Record<Site, { en: string; 'zh-CN': string }>> = {
  cn: {
    en: 'Huawei documents it for the international site only (partner-api.md §3.5, §7.7); the China site funds customers with grants instead.',
    'zh-CN': '华为云仅为国际站提供此接口（partner-api.md §3.5、§7.7）；中国站改用拨款为客户划拨资金。',
  },
  intl: {
    en: 'The international site has no such API (partner-api.md §7.7): resale customers get budgets there instead of grants.',
    'zh-CN': '国际站没有此接口（partner-api.md §7.7）：代售客户在国际站使用预算而非拨款。',
  },
};

export const WRITE_OPERATIONS = { ...FUNDING_OPERATIONS, ...VOUCHER_OPERATIONS, ...CUSTOMER_OPERATIONS } as const satisfies Record<string, WriteFacts>;

export type WriteOperation = keyof typeof WRITE_OPERATIONS;
export type FundingOperation = keyof typeof FUNDING_OPERATIONS;
export type VoucherOperation = keyof typeof VOUCHER_OPERATIONS;
export type CustomerOperation = keyof typeof CUSTOMER_OPERATIONS;
export const WRITE_OPERATION_NAMES = Object.keys(WRITE_OPERATIONS) as [WriteOperation, ...WriteOperation[]];
export const FUNDING_OPERATION_NAMES = Object.keys(FUNDING_OPERATIONS) as [FundingOperation, ...FundingOperation[]];
export const VOUCHER_OPERATION_NAMES = Object.keys(VOUCHER_OPERATIONS) as [VoucherOperation, ...VoucherOperation[]];

export const isFundingOperation = (op: WriteOperation): op is FundingOperation => op in FUNDING_OPERATIONS;

/**
 * What a write carries besides counterparty and amount, journaled with the intent (immutable):
 * the quota a coupon is issued from, the coupon reclaimed, the parent quota a T2's quota is
 * carved from, the child quota reclaimed, and the coupon's own validity and restrictions.
 */
export interface WriteDetails {
  /** issueCoupon: the quota issued from; grantQuota: the parent quota; reclaimQuota: the child quota. */
  readonly quotaId?: string;
  /** reclaimCoupon. */
  readonly couponId?: string;
  /** issueCoupon: UTC …Z; absent → the quota's. */
  readonly validTime?: string;
  readonly expireTime?: string;
  readonly cloudServiceTypes?: readonly string[];
  readonly productIds?: readonly string[];
  /** reclaimQuota remark; freeze / unfreeze reason. */
  readonly remark?: string;
  /** createCustomer: the partner-side id generated for it (unique, journaled before sending). */
  readonly xaccountId?: string;
  readonly xaccountType?: string;
  /** createCustomer: login name, contact and area (never the code or the password). */
  readonly accountName?: string;
  readonly mobile?: string;
  readonly email?: string;
  readonly domainArea?: string;
  readonly marketingOptOut?: boolean;
  /** freeze / unfreeze: ACCOUNT or ACCOUNT_AND_RESOURCE. */
  readonly freezeType?: 'ACCOUNT' | 'ACCOUNT_AND_RESOURCE';
  /**
   * realname*: what was filed, enough to audit it — the name (person or company), the document
   * type, the number's last four characters, how many attachments. The full number, the
   * attachments and the legal person go in the send only (personal data stays out of the journal).
   */
  readonly realnameName?: string;
  readonly documentType?: number;
  readonly documentNumberTail?: string;
  readonly attachmentCount?: number;
  /** realname*: the review state read just before sending: 'none' or '1' (rejected); see the descriptor. */
  readonly reviewBefore?: string;
  /** setBudget. */
  readonly budgetType?: 'MONTHLY' | 'PACKAGE';
  readonly autoFreeze?: boolean;
  readonly cancelPartnerFrozen?: boolean;
}

export function factsOf(operation: WriteOperation): WriteFacts {
  return WRITE_OPERATIONS[operation];
}

/** Whether a partner of this tier on this site may send the operation at all. */
export function offeredTo(operation: WriteOperation, tier: Tier, site: Site | 'custom'): boolean {
  const f: WriteFacts = WRITE_OPERATIONS[operation];
  // A custom endpoint (the sandbox, a proxy) speaks the China site's API.
  return f.tiers.includes(tier) && f.sites.includes(site === 'custom' ? 'cn' : site);
}
