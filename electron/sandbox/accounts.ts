// Demo partner accounts of the sandbox. The AK/SK pairs are public constants on purpose: the
// sandbox is a local demo and every test and the app's built-in "Sandbox" profile sign with them.

export type PartnerRole = 'T1' | 'T2' | 'SP';

export interface DemoPartner {
  readonly role: PartnerRole;
  /** Account (domain) id: `indirect_partner_id` for a T2. */
  readonly domainId: string;
  /** Login name of the partner's Huawei Cloud account. */
  readonly accountName: string;
  /** Company name. */
  readonly name: string;
  readonly parentId?: string;
  readonly ak?: string;
  readonly sk?: string;
  /** Fixture partners only (see fixture-accounts.ts). */
  readonly standing?: 'exited' | 'restricted';
  readonly testAccount?: boolean;
  readonly usesCoupons?: boolean;
  /** The Huawei site the partner is on (default China). */
  readonly site?: 'intl';
}

export interface DemoAccount {
  readonly role: 'T1' | 'SP';
  readonly name: string;
  readonly accountName: string;
  readonly domainId: string;
  readonly ak: string;
  readonly sk: string;
}

export const DEMO_T1: DemoAccount = {
  role: 'T1',
  name: '华云示范总经销有限公司',
  accountName: 'demo_distributor',
  domainId: '0a7c0f2b51d84a6e9c3f1d2e5b6a7c80',
  ak: 'SBXT1DEMODISTRIB0001',
  sk: 'sandboxT1SecretKeyDemoOnly0000000000001a',
};

export const DEMO_SP: DemoAccount = {
  role: 'SP',
  name: 'Demo Solutions Ltd.',
  accountName: 'demo_solution_provider',
  domainId: '1b8d1e3c62e95b7fad4e2e3f6c7b8d91',
  ak: 'SBXSPDEMOPROVIDER001',
  sk: 'sandboxSPSecretKeyDemoOnly0000000000002b',
};

/** The T1's cloud resellers (T2). They have no API keys: a T1 acts for them via `indirect_partner_id`. */
export const DEMO_T2S: readonly DemoPartner[] = [
  { role: 'T2', domainId: '2c9e2f4d73fa6c80be5f3f40', accountName: 'reseller_north', name: '北方云联科技有限公司', parentId: DEMO_T1.domainId },
  { role: 'T2', domainId: '3daf3051840b7d91cf60405f', accountName: 'reseller_south', name: '南粤数智信息技术有限公司', parentId: DEMO_T1.domainId },
  { role: 'T2', domainId: '4eb041629510e8a2d071516a', accountName: 'reseller_andes', name: 'Andes Cloud Partners S.A.', parentId: DEMO_T1.domainId },
  { role: 'T2', domainId: '5fc15273a621f9b3e182627b', accountName: 'reseller_east', name: '东海云服科技有限公司', parentId: DEMO_T1.domainId },
];

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [DEMO_T1, DEMO_SP];

/**
 * The international-site demo partner (an SP billed in USD): it has the intl-only operations
 * (freeze/unfreeze, budgets, ListInvoices, ListPostpaidBillSum) and none of the China site's
 * funding, reseller or adjust-record APIs (partner-api.md §7.7), which answer it 404 APIG.0101
 * as a host without them would. Kept out of DEMO_ACCOUNTS so code that picks "the SP" is unaffected.
 */
export const DEMO_INTL: DemoAccount = {
  role: 'SP',
  name: 'Demo Global Partner Inc.',
  accountName: 'demo_intl_partner',
  domainId: 'd1e2f3a4b5c6478d9e0f1a2b3c4d5e6f',
  ak: 'SBXSPINTLPARTNER0011',
  sk: 'sandboxIntlSecretKeyDemoOnly000000000011',
};

export function demoPartners(): DemoPartner[] {
  return [
    { role: 'T1', domainId: DEMO_T1.domainId, accountName: DEMO_T1.accountName, name: DEMO_T1.name, ak: DEMO_T1.ak, sk: DEMO_T1.sk },
    { role: 'SP', domainId: DEMO_SP.domainId, accountName: DEMO_SP.accountName, name: DEMO_SP.name, ak: DEMO_SP.ak, sk: DEMO_SP.sk },
    ...DEMO_T2S,
  ];
}
