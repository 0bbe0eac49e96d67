// Fixed demo data that makes documented refusals reachable through ordinary requests: special
// customers, quotas with issue rules, a product catalogue, contact data and magic xaccount ids.
// Every value is public and stable across seeds (docs/SANDBOX.md lists them).

const fixed = (prefix: string): string => `${prefix.padEnd(31, '0')}1`;

/** Sub-customers of the demo SP with a special trait. */
export const FIXTURE_CUSTOMERS = {
  /** Registered on the international site: known by id, in no China-site list; calls answer 403 CBC.0156. */
  foreignSite: fixed('f0156'),
  /** Enterprise sub-account under financial custody: coupons answer CBC.50000034 per customer. */
  custodied: fixed('c50000034'),
  /** Associated with another partner before: not first-time-associated (CBC.99000022). */
  reassociated: fixed('c99000022'),
  /** The only customer QUOTAS.designatedOnly may issue to (others: CBC.50000020). */
  designated: fixed('c50000020'),
  /** Switched to referral while holding a usable coupon of the SP: reclaiming it answers CBC.99000045. */
  switchedToReferral: fixed('c99000045'),
} as const;

/** Voucher quotas of the demo SP with issue rules (see QuotaRules). */
export const FIXTURE_QUOTAS = {
  /** Face value 10–500 (CBC.99000018/19), ≤ 2 coupons (CBC.99000020) and ≤ 600 yuan (CBC.99000021) per customer. */
  limited: 'QSPL00000000000000000014',
  /** First-time-associated customers only (CBC.99000022). */
  firstAssociationOnly: 'QSPF00000000000000000015',
  /** Yearly/monthly orders only (chargeScene 0): pay-per-use products answer CBC.99000024. */
  yearlyMonthlyOnly: 'QSPY00000000000000000016',
  /** Designated customers only (CBC.50000020). */
  designatedOnly: 'QSPD00000000000000000017',
  /** Status normal, but effective only from next year (CBC.99000017). */
  notYetEffective: 'QSPN00000000000000000018',
  /** The "uses coupons" partner's own quota: issuing from it answers CBC.50000010. */
  couponUser: 'QCUA00000000000000000021',
} as const;

/** Product ids known to the sandbox: service type and chargeScene (§6.7); others answer CBC.50000054. */
export const PRODUCTS: readonly { id: string; serviceType: string; chargeScene: '1' | '2' | '5' }[] = [
  { id: 'OFFI_EC2_MONTHLY', serviceType: 'hws.service.type.ec2', chargeScene: '2' },
  { id: 'OFFI_EC2_YEARLY', serviceType: 'hws.service.type.ec2', chargeScene: '1' },
  { id: 'OFFI_EC2_ON_DEMAND', serviceType: 'hws.service.type.ec2', chargeScene: '5' },
  { id: 'OFFI_EBS_MONTHLY', serviceType: 'hws.service.type.ebs', chargeScene: '2' },
  { id: 'OFFI_OBS_ON_DEMAND', serviceType: 'hws.service.type.obs', chargeScene: '5' },
  { id: 'OFFI_RDS_YEARLY', serviceType: 'hws.service.type.rds', chargeScene: '1' },
];

/** Contact data for CreateSubCustomer refusals. */
export const FIXTURE_CONTACTS = {
  /** Already registered 5 accounts elsewhere on Huawei Cloud: CBC.99000030, remain 0 in CheckUserIdentity. */
  mobileAtLimit: '13800000030',
  /** Reported (报备) to Huawei by another partner: CBC.99000051. */
  reportedMobile: '13800000051',
  reportedEmail: 'reported.customer@example.com',
} as const;

/** Accounts per mobile number (CheckUserIdentity's mobile_remain_available_num counts down from it). */
export const MOBILE_ACCOUNT_LIMIT = 5;

/**
 * xaccount_id prefixes with a scripted outcome (the spec has no way to provoke these otherwise):
 * association timeout → 500 CBC.99000050 with domain_id/domain_name when include_association_result
 * is true (the customer is created and associated, ListSubCustomers shows it); authorisation
 * failure → 400 CBC.99000004, nothing created.
 */
export const MAGIC_XACCOUNT = {
  associationTimeout: 'sbx-association-timeout',
  authorizationFails: 'sbx-authorization-fails',
} as const;
