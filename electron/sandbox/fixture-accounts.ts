// Extra demo accounts whose only job is to make documented refusals reachable: a T2 whose T1
// has exited, restricted companies, a test partner, a partner in "uses coupons" mode, an IAM
// operator without permission items, and a customer's own credentials. Like the main demo
// accounts, their AK/SK pairs are public constants. They are kept out of `DEMO_ACCOUNTS` (and
// the `accounts` of a running sandbox) so code that picks "the T1" or "the SP" is unaffected.
import { DEMO_SP, type DemoPartner } from './accounts';

export type FixtureRole = 'T1' | 'T2' | 'SP' | 'IAM' | 'CUSTOMER';

export interface FixtureAccount {
  readonly role: FixtureRole;
  readonly name: string;
  readonly accountName: string;
  /** The partner's account id; for the IAM operator its partner's; for the customer its customer id. */
  readonly domainId: string;
  readonly ak: string;
  readonly sk: string;
  /** What the account demonstrates. */
  readonly purpose: string;
  /** IAM operator only: the Partner Center permission items bound to its role. */
  readonly permissions?: readonly string[];
}

const EXITED_T1 = '6ad26384b7320ac4f293738c8d1e2f01';
const RESTRICTED_T1 = '8cf485a6d9542ce6a4b5c6d7e8f90a02';

/** The fixture customer whose own AK/SK the CUSTOMER account carries (a resale customer of the SP). */
export const SELF_CUSTOMER_ID = 'cc5e1f00000000000000000000000c01';

export const DEMO_EXITED_T1: FixtureAccount = {
  role: 'T1', name: '旧约云计算有限公司', accountName: 'demo_exited_distributor', domainId: EXITED_T1,
  ak: 'SBXT1EXITEDDISTR0003', sk: 'sandboxExitedT1SecretDemoOnly00000000003c',
  purpose: 'left the partner program: every partner API answers CBC.5001 (not a partner)',
};

export const DEMO_ORPHAN_T2: FixtureAccount = {
  role: 'T2', name: '孤岛云服科技有限公司', accountName: 'reseller_orphan', domainId: '7be37495c8431bd5a0b1c2d3',
  ak: 'SBXT2ORPHANRESEL0004', sk: 'sandboxOrphanT2SecretDemoOnly00000000004d',
  purpose: 'a T2 caller whose T1 has exited: CreateSubCustomer answers CBC.50010065',
};

export const DEMO_RESTRICTED_PARENT_T2: FixtureAccount = {
  role: 'T2', name: '受限上级云经销有限公司', accountName: 'reseller_of_restricted', domainId: '9d0596b7ea653de7b5c6d7e8',
  ak: 'SBXT2RESTRICTPAR0005', sk: 'sandboxRestrParentSecretDemoOnly00000005e',
  purpose: 'a T2 caller whose T1 company is restricted: CreateSubCustomer answers CBC.50010086',
};

export const DEMO_RESTRICTED_SP: FixtureAccount = {
  role: 'SP', name: 'Restricted Demo Provider Ltd.', accountName: 'demo_restricted_provider', domainId: 'ae16a7c8fb764ef8c6d7e8f90a1b2c06',
  ak: 'SBXSPRESTRICTED00006', sk: 'sandboxRestrictedSPSecretDemoOnly0000006f',
  purpose: 'a restricted company: CreateSubCustomer answers CBC.50010085',
};

export const DEMO_TEST_SP: FixtureAccount = {
  role: 'SP', name: 'Demo Test Partner', accountName: 'demo_test_partner', domainId: 'bf27b8d90c875f09d7e8f90a1b2c3d07',
  ak: 'SBXSPTESTACCOUNT0007', sk: 'sandboxTestPartnerSecretDemoOnly000000070',
  purpose: 'a test partner account: state-changing APIs answer CBC.99005035',
};

export const DEMO_COUPON_SP: FixtureAccount = {
  role: 'SP', name: '券用示范科技有限公司', accountName: 'demo_coupon_user', domainId: 'c038c9ea1d98601ae8f90a1b2c3d4e08',
  ak: 'SBXSPCOUPONMODE00008', sk: 'sandboxCouponModeSecretDemoOnly0000000081',
  purpose: '"partner uses coupons" mode: holds coupons itself; CreatePartnerCoupons answers CBC.50000010',
};

/** Read-only items: customer list, balances view, issued coupons, finance records. */
export const VIEWER_PERMISSIONS: readonly string[] = [
  'BPC_ITEM_VIEW_010100', 'BPC_ITEM_SUBCUSTSERV_010100', 'BPC_ITEM_SUBCUSTSERV_030200', 'BPC_ITEM_FINANCE_040100',
  'BPC_ITEM_FINANCE_030100', 'BPC_ITEM_FINANCE_020101',
];

export const DEMO_SP_VIEWER: FixtureAccount = {
  role: 'IAM', name: 'SP operator (read-only)', accountName: 'demo_solution_provider/viewer', domainId: DEMO_SP.domainId,
  ak: 'SBXIAMSPVIEWER000009', sk: 'sandboxSPViewerSecretDemoOnly000000000092', permissions: VIEWER_PERMISSIONS,
  purpose: 'an IAM operator of the SP with read-only permission items: other APIs answer 403 CBC.0155',
};

export const DEMO_CUSTOMER: FixtureAccount = {
  role: 'CUSTOMER', name: '自助示范客户', accountName: 'demo_customer_self', domainId: SELF_CUSTOMER_ID,
  ak: 'SBXCUSTOMERSELF00010', sk: 'sandboxCustomerSecretDemoOnly00000000010a',
  purpose: 'a customer\'s own credentials: partner APIs answer 403 CBC.0151; customer self-service APIs answer',
};

export const DEMO_FIXTURE_ACCOUNTS: readonly FixtureAccount[] = [
  DEMO_EXITED_T1, DEMO_ORPHAN_T2, DEMO_RESTRICTED_PARENT_T2, DEMO_RESTRICTED_SP, DEMO_TEST_SP, DEMO_COUPON_SP, DEMO_SP_VIEWER, DEMO_CUSTOMER,
];

/** The fixture partners to seed (the restricted T1 has no keys; its T2 calls). */
export function fixturePartners(): DemoPartner[] {
  const partner = (a: FixtureAccount, extra: Partial<DemoPartner> = {}): DemoPartner => ({
    role: a.role as 'T1' | 'T2' | 'SP', domainId: a.domainId, accountName: a.accountName, name: a.name, ak: a.ak, sk: a.sk, ...extra,
  });
  return [
    partner(DEMO_EXITED_T1, { standing: 'exited' }),
    partner(DEMO_ORPHAN_T2, { parentId: EXITED_T1 }),
    { role: 'T1', domainId: RESTRICTED_T1, accountName: 'demo_restricted_distributor', name: '受限示范总经销有限公司', standing: 'restricted' },
    partner(DEMO_RESTRICTED_PARENT_T2, { parentId: RESTRICTED_T1 }),
    partner(DEMO_RESTRICTED_SP, { standing: 'restricted' }),
    partner(DEMO_TEST_SP, { testAccount: true }),
    partner(DEMO_COUPON_SP, { usesCoupons: true }),
  ];
}
