// Customer operations (spec §3.1–§3.7).
import { ApiError, paramError } from '../errors';
import { MAGIC_XACCOUNT, MOBILE_ACCOUNT_LIMIT } from '../fixtures';
import type { Store } from '../ledger/store';
import { realnameNameAt, verifiedStatusAt } from '../ledger/realname';
import { ownCustomer, resolveScope } from '../ledger/scope';
import type { Customer } from '../ledger/types';
import { utcStamp } from '../util/time';
import { page, TIME_RULE, timeFilter } from '../validation';
import { compact, ok, type Ctx, type Operation } from './context';

const NAME_RE = /^([a-zA-Z-]([a-zA-Z0-9_-]){4,31})$/;
const DOMAIN_NAME_RE = /^([a-zA-Z_-]([a-zA-Z0-9_-])*)$/;
const NO_SPACE = /^\S*$/;

function loginNameProblem(v: string, re: RegExp): boolean {
  return !re.test(v) || /^(op_|shadow_)/i.test(v) || /^\d+$/.test(v);
}

/** Sandbox SMS: the code is always 123456 and is valid for `timeout` minutes after sending. */
export const SANDBOX_SMS_CODE = '123456';

/** Accounts already registered with a mobile: the partners' customers plus accounts outside them. */
function mobileAccounts(store: Store, mobile: string): number {
  return store.customers.filter((c) => c.telephone === mobile).length + (store.externalMobileRegistrations.get(mobile) ?? 0);
}

function checkUserIdentity(ctx: Ctx) {
  const type = ctx.body.reqStr('search_type', { oneOf: ['email', 'mobile', 'name'] });
  const value = ctx.body.reqStr('search_value', { max: 64, noEmpty: true });
  const store = ctx.world.store;
  if (type === 'mobile') {
    if (!/^0086-\d+$/.test(value)) throw paramError('search_value must be a mobile like 0086-13XXXXXXXXX');
    const used = mobileAccounts(store, value.slice(5));
    return ok({ check_result: used >= MOBILE_ACCOUNT_LIMIT ? 'used_by_user' : 'available', mobile_remain_available_num: Math.max(0, MOBILE_ACCOUNT_LIMIT - used) });
  }
  if (type === 'email') {
    if (!/^[^@\s]+@[^@\s]+$/.test(value)) throw paramError('search_value must be an e-mail address');
    return ok({ check_result: store.customers.some((c) => c.email === value) ? 'used_by_user' : 'available' });
  }
  if (loginNameProblem(value, NAME_RE)) throw paramError('search_value is not a valid login name');
  return ok({ check_result: store.accountNames.has(value.toLowerCase()) ? 'used_by_user' : 'available' });
}

/** International site: receiver_type 2 sends the code to an e-mail address (intl SDK SendVerificationCodeV2Req; default 5 minutes). */
function sendEmailCode(ctx: Ctx) {
  const b = ctx.body;
  const email = b.reqStr('email', { max: 256, noEmpty: true }).toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw paramError('email must be an e-mail address');
  const timeout = b.int('timeout', 1, 2147483647) ?? 5;
  b.str('lang', { oneOf: ['zh-cn', 'en-us'] });
  return remember(ctx, email, timeout);
}

function remember(ctx: Ctx, receiver: string, timeoutMinutes: number) {
  const entry = ctx.world.codes.get(receiver) ?? { code: SANDBOX_SMS_CODE, expires: 0, failures: 0, sent: [] };
  entry.sent = entry.sent.filter((t) => t > ctx.now - 3600_000);
  if (entry.sent.length >= 15) throw new ApiError(400, 'CBC.99004015', 'The verification code send limit has been reached.');
  entry.sent.push(ctx.now);
  entry.expires = ctx.now + timeoutMinutes * 60_000;
  entry.failures = 0;
  ctx.world.codes.set(receiver, entry);
  return ok({});
}

function sendVerificationCode(ctx: Ctx) {
  const b = ctx.body;
  if (ctx.caller.site === 'intl') {
    if (b.int('receiver_type', 2, 2) === undefined) throw paramError('receiver_type 2 (e-mail) is required on the international site');
    return sendEmailCode(ctx);
  }
  if (b.int('receiver_type', 1, 1) === undefined) throw paramError('receiver_type is required');
  const mobile = b.reqStr('mobile_phone', { re: /^1\d{10}$/, noEmpty: true });
  const timeout = b.int('timeout', 1, 2147483647) ?? 10;
  b.str('lang', { oneOf: ['zh-cn', 'en-us'] });
  const scene = b.int('scene', 0, 2147483647) ?? 29;
  if (scene !== 29 && scene !== 18) throw paramError('scene must be 29 or 18');
  if (scene === 18) b.reqStr('customer_id', { max: 64, noEmpty: true });
  // As the SDK comment says: above 60 minutes the timeout falls back to 5.
  // Open question §10.10: we answer 200 with an empty object.
  return remember(ctx, mobile, timeout > 60 ? 5 : timeout);
}

function checkPassword(pw: string, name: string | undefined, mobile: string | undefined): void {
  const kinds = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(pw)).length;
  const bad = pw.length < 8 || pw.length > 32 || kinds < 2
    || (name !== undefined && (pw === name || pw === [...name].reverse().join(''))) || (mobile !== undefined && mobile !== '' && pw.includes(mobile));
  if (bad) throw new ApiError(400, 'CBC.99000036', 'The password format is invalid.');
}

function createSubCustomer(ctx: Ctx) {
  const b = ctx.body;
  const xaccountId = b.reqStr('xaccount_id', { max: 128, noEmpty: true });
  const xaccountType = b.reqStr('xaccount_type', { max: 64, noEmpty: true });
  const domainName = b.filter('domain_name');
  if (domainName !== undefined && (domainName.length < 5 || domainName.length > 32 || loginNameProblem(domainName, DOMAIN_NAME_RE))) {
    throw new ApiError(400, 'CBC.99000031', 'The login name format is invalid.');
  }
  const mobile = b.str('mobile_phone', { max: 32 });
  if (mobile !== undefined && mobile !== '' && !/^1\d{10}$/.test(mobile)) throw new ApiError(400, 'CBC.5017', 'The mobile number format is invalid.');
  const password = b.str('password', { noEmpty: true });
  if (password !== undefined) checkPassword(password, domainName, mobile);
  // A string of the right kind but outside "true"/"false" is "parameter invalid" (CBC.0101, our choice).
  const closeMarket = b.str('is_close_market_ms', { max: 10 });
  if (closeMarket !== undefined && closeMarket !== 'true' && closeMarket !== 'false') {
    throw new ApiError(400, 'CBC.0101', 'Parameter invalid: is_close_market_ms must be "true" or "false".');
  }
  const cooperationType = b.str('cooperation_type');
  const ip = b.str('indirect_partner_id', { max: 64 });
  const withAssociation = b.bool('include_association_result') ?? false;
  // The intl body carries `email` (spec §3.3); accepted here too so a reported e-mail can be refused.
  const email = b.filter('email', { max: 256 });
  const intl = ctx.caller.site === 'intl';
  // International site (§3.3 [SDK-intl]): domain_area (ISO 3166 alpha-2) is required, there is
  // no mobile_phone nor cooperation_type. Refusing them is our reading: the intl body lacks the fields.
  const domainArea = b.str('domain_area', { max: 2 });
  if (intl) {
    if (domainArea === undefined || !/^[A-Z]{2}$/.test(domainArea)) throw paramError('domain_area is required: an ISO 3166 alpha-2 code such as MX');
    if (mobile !== undefined) throw paramError('mobile_phone is not a field of the international site; give email');
    if (cooperationType !== undefined) throw paramError('cooperation_type is not a field of the international site');
    if (email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(email)) throw paramError('email must be an e-mail address');
  } else if (domainArea !== undefined) {
    throw paramError('domain_area is a field of the international site only');
  }
  // The code was sent to the mobile (China) or the e-mail (intl: "no e-mail, no code").
  const receiver = mobile !== undefined && mobile !== '' ? mobile : intl && email !== undefined ? email.toLowerCase() : undefined;
  const code = receiver !== undefined ? checkVerificationCode(ctx, receiver) : undefined;
  checkContacts(ctx.world.store, mobile, email);
  if (xaccountId.startsWith(MAGIC_XACCOUNT.authorizationFails)) {
    throw new ApiError(400, 'CBC.99000004', 'An error occurred while the customer authorised the partner.');
  }
  if (code) code.expires = 0; // a code registers one account
  const created = ctx.apply({
    kind: 'CreateSubCustomer', caller: ctx.caller.id, time: ctx.now, xaccountId, xaccountType,
    ...(ip !== undefined ? { ip } : {}), ...(domainName !== undefined ? { domainName } : {}),
    ...(mobile !== undefined ? { mobile } : {}), ...(cooperationType !== undefined ? { cooperationType } : {}),
    ...(email !== undefined ? { email } : {}), ...(domainArea !== undefined ? { domainArea } : {}),
    // With include_association_result the server waits for the association, so the magic
    // timeout prefix stays synchronous; otherwise the association completes later.
    associationDelayMs: withAssociation ? 0 : ctx.associationDelayMs,
  }) as { domain_id: string; domain_name: string };
  if (withAssociation && xaccountId.startsWith(MAGIC_XACCOUNT.associationTimeout)) {
    // Created and associated; only the association result query "timed out" (spec §3.3).
    return { status: 500, body: { error_code: 'CBC.99000050', error_msg: 'Querying the association result timed out; confirm with ListSubCustomers.', ...created } };
  }
  return ok(created);
}

function checkVerificationCode(ctx: Ctx, receiver: string): { expires: number } {
  const code = ctx.body.reqStr('verification_code', { noEmpty: true });
  if (code.length !== 6) throw paramError('verification_code must have 6 characters');
  const entry = ctx.world.codes.get(receiver);
  if (!entry || entry.expires < ctx.now) throw new ApiError(400, 'CBC.99004008', 'The verification code has expired.');
  if (entry.failures >= 3) throw new ApiError(400, 'CBC.99004009', 'The verification code failed more than 3 times.');
  if (code !== entry.code) {
    entry.failures += 1;
    throw new ApiError(400, 'CBC.99004010', 'The verification code is wrong.');
  }
  return entry;
}

function checkContacts(store: Store, mobile: string | undefined, email: string | undefined): void {
  if (mobile !== undefined && mobile !== '') {
    if (store.reportedContacts.has(mobile)) throw new ApiError(400, 'CBC.99000051', 'The mobile number has already been reported to Huawei Cloud.');
    if (store.customers.some((c) => c.telephone === mobile)) throw new ApiError(400, 'CBC.99000029', 'The mobile number already exists.');
    if (mobileAccounts(store, mobile) >= MOBILE_ACCOUNT_LIMIT) throw new ApiError(400, 'CBC.99000030', 'The mobile number has reached its registration limit.');
  }
  if (email !== undefined && store.reportedContacts.has(email.toLowerCase())) {
    throw new ApiError(400, 'CBC.99000051', 'The e-mail address has already been reported to Huawei Cloud.');
  }
}

/** A customer as ListSubCustomers shows it at `now` (a filed real-name review may have ended since). */
export function customerInfo(c: Customer, now: number) {
  return compact({
    customer_id: c.id, account_name: c.accountName, customer: realnameNameAt(c, now) || undefined, associated_on: utcStamp(new Date(c.associatedOn)),
    association_type: c.associationType, label: c.label || undefined, telephone: c.telephone || undefined,
    country_code: c.telephone ? '0086' : undefined, verified_status: verifiedStatusAt(c, now), customer_type: c.customerType, is_frozen: c.isFrozen,
    account_managers: c.accountManager ? [{ account_name: c.accountManager }] : [], xaccount_id: c.xaccountId, xaccount_type: c.xaccountType,
    customer_level: c.level, email: c.email || undefined,
  });
}

function listSubCustomers(ctx: Ctx) {
  const b = ctx.body;
  const accountName = b.filter('account_name', { max: 64, re: NO_SPACE });
  const name = b.filter('customer', { max: 64, re: NO_SPACE });
  const label = b.filter('label', { max: 64, re: NO_SPACE });
  const type = b.filter('association_type', { max: 2, oneOf: ['1', '2'] });
  const begin = timeFilter(b.str('associated_on_begin', TIME_RULE));
  const end = timeFilter(b.str('associated_on_end', TIME_RULE));
  const customerId = b.filter('customer_id', { max: 64 });
  const p = b.paging(40000000, 100);
  const scope = resolveScope(ctx.world.store, ctx.caller, b.filter('indirect_partner_id', { max: 64 }));
  const all = ctx.world.store.customersByOwner.get(scope.id) ?? [];
  // A customer whose association has not completed yet is not listed (§3.3: asynchronous).
  const hits = all.filter((c) => c.associatedOn <= ctx.now && (customerId === undefined || c.id === customerId)
    && (accountName === undefined || c.accountName.includes(accountName)) && (name === undefined || c.name.includes(name))
    && (label === undefined || c.label.includes(label)) && (type === undefined || c.associationType === type)
    && (begin === undefined || c.associatedOn >= begin) && (end === undefined || c.associatedOn <= end));
  return ok({ count: hits.length, customer_infos: page(hits, p).map((c) => customerInfo(c, ctx.now)) });
}

function freeze(kind: 'FreezeSubCustomers' | 'UnfreezeSubCustomers') {
  return (ctx: Ctx) => {
    const b = ctx.body;
    const customerIds = b.strArray('customer_ids', { required: true, min: 1, max: 10, item: { max: 64 } }) ?? [];
    b.reqStr('reason', { max: 256 });
    const ip = b.str('indirect_partner_id', { max: 64 });
    const typeField = kind === 'FreezeSubCustomers' ? 'freeze_type' : 'unfreeze_type';
    const type = (b.str(typeField, { noEmpty: true, oneOf: ['ACCOUNT', 'ACCOUNT_AND_RESOURCE'] }) ?? 'ACCOUNT') as 'ACCOUNT' | 'ACCOUNT_AND_RESOURCE';
    const errors = ctx.apply({ kind, caller: ctx.caller.id, time: ctx.now, customerIds, type, ...(ip !== undefined ? { ip } : {}) }) as { id: string; error_code: string; error_msg: string }[];
    if (errors.length === 0) return ok({});
    // Total failure also carries a top-level error (our reading of the intl docs).
    const first = errors[0];
    return ok(errors.length === customerIds.length && first
      ? { error_code: first.error_code, error_msg: first.error_msg, error_details: errors }
      : { error_details: errors });
  };
}

function listNewTags(ctx: Ctx) {
  const b = ctx.body;
  const ids = b.strArray('customer_ids', { required: true, min: 1, max: 100, item: { max: 64 } }) ?? [];
  const p = b.paging(2147483646, 100);
  const scope = resolveScope(ctx.world.store, ctx.caller, b.filter('indirect_partner_id', { max: 64 }));
  const tags = ids.flatMap((id) => {
    try {
      const c = ownCustomer(ctx.world.store, scope, id);
      const tag = c.verifiedStatus !== '2' ? '' : c.seq % 3 === 0 ? 'Y' : c.seq % 3 === 1 ? 'N' : 'UNDETERMINED';
      const since = new Date(c.associatedOn).toISOString().slice(0, 7);
      return [compact({ customer_id: c.id, customer_tag_type: 'SMB', new_customer_tag: tag, effective_time: tag ? since : undefined, expire_time: tag ? `${Number(since.slice(0, 4)) + 1}${since.slice(4)}` : undefined })];
    } catch {
      return []; // Non-sub-customers are silently dropped (spec §3.7).
    }
  });
  return ok({ new_customer_tags: page(tags, p) });
}

export const customerOperations: Operation[] = [
  { name: 'CheckUserIdentity', method: 'POST', path: '/v2/partners/sub-customers/users/check-identity', handler: checkUserIdentity },
  { name: 'SendVerificationMessageCode', method: 'POST', path: '/v2/bases/verificationcode/send', handler: sendVerificationCode },
  { name: 'CreateSubCustomer', method: 'POST', path: '/v2/partners/sub-customers', handler: createSubCustomer },
  { name: 'ListSubCustomers', method: 'POST', path: '/v2/partners/sub-customers/query', handler: listSubCustomers },
  { name: 'FreezeSubCustomers', method: 'POST', path: '/v2/partners/sub-customers/freeze', handler: freeze('FreezeSubCustomers') },
  { name: 'UnfreezeSubCustomers', method: 'POST', path: '/v2/partners/sub-customers/unfreeze', handler: freeze('UnfreezeSubCustomers') },
  { name: 'ListSubCustomerNewTag', method: 'POST', path: '/v2/partners/sub-customers/new-customers-tags/batch-query', handler: listNewTags },
];
