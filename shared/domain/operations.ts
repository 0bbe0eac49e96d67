// Facts about every write Partner Desk can send to Huawei, shared by the core (descriptors),
// the renderer (which operations a tier and site offer, their labels) and batch plans. The
// core's descriptors (electron/core/infra/writes/descriptors) add how each is sent and reconciled;
// nothing here may repeat elsewhere.

export type Tier = 'SP' | 'T1';
export type Site = 'cn' | 'intl';

export interface WriteFacts {
  /** The partner API operation that performs the write (partner-api.md §9). */
  readonly api: 'UpdateCustomerAccountAmount' | 'ReclaimToPartnerAccount' | 'UpdateIndirectPartnerAccount' | 'ReclaimIndirectPartnerAccount';
  /** Which partner tiers may send it. */
  readonly tiers: readonly Tier[];
  /** Which Huawei sites offer it (the funding APIs exist on the China site only: §5.4). */
  readonly sites: readonly Site[];
  readonly counterparty: 'customer' | 't2';
  /** Money flows to the counterparty (fund) or back from it (reclaim). */
  readonly direction: 'fund' | 'reclaim';
  /** Sent with indirect_partner_id: a T2's customer, the T2 pays (fundT2Customer). */
  readonly viaT2: boolean;
  readonly label: { readonly en: string; readonly 'zh-CN': string };
}

export const WRITE_OPERATIONS = {
  fundCustomer: {
    api: 'UpdateCustomerAccountAmount', tiers: ['SP', 'T1'], sites: ['cn'], counterparty: 'customer', direction: 'fund', viaT2: false,
    label: { en: 'Fund a customer', 'zh-CN': '向客户拨款' },
  },
  reclaimCustomer: {
    api: 'ReclaimToPartnerAccount', tiers: ['SP', 'T1'], sites: ['cn'], counterparty: 'customer', direction: 'reclaim', viaT2: false,
    label: { en: 'Reclaim from a customer', 'zh-CN': '从客户回收' },
  },
  fundT2: {
    api: 'UpdateIndirectPartnerAccount', tiers: ['T1'], sites: ['cn'], counterparty: 't2', direction: 'fund', viaT2: false,
    label: { en: 'Fund a cloud reseller', 'zh-CN': '向云经销商拨款' },
  },
  reclaimT2: {
    api: 'ReclaimIndirectPartnerAccount', tiers: ['T1'], sites: ['cn'], counterparty: 't2', direction: 'reclaim', viaT2: false,
    label: { en: 'Reclaim from a cloud reseller', 'zh-CN': '从云经销商回收' },
  },
  fundT2Customer: {
    api: 'UpdateCustomerAccountAmount', tiers: ['T1'], sites: ['cn'], counterparty: 'customer', direction: 'fund', viaT2: true,
    label: { en: "Fund a cloud reseller's customer", 'zh-CN': '向云经销商的客户拨款' },
  },
} as const satisfies Record<string, WriteFacts>;

export type WriteOperation = keyof typeof WRITE_OPERATIONS;
export const WRITE_OPERATION_NAMES = Object.keys(WRITE_OPERATIONS) as [WriteOperation, ...WriteOperation[]];

export function factsOf(operation: WriteOperation): WriteFacts {
  return WRITE_OPERATIONS[operation];
}

/** Whether a partner of this tier on this site may send the operation at all. */
export function offeredTo(operation: WriteOperation, tier: Tier, site: Site | 'custom'): boolean {
  const f: WriteFacts = WRITE_OPERATIONS[operation];
  // A custom endpoint (the sandbox, a proxy) speaks the China site's API.
  return f.tiers.includes(tier) && f.sites.includes(site === 'custom' ? 'cn' : site);
}
