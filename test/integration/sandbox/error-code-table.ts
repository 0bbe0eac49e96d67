// The conformance table: for every documented error code of an operation the sandbox serves, a
// request that should cause it. Each row names who calls, what it sends (after an optional
// setup that brings the sandbox into the needed state) and what must come back.
import {
  DEMO_COUPON_SP, DEMO_ORPHAN_T2, DEMO_RESTRICTED_PARENT_T2, DEMO_RESTRICTED_SP, DEMO_SP_VIEWER, DEMO_TEST_SP, FIXTURE_CONTACTS,
  FIXTURE_CUSTOMERS, FIXTURE_QUOTAS, MAGIC_XACCOUNT, SANDBOX_SMS_CODE, type RunningSandbox,
} from '../../../electron/sandbox/index';
import { call, customerOf, DEMO_SP, DEMO_T1, T2, type Signer } from './helpers';

export interface Request {
  query?: Record<string, string | number | (string | number)[]>;
  body?: unknown;
}

export interface Row {
  op: string;
  code: string;
  /** HTTP status; 200 with `item` means the code arrives inside error_details. */
  status: number;
  /** Why this request should fail — reads as the rule under test. */
  because: string;
  as?: Signer;
  /** The code is a per-item error inside error_details[] of a 200 answer. */
  item?: boolean;
  request: (sb: RunningSandbox) => Promise<Request> | Request;
}

const QT1_MAIN = 'QT1A00000000000000000001';
const QSP_MAIN = 'QSPA00000000000000000011';
const QSP_SERVICES = 'QSPB00000000000000000012';
const QSP_INVALID = 'QSPC00000000000000000013';
const QT1_INVALID = 'QT1C00000000000000000003';

const sp = (sb: RunningSandbox, o: { resale?: boolean; funded?: boolean } = {}): string => customerOf(sb, DEMO_SP.domainId, o);

/** Resale customers of the SP, generated ones only (the fixtures sit at the end of the list). */
function spResale(sb: RunningSandbox, index: number): string {
  const list = (sb.control.sandbox.world.store.customersByOwner.get(DEMO_SP.domainId) ?? []).filter((c) => c.associationType === '2' && !c.custodied);
  const c = list[index];
  if (!c) throw new Error('not enough resale customers in the seed');
  return c.id;
}

const sendCode = (sb: RunningSandbox, mobile: string) => call(sb, DEMO_SP, 'POST', '/v2/bases/verificationcode/send', { body: { receiver_type: 1, mobile_phone: mobile } });
const issue = (sb: RunningSandbox, body: object) => call(sb, DEMO_SP, 'POST', '/v2/promotions/benefits/partner-coupons', { body });
const newCustomer = (x: string, extra: object = {}) => ({ xaccount_id: x, xaccount_type: 'DEMO_IDP', ...extra });

const customers: Row[] = [
  { op: 'CheckUserIdentity', code: 'CBC.0100', status: 400, because: 'a login name may not start with op_', request: () => ({ body: { search_type: 'name', search_value: 'op_admin' } }) },
  {
    op: 'SendVerificationMessageCode', code: 'CBC.99004015', status: 400, because: 'at most 15 codes per hour go to one mobile',
    request: async (sb) => {
      for (let i = 0; i < 15; i++) await sendCode(sb, '13700000015');
      return { body: { receiver_type: 1, mobile_phone: '13700000015' } };
    },
  },
  { op: 'CreateSubCustomer', code: 'CBC.0100', status: 400, because: 'xaccount_id is required', request: () => ({ body: { xaccount_type: 'DEMO_IDP' } }) },
  { op: 'CreateSubCustomer', code: 'CBC.0101', status: 400, because: 'is_close_market_ms is "true" or "false"', request: () => ({ body: newCustomer('t-0101', { is_close_market_ms: 'yes' }) }) },
  { op: 'CreateSubCustomer', code: 'CBC.50010059', status: 400, as: DEMO_T1, because: 'a T1 takes no customers of its own', request: () => ({ body: newCustomer('t-59') }) },
  { op: 'CreateSubCustomer', code: 'CBC.50010065', status: 400, as: DEMO_ORPHAN_T2, because: 'the calling T2\'s T1 has exited', request: () => ({ body: newCustomer('t-65') }) },
  { op: 'CreateSubCustomer', code: 'CBC.50010085', status: 400, as: DEMO_RESTRICTED_SP, because: 'the partner company is restricted', request: () => ({ body: newCustomer('t-85') }) },
  { op: 'CreateSubCustomer', code: 'CBC.50010086', status: 400, as: DEMO_RESTRICTED_PARENT_T2, because: 'the calling T2\'s T1 is restricted', request: () => ({ body: newCustomer('t-86') }) },
  {
    op: 'CreateSubCustomer', code: 'CBC.99000038', status: 400, because: 'the login name is taken',
    request: (sb) => ({ body: newCustomer('t-38', { domain_name: sb.control.sandbox.world.store.customers[0]?.accountName }) }),
  },
  {
    op: 'CreateSubCustomer', code: 'CBC.99000029', status: 400, because: 'a customer already has this mobile',
    request: async (sb) => {
      const mobile = sb.control.sandbox.world.store.customers.find((c) => c.telephone !== '')?.telephone as string;
      await sendCode(sb, mobile);
      return { body: newCustomer('t-29', { mobile_phone: mobile, verification_code: SANDBOX_SMS_CODE }) };
    },
  },
  {
    op: 'CreateSubCustomer', code: 'CBC.99000030', status: 400, because: 'the mobile has registered its 5 accounts',
    request: async (sb) => {
      await sendCode(sb, FIXTURE_CONTACTS.mobileAtLimit);
      return { body: newCustomer('t-30', { mobile_phone: FIXTURE_CONTACTS.mobileAtLimit, verification_code: SANDBOX_SMS_CODE }) };
    },
  },
  { op: 'CreateSubCustomer', code: 'CBC.99000031', status: 400, because: 'a login name is not all digits', request: () => ({ body: newCustomer('t-31', { domain_name: '12345' }) }) },
  { op: 'CreateSubCustomer', code: 'CBC.5017', status: 400, because: 'China mobiles have 11 digits', request: () => ({ body: newCustomer('t-5017', { mobile_phone: '123', verification_code: SANDBOX_SMS_CODE }) }) },
  { op: 'CreateSubCustomer', code: 'CBC.99000036', status: 400, because: 'a password has at least 8 characters', request: () => ({ body: newCustomer('t-36', { password: 'short' }) }) },
  {
    op: 'CreateSubCustomer', code: 'CBC.99000039', status: 400, because: 'xaccount_id is unique',
    request: (sb) => ({ body: newCustomer(sb.control.sandbox.world.store.customers[0]?.xaccountId as string) }),
  },
  { op: 'CreateSubCustomer', code: 'CBC.99000004', status: 400, because: 'the customer\'s authorisation fails (magic xaccount_id)', request: () => ({ body: newCustomer(`${MAGIC_XACCOUNT.authorizationFails}-1`) }) },
  { op: 'CreateSubCustomer', code: 'CBC.99000037', status: 400, as: DEMO_T1, because: 'the T2 is not linked to the T1', request: () => ({ body: newCustomer('t-37', { indirect_partner_id: 'zzz' }) }) },
  {
    op: 'CreateSubCustomer', code: 'CBC.99000051', status: 400, because: 'the mobile was reported to Huawei',
    request: async (sb) => {
      await sendCode(sb, FIXTURE_CONTACTS.reportedMobile);
      return { body: newCustomer('t-51', { mobile_phone: FIXTURE_CONTACTS.reportedMobile, verification_code: SANDBOX_SMS_CODE }) };
    },
  },
  { op: 'CreateSubCustomer', code: 'CBC.99000051', status: 400, because: 'the e-mail was reported to Huawei', request: () => ({ body: newCustomer('t-51e', { email: FIXTURE_CONTACTS.reportedEmail }) }) },
  { op: 'CreateSubCustomer', code: 'CBC.99004008', status: 400, because: 'no code was sent to this mobile', request: () => ({ body: newCustomer('t-08', { mobile_phone: '13700000008', verification_code: SANDBOX_SMS_CODE }) }) },
  {
    op: 'CreateSubCustomer', code: 'CBC.99004009', status: 400, because: 'a code dies after 3 wrong tries, even the right one after',
    request: async (sb) => {
      await sendCode(sb, '13700000009');
      const wrong = newCustomer('t-09', { mobile_phone: '13700000009', verification_code: '000000' });
      for (let i = 0; i < 3; i++) await call(sb, DEMO_SP, 'POST', '/v2/partners/sub-customers', { body: wrong });
      return { body: { ...wrong, verification_code: SANDBOX_SMS_CODE } };
    },
  },
  {
    op: 'CreateSubCustomer', code: 'CBC.99004010', status: 400, because: 'the code must match',
    request: async (sb) => {
      await sendCode(sb, '13700000010');
      return { body: newCustomer('t-10', { mobile_phone: '13700000010', verification_code: '000000' }) };
    },
  },
  { op: 'CreateSubCustomer', code: 'CBC.99005035', status: 400, as: DEMO_TEST_SP, because: 'a test partner account may not create customers', request: () => ({ body: newCustomer('t-5035') }) },
  {
    op: 'CreateSubCustomer', code: 'CBC.99000050', status: 500, because: 'the association result query times out (magic xaccount_id)',
    request: () => ({ body: newCustomer(`${MAGIC_XACCOUNT.associationTimeout}-table`, { include_association_result: true }) }),
  },
  { op: 'ListSubCustomers', code: 'CBC.0100', status: 400, because: 'limit is at most 100', request: () => ({ body: { limit: 101 } }) },
  { op: 'ListSubCustomers', code: 'CBC.99000037', status: 400, as: DEMO_T1, because: 'the T2 is not linked to the T1', request: () => ({ body: { indirect_partner_id: 'zzz' } }) },
  { op: 'FreezeSubCustomers', code: 'CBC.99000035', status: 200, item: true, because: 'only own customers can be frozen', request: () => ({ body: { customer_ids: ['nobody'], reason: 'debt' } }) },
];

const resellers: Row[] = [
  { op: 'UpdateIndirectPartnerAccount', code: 'CBC.99000037', status: 400, as: DEMO_T1, because: 'the T2 is not linked', request: () => ({ body: { indirect_partner_id: 'x', amount: 1 } }) },
  { op: 'UpdateIndirectPartnerAccount', code: 'CBC.99005003', status: 400, as: DEMO_T1, because: 'the T1 cannot cover it', request: () => ({ body: { indirect_partner_id: T2, amount: '999999999' } }) },
  { op: 'UpdateIndirectPartnerAccount', code: 'CBC.0150', status: 403, as: DEMO_T1, because: 'a T1 cannot fund itself', request: () => ({ body: { indirect_partner_id: DEMO_T1.domainId, amount: 1 } }) },
  { op: 'UpdateIndirectPartnerAccount', code: 'CBC.0151', status: 403, because: 'T1 only', request: () => ({ body: { indirect_partner_id: T2, amount: 1 } }) },
  { op: 'ReclaimIndirectPartnerAccount', code: 'CBC.0100', status: 400, as: DEMO_T1, because: 'amounts are > 0', request: () => ({ body: { indirect_partner_id: T2, amount: -1 } }) },
  { op: 'ReclaimIndirectPartnerAccount', code: 'CBC.99000037', status: 400, as: DEMO_T1, because: 'the T2 is not linked', request: () => ({ body: { indirect_partner_id: 'x', amount: 1 } }) },
  { op: 'ReclaimIndirectPartnerAccount', code: 'CBC.99005003', status: 400, as: DEMO_T1, because: 'not above the T2 balance', request: () => ({ body: { indirect_partner_id: T2, amount: '999999999' } }) },
  { op: 'UpdateCouponQuotas', code: 'CBC.0100', status: 400, as: DEMO_T1, because: 'at most two decimals', request: () => ({ body: { quota_id: QT1_MAIN, indirect_partner_ids: [T2], quota_amount: '1.001' } }) },
  { op: 'UpdateCouponQuotas', code: 'CBC.99000012', status: 400, as: DEMO_T1, because: 'the parent quota is invalid', request: () => ({ body: { quota_id: QT1_INVALID, indirect_partner_ids: [T2], quota_amount: 1 } }) },
  { op: 'UpdateCouponQuotas', code: 'CBC.99000037', status: 200, item: true, as: DEMO_T1, because: 'one T2 is not linked', request: () => ({ body: { quota_id: QT1_MAIN, indirect_partner_ids: ['stranger'], quota_amount: 1 } }) },
  { op: 'UpdateCouponQuotas', code: 'CBC.99000013', status: 200, item: true, as: DEMO_T1, because: 'the parent quota cannot cover it', request: () => ({ body: { quota_id: QT1_MAIN, indirect_partner_ids: [T2], quota_amount: '99999999' } }) },
  { op: 'ReclaimCouponQuotas', code: 'CBC.0100', status: 400, as: DEMO_T1, because: 'at most 10 quota ids', request: () => ({ body: { quota_ids: Array.from({ length: 11 }, (_, i) => `q${i}`) } }) },
  { op: 'ReclaimCouponQuotas', code: 'CBC.99000012', status: 200, item: true, as: DEMO_T1, because: 'the child quota does not exist', request: () => ({ body: { quota_ids: ['nope'] } }) },
];

const funding: Row[] = [
  { op: 'ListCustomersBalancesDetail', code: 'CBC.0100', status: 400, because: '1 to 100 customers', request: () => ({ body: { customer_infos: [] } }) },
  { op: 'ListCustomersBalancesDetail', code: 'CBC.99000037', status: 400, as: DEMO_T1, because: 'the T2 is not linked', request: () => ({ body: { customer_infos: [{ customer_id: 'a' }], indirect_partner_id: 'zzz' } }) },
  { op: 'UpdateCustomerAccountAmount', code: 'CBC.0100', status: 400, because: 'amount is required', request: (sb) => ({ body: { customer_id: sp(sb, { resale: true }) } }) },
  { op: 'UpdateCustomerAccountAmount', code: 'CBC.99000000', status: 400, because: 'referral customers are not funded', request: (sb) => ({ body: { customer_id: sp(sb, { resale: false }), amount: 1 } }) },
  { op: 'UpdateCustomerAccountAmount', code: 'CBC.99000035', status: 400, because: 'not a sub-customer', request: () => ({ body: { customer_id: 'nobody', amount: 1 } }) },
  { op: 'UpdateCustomerAccountAmount', code: 'CBC.99000037', status: 400, as: DEMO_T1, because: 'the T2 is not linked', request: () => ({ body: { customer_id: 'c', amount: 1, indirect_partner_id: 'zzz' } }) },
  { op: 'UpdateCustomerAccountAmount', code: 'CBC.99005003', status: 400, because: 'above the allocatable balance', request: (sb) => ({ body: { customer_id: sp(sb, { resale: true }), amount: '99999999999' } }) },
  { op: 'UpdateCustomerAccountAmount', code: 'CBC.0155', status: 403, as: DEMO_SP_VIEWER, because: 'the operator lacks BPC_ITEM_SUBCUSTSERV_010103', request: (sb) => ({ body: { customer_id: sp(sb, { resale: true }), amount: 1 } }) },
  { op: 'UpdateCustomerAccountAmount', code: 'CBC.0156', status: 403, because: 'the customer is on the other site', request: () => ({ body: { customer_id: FIXTURE_CUSTOMERS.foreignSite, amount: 1 } }) },
  { op: 'UpdateCustomerAccountAmount', code: 'CBC.99005035', status: 400, as: DEMO_TEST_SP, because: 'a test partner account moves no money', request: () => ({ body: { customer_id: 'any', amount: 1 } }) },
  { op: 'ReclaimToPartnerAccount', code: 'CBC.0100', status: 400, because: 'two decimals at most', request: (sb) => ({ body: { customer_id: sp(sb, { resale: true }), amount: '1.001' } }) },
  { op: 'ReclaimToPartnerAccount', code: 'CBC.99000047', status: 400, because: 'never funded', request: () => ({ body: { customer_id: FIXTURE_CUSTOMERS.designated, amount: 1 } }) },
  { op: 'ReclaimToPartnerAccount', code: 'CBC.99005003', status: 400, because: 'more than the customer holds', request: (sb) => ({ body: { customer_id: sp(sb, { resale: true, funded: true }), amount: '99999999.99' } }) },
  { op: 'ReclaimToPartnerAccount', code: 'CBC.99000035', status: 400, because: 'not a sub-customer', request: (sb) => ({ body: { customer_id: customerOf(sb, T2), amount: 1 } }) },
  { op: 'ReclaimToPartnerAccount', code: 'CBC.99000037', status: 400, as: DEMO_T1, because: 'the T2 is not linked', request: () => ({ body: { customer_id: 'c', amount: 1, indirect_partner_id: 'zzz' } }) },
  { op: 'ListPartnerAccountChangeRecords', code: 'CBC.0100', status: 400, because: 'balance_type is required', request: () => ({ query: {} }) },
  { op: 'ListPartnerAccountChangeRecords', code: 'CBC.99000037', status: 400, as: DEMO_T1, because: 'the T2 is not linked', request: () => ({ query: { balance_type: 'BALANCE_TYPE_DEBIT', indirect_partner_id: 'zzz' } }) },
];

const coupon = (quota: string, customerIds: string[], face: number | string, extra: object = {}): Request => ({ body: { quota_id: quota, customer_ids: customerIds, face_value: face, ...extra } });

const coupons: Row[] = [
  { op: 'CreatePartnerCoupons', code: 'CBC.0100', status: 400, because: 'face value > 0', request: (sb) => coupon(QSP_MAIN, [spResale(sb, 0)], 0) },
  {
    op: 'CreatePartnerCoupons', code: 'CBC.99000000', status: 200, item: true, as: DEMO_T1, because: 'a T1 needs the T2\'s indirect_partner_id for its customers',
    request: (sb) => coupon(QT1_MAIN, [customerOf(sb, T2, { resale: true })], 1),
  },
  { op: 'CreatePartnerCoupons', code: 'CBC.99000012', status: 400, because: 'the quota is invalid', request: (sb) => coupon(QSP_INVALID, [spResale(sb, 0)], 1) },
  { op: 'CreatePartnerCoupons', code: 'CBC.99000013', status: 200, item: true, because: 'the quota cannot cover it', request: (sb) => coupon(QSP_MAIN, [spResale(sb, 0)], '99999999') },
  { op: 'CreatePartnerCoupons', code: 'CBC.99000014', status: 200, item: true, because: 'referral customers get no coupons', request: (sb) => coupon(QSP_MAIN, [sp(sb, { resale: false })], 1) },
  { op: 'CreatePartnerCoupons', code: 'CBC.99000017', status: 400, because: 'the quota is not yet effective', request: (sb) => coupon(FIXTURE_QUOTAS.notYetEffective, [spResale(sb, 0)], 1) },
  { op: 'CreatePartnerCoupons', code: 'CBC.99000018', status: 400, because: 'the quota\'s minimum face value is 10', request: (sb) => coupon(FIXTURE_QUOTAS.limited, [spResale(sb, 0)], 5) },
  { op: 'CreatePartnerCoupons', code: 'CBC.99000019', status: 400, because: 'the quota\'s maximum face value is 500', request: (sb) => coupon(FIXTURE_QUOTAS.limited, [spResale(sb, 0)], 501) },
  {
    op: 'CreatePartnerCoupons', code: 'CBC.99000020', status: 200, item: true, because: 'a customer holds at most 2 coupons of the quota',
    request: async (sb) => {
      const c = spResale(sb, 1);
      await issue(sb, coupon(FIXTURE_QUOTAS.limited, [c, c], 10).body as object);
      return coupon(FIXTURE_QUOTAS.limited, [c], 10);
    },
  },
  {
    op: 'CreatePartnerCoupons', code: 'CBC.99000021', status: 200, item: true, because: 'a customer holds at most 600 yuan of the quota',
    request: async (sb) => {
      const c = spResale(sb, 2);
      await issue(sb, coupon(FIXTURE_QUOTAS.limited, [c], 400).body as object);
      return coupon(FIXTURE_QUOTAS.limited, [c], 300);
    },
  },
  { op: 'CreatePartnerCoupons', code: 'CBC.99000022', status: 400, because: 'first-time-associated customers only', request: () => coupon(FIXTURE_QUOTAS.firstAssociationOnly, [FIXTURE_CUSTOMERS.reassociated], 10) },
  { op: 'CreatePartnerCoupons', code: 'CBC.99000023', status: 400, because: 'the quota is limited to ECS and EVS', request: (sb) => coupon(QSP_SERVICES, [spResale(sb, 0)], 1, { cloud_service_types: ['hws.service.type.obs'] }) },
  { op: 'CreatePartnerCoupons', code: 'CBC.99000024', status: 400, because: 'yearly/monthly quota, pay-per-use product', request: (sb) => coupon(FIXTURE_QUOTAS.yearlyMonthlyOnly, [spResale(sb, 0)], 10, { product_ids: ['OFFI_EC2_ON_DEMAND'] }) },
  { op: 'CreatePartnerCoupons', code: 'CBC.99000025', status: 400, because: 'a partner does not issue to itself', request: () => coupon(QSP_MAIN, [DEMO_SP.domainId], 1) },
  { op: 'CreatePartnerCoupons', code: 'CBC.99000035', status: 200, item: true, because: 'not a sub-customer', request: () => coupon(QSP_MAIN, ['nobody'], 1) },
  { op: 'CreatePartnerCoupons', code: 'CBC.99000037', status: 400, as: DEMO_T1, because: 'the T2 is not linked', request: () => coupon(QT1_MAIN, ['c'], 1, { indirect_partner_id: 'zzz' }) },
  { op: 'CreatePartnerCoupons', code: 'CBC.50000010', status: 400, as: DEMO_COUPON_SP, because: 'the partner uses coupons itself', request: () => coupon(FIXTURE_QUOTAS.couponUser, ['anyone'], 10) },
  { op: 'CreatePartnerCoupons', code: 'CBC.50000020', status: 400, because: 'designated customers only', request: (sb) => coupon(FIXTURE_QUOTAS.designatedOnly, [spResale(sb, 0)], 10) },
  { op: 'CreatePartnerCoupons', code: 'CBC.50000034', status: 200, item: true, because: 'a custodied sub-account gets no coupons', request: () => coupon(QSP_MAIN, [FIXTURE_CUSTOMERS.custodied], 10) },
  { op: 'CreatePartnerCoupons', code: 'CBC.50000054', status: 400, because: 'the product does not exist', request: (sb) => coupon(QSP_MAIN, [spResale(sb, 0)], 10, { product_ids: ['NO_SUCH_PRODUCT'] }) },
  { op: 'CreatePartnerCoupons', code: 'CBC.50000055', status: 400, because: 'the service type does not exist', request: (sb) => coupon(QSP_MAIN, [spResale(sb, 0)], 10, { cloud_service_types: ['hws.service.type.nope'] }) },
  { op: 'CreatePartnerCoupons', code: 'CBC.0156', status: 200, item: true, because: 'the customer is on the other site', request: () => coupon(QSP_MAIN, [FIXTURE_CUSTOMERS.foreignSite], 10) },
  { op: 'ReclaimPartnerCoupons', code: 'CBC.0100', status: 400, because: 'coupon_id is required', request: () => ({ body: {} }) },
  {
    op: 'ReclaimPartnerCoupons', code: 'CBC.99000045', status: 400, because: 'the holder switched to referral',
    request: (sb) => ({ body: { coupon_id: [...sb.control.sandbox.world.store.coupons.values()].find((c) => c.customerId === FIXTURE_CUSTOMERS.switchedToReferral)?.id } }),
  },
  {
    op: 'ReclaimPartnerCoupons', code: 'CBC.99000048', status: 200, because: 'a coupon is reclaimed once',
    request: async (sb) => {
      const r = await issue(sb, coupon(QSP_MAIN, [spResale(sb, 3)], 1).body as object);
      const couponId = r.json.coupon_infos[0].coupon_id as string;
      await call(sb, DEMO_SP, 'POST', '/v2/promotions/benefits/partner-coupons/reclaim', { body: { coupon_id: couponId } });
      return { body: { coupon_id: couponId } };
    },
  },
];

export const TABLE: readonly Row[] = [...customers, ...resellers, ...funding, ...coupons];
