// Customers (partner-api.md §3.1–3.4, §3.7).
import { z } from 'zod';
import { BOTH, CN, op } from '../define';
import { apiRule } from '../schemas/rule-messages';
import { id, int32, limit, nonEmpty, paging, str, timeWindow } from '../schemas/request';
import { opt, wInt, wStr } from '../schemas/response';

const notReserved = (s: string) => !/^(op_|shadow_)/.test(s) && !/^\d+$/.test(s);
const loginName = z.string().max(64).regex(/^([a-zA-Z-]([a-zA-Z0-9_-]){4,31})$/, apiRule('loginName')).refine(notReserved, apiRule('loginName'));

export const checkUserIdentity = op({
  name: 'CheckUserIdentity', method: 'POST', path: '/v2/partners/sub-customers/users/check-identity', in: 'body', sites: BOTH, moneyMoving: false,
  input: z.discriminatedUnion('search_type', [
    z.object({ search_type: z.literal('mobile'), search_value: z.string().max(64).regex(/^0086-\d+$/, apiRule('identityMobile')) }),
    z.object({ search_type: z.literal('email'), search_value: z.string().max(64).regex(/^[^@\s]+@[^@\s]+$/, apiRule('identityEmail')) }),
    // §3.1: the stricter name rule (first character a letter or '-').
    z.object({ search_type: z.literal('name'), search_value: loginName }),
  ]),
  output: z.object({ check_result: z.enum(['available', 'used_by_user']), mobile_remain_available_num: opt(wInt) }),
});

// Both sites: an SMS code to a China mobile (receiver_type 1, §3.2), or on the international
// site an e-mail code (receiver_type 2, intl SDK SendVerificationCodeV2Req: email, timeout, lang).
export const sendVerificationMessageCode = op({
  name: 'SendVerificationMessageCode', method: 'POST', path: '/v2/bases/verificationcode/send', in: 'body', sites: BOTH, moneyMoving: false,
  input: z.union([z.object({
    receiver_type: z.literal(2),
    email: z.string().max(64).regex(/^[^@\s]+@[^@\s]+$/, apiRule('identityEmail')),
    timeout: z.number().int().min(1).max(60).optional(),
    lang: z.enum(['zh-cn', 'en-us']).optional(),
  }), z.object({
    receiver_type: z.literal(1),
    mobile_phone: z.string().regex(/^1\d{10}$/, apiRule('chinaMobile')),
    // §3.2: above 60 the server silently uses 5 minutes (open question §10.10); refuse it instead.
    timeout: z.number().int().min(1).max(60).optional(),
    lang: z.enum(['zh-cn', 'en-us']).optional(),
    scene: z.union([z.literal(29), z.literal(18)]).optional(),
    customer_id: str(64).optional(),
  }).refine((v) => v.scene !== 18 || !!v.customer_id, { ...apiRule('customerIdForScene18'), path: ['customer_id'] })]),
  // Open question §10.10: 200 `{}` or 204; both read as an empty result.
  output: z.object({}),
});

const password = z.string().min(8).max(32).refine(
  (p) => [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(p)).length >= 2,
  apiRule('password'),
);

// Both sites (§3.3): the intl body adds domain_area and email and has no mobile_phone nor
// cooperation_type; which of them a call may carry is checked by the customers service, which
// knows the profile's site.
export const createSubCustomer = op({
  // Not money, but not idempotent either (a repeat makes a second account): never retried by
  // the client, an ambiguous answer is unknown and reconciled by the write engine.
  name: 'CreateSubCustomer', method: 'POST', path: '/v2/partners/sub-customers', in: 'body', sites: BOTH, moneyMoving: true,
  input: z.object({
    xaccount_id: id(128),
    xaccount_type: id(64),
    domain_name: z.string().min(5).max(32).regex(/^([a-zA-Z_-]([a-zA-Z0-9_-])*)$/, apiRule('domainName')).refine(notReserved, apiRule('domainName')).optional(),
    mobile_phone: str(32).optional(),
    verification_code: z.string().length(6, apiRule('verificationCode').message).optional(),
    password: password.optional(),
    is_close_market_ms: z.enum(['true', 'false']).optional(),
    cooperation_type: str(8).optional(),
    indirect_partner_id: str(64).optional(),
    include_association_result: z.boolean().optional(),
    email: z.string().max(64).regex(/^[^@\s]+@[^@\s]+$/, apiRule('identityEmail')).optional(),
    domain_area: z.string().regex(/^[A-Z]{2}$/, apiRule('domainArea')).optional(),
  }).superRefine((v, ctx) => {
    if (v.mobile_phone && !v.verification_code) ctx.addIssue({ code: 'custom', path: ['verification_code'], ...apiRule('verificationCodeRequired') });
    if (v.password && v.domain_name) {
      const reversed = [...v.domain_name].reverse().join('');
      if (v.password === v.domain_name || v.password === reversed) ctx.addIssue({ code: 'custom', path: ['password'], ...apiRule('passwordNotName') });
    }
    if (v.password && v.mobile_phone && v.password.includes(v.mobile_phone)) ctx.addIssue({ code: 'custom', path: ['password'], ...apiRule('passwordNotName') });
  }),
  output: z.object({ domain_id: wStr.max(64), domain_name: wStr.max(64) }),
});

const customerInformation = z.object({
  customer_id: wStr,
  account_name: wStr,
  customer: opt(wStr),
  associated_on: opt(wStr),
  association_type: opt(wStr),
  label: opt(wStr),
  telephone: opt(wStr),
  country_code: opt(wStr),
  verified_status: opt(wStr),
  customer_type: opt(wInt),
  // Documented as reserved: shown, never relied on (§3.4).
  is_frozen: opt(wInt),
  account_managers: opt(z.array(z.object({ account_name: opt(wStr) }))),
  xaccount_id: opt(wStr),
  xaccount_type: opt(wStr),
  customer_level: opt(wStr),
  email: opt(wStr),
});

export const listSubCustomers = op({
  name: 'ListSubCustomers', method: 'POST', path: '/v2/partners/sub-customers/query', in: 'body', sites: BOTH, moneyMoving: false,
  input: z.object({
    account_name: str(64).optional(),
    customer: str(64).optional(),
    ...paging(40_000_000),
    label: str(64).optional(),
    association_type: z.enum(['1', '2']).optional(),
    ...timeWindow('associated_on'),
    customer_id: nonEmpty(64).optional(),
    indirect_partner_id: str(64).optional(),
  }),
  output: z.object({ count: opt(wInt), customer_infos: opt(z.array(customerInformation)) }),
  page: { items: 'customer_infos', count: 'count', maxLimit: 100 },
});

export const listSubCustomerNewTag = op({
  name: 'ListSubCustomerNewTag', method: 'POST', path: '/v2/partners/sub-customers/new-customers-tags/batch-query', in: 'body', sites: CN, moneyMoving: false,
  input: z.object({
    // The spec gives no maximum list size; 100 matches the other batch reads [INF].
    customer_ids: z.array(id(64)).min(1).max(100),
    offset: int32.min(0).optional(),
    limit: limit.optional(),
    indirect_partner_id: str(64).optional(),
  }),
  output: z.object({
    new_customer_tags: opt(z.array(z.object({
      customer_id: opt(wStr),
      customer_tag_type: opt(wStr),
      new_customer_tag: opt(wStr),
      effective_time: opt(wStr),
      expire_time: opt(wStr),
    }))),
  }),
  // §11.2: no count field at all — page until a short page.
  page: { items: 'new_customer_tags', count: null, maxLimit: 100 },
});
