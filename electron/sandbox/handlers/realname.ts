// Real-name authentication filed by a partner for its customer (spec §11; request fields as the
// SDK's ApplyIndividualRealnameAuthsReq, ApplyEnterpriseRealnameAuthsReq and
// ChangeEnterpriseRealnameAuthsReq; codes from Huawei's error tables of these operations).
// Only an SP or a T1 may call them (the docs: "解决方案提供商或华为云总经销商(一级经销商)").
import { ApiError, paramError } from '../errors';
import { ownCustomer } from '../ledger/scope';
import { verifiedStatusAt } from '../ledger/realname';
import type { BodyReader } from '../validation';
import { compact, ok, type Ctx, type Operation } from './context';

const FILE_RE = /\.(jpe?g|bmp|png|gif|pdf)$/i;
/** How many attachments each personal document type takes (verified_type; 3 = passport takes 2 or 3). */
const FILES_PER_TYPE: Readonly<Record<number, readonly number[]>> = { 0: [3], 3: [2, 3], 5: [3], 6: [3], 7: [2], 9: [3], 10: [3] };
const CERTIFICATE_TYPES = [0, 1, 2, 3, 4, 99];
/** "Cannot be only digits, special characters or spaces" (corp_name). */
const ONLY_NOISE = /^[\d\s\p{P}\p{S}]*$/u;

function partnerOnly(ctx: Ctx): void {
  if (ctx.caller.role === 'T2') throw new ApiError(403, 'CBC.0151', 'Access denied: only a solution provider or a tier-1 distributor may file real-name authentication.');
}

/** The attachments: relative object names under the bucket's download/ folder, of the allowed formats. */
function files(b: BodyReader, counts: readonly number[]): string[] {
  const urls = b.strArray('verified_file_url', { required: true, min: 1, max: 4, item: { max: 512 } }) ?? [];
  for (const u of urls) {
    if (/^[a-z]+:\/\//i.test(u) || u.startsWith('/') || u.startsWith('download/')) throw paramError('verified_file_url must be relative to the bucket\'s download/ folder');
    if (!FILE_RE.test(u)) throw new ApiError(400, 'CBC.99000100', 'The file format of the real-name authentication attachment is incorrect.');
  }
  if (!counts.includes(urls.length)) throw paramError(`verified_file_url must hold ${counts.join(' or ')} attachment(s) for this document`);
  return urls;
}

function individual(ctx: Ctx) {
  partnerOnly(ctx);
  const b = ctx.body;
  const customerId = b.reqStr('customer_id', { max: 64, noEmpty: true });
  const identifyType = b.int('identify_type', 0, 4);
  if (identifyType !== 0 && identifyType !== 4) throw paramError('identify_type must be 0 (personal document) or 4 (bank card)');
  const name = b.reqStr('name', { max: 255, noEmpty: true });
  const number = b.reqStr('verified_number', { max: 32, noEmpty: true });
  b.reqStr('xaccount_type', { max: 64, noEmpty: true });
  b.int('change_type', -1, -1); // -1: a first authentication, the only value documented.
  if (identifyType === 0) {
    const type = b.int('verified_type', 0, 10);
    if (type === undefined || !(type in FILES_PER_TYPE)) throw paramError('verified_type must be one of 0, 3, 5, 6, 7, 9, 10 for a personal document');
    if (type === 0 && !/^\d{17}[\dX]$/i.test(number)) throw new ApiError(400, 'CBC.99007202', 'Real-name authentication check failed: the ID card number is invalid.');
    files(b, FILES_PER_TYPE[type]!);
  } else {
    const card = b.object('bank_card_info');
    if (!card) throw paramError('bank_card_info is required when identify_type is 4');
    card.reqStr('areacode', { max: 8, noEmpty: true });
    card.reqStr('bank_account', { max: 64, re: /^[0-9a-zA-Z][0-9a-zA-Z-]*$/, noEmpty: true });
    card.reqStr('mobile', { max: 32, noEmpty: true });
    card.reqStr('verification_code', { max: 8, noEmpty: true });
    files(b, [1]);
  }
  return ok(ctx.apply({ kind: 'CreatePersonalRealnameAuth', caller: ctx.caller.id, time: ctx.now, customerId, name, verifiedNumber: number }));
}

function enterprise(kind: 'CreateEnterpriseRealnameAuthentication' | 'ChangeEnterpriseRealnameAuthentication') {
  return (ctx: Ctx) => {
    partnerOnly(ctx);
    const b = ctx.body;
    const customerId = b.reqStr('customer_id', { max: 64, noEmpty: true });
    if (kind === 'ChangeEnterpriseRealnameAuthentication' && b.int('change_type', 1, 1) === undefined) throw paramError('change_type is required (1: individual to enterprise)');
    if (b.int('identify_type', 1, 1) === undefined) throw paramError('identify_type must be 1 (enterprise document scan)');
    const certificate = b.int('certificate_type', 0, 99);
    if (certificate !== undefined && !CERTIFICATE_TYPES.includes(certificate)) throw paramError('certificate_type must be one of 0, 1, 2, 3, 4, 99');
    const corpName = b.reqStr('corp_name', { max: 255, noEmpty: true });
    if (ONLY_NOISE.test(corpName)) throw paramError('corp_name cannot be only digits, special characters or spaces');
    const number = b.reqStr('verified_number', { max: 32, noEmpty: true });
    b.str('reg_country', { re: /^[A-Z]{2}$/ });
    b.str('reg_address', { max: 512 });
    b.reqStr('xaccount_type', { max: 64, noEmpty: true });
    const person = b.object('enterprise_person');
    if (person) {
      person.reqStr('legel_name', { max: 255, noEmpty: true });
      person.reqStr('legel_id_number', { max: 32, noEmpty: true });
      person.str('certifier_role', { oneOf: ['legalPerson', 'authorizedPerson'] });
    }
    // The company document first (one scan, or its front and back), then the person's ID card (two sides).
    files(b, person ? [3] : [1, 2]);
    return ok(ctx.apply({ kind, caller: ctx.caller.id, time: ctx.now, customerId, name: corpName, verifiedNumber: number }));
  };
}

const OPINION = 'The attachments are unclear or do not match the information filed; upload clear scans and file again. 证件照片不清晰或与填写信息不符，请重新上传后再次提交。';

function reviewResult(ctx: Ctx) {
  partnerOnly(ctx);
  const customerId = ctx.query.reqStr('customer_id', { max: 64, noEmpty: true });
  let c;
  try {
    c = ownCustomer(ctx.world.store, ctx.caller, customerId);
  } catch {
    // This operation's table has CBC.5002 "the partner's customer does not exist" (a 500).
    throw new ApiError(500, 'CBC.5002', `The partner's customer ${customerId} does not exist.`);
  }
  const status = verifiedStatusAt(c, ctx.now);
  // Only once a request has been filed is review_result returned (the docs); opinion only when rejected.
  if (status === '-1') return ok({});
  return ok(compact({ review_result: Number(status), opinion: status === '1' ? OPINION : undefined }));
}

export const realnameOperations: Operation[] = [
  { name: 'CreatePersonalRealnameAuth', method: 'POST', path: '/v2/customers/realname-auths/individual', handler: individual },
  { name: 'CreateEnterpriseRealnameAuthentication', method: 'POST', path: '/v2/customers/realname-auths/enterprise', handler: enterprise('CreateEnterpriseRealnameAuthentication') },
  { name: 'ChangeEnterpriseRealnameAuthentication', method: 'PUT', path: '/v2/customers/realname-auths/enterprise', handler: enterprise('ChangeEnterpriseRealnameAuthentication') },
  { name: 'ShowRealnameAuthenticationReviewResult', method: 'GET', path: '/v2/customers/realname-auths/result', handler: reviewResult },
];
