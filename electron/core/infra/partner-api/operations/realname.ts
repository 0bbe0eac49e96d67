// Real-name authentication a partner files for its customer (partner-api.md §11; fields as the
// SDK's ApplyIndividualRealnameAuthsReq, ApplyEnterpriseRealnameAuthsReq,
// ChangeEnterpriseRealnameAuthsReq and ShowRealnameAuthenticationReviewResultResponse). §11 lists
// them among the China-site operations: our choice is the China site only (the intl SDK has
// look-alikes the spec does not document). The three filings are not idempotent (a repeat is
// refused, CBC.99007188, or counts against the customer's attempts): never retried by the client.
import { z } from 'zod';
import { CN, op } from '../define';
import { id, str } from '../schemas/request';
import { opt, wInt, wStr } from '../schemas/response';

/** Relative object names under the partner bucket's download/ folder, in the documented order. */
const fileUrls = z.array(id(512)).min(1).max(4);
const isReview = z.object({ is_review: opt(wInt) });

export const createPersonalRealnameAuth = op({
  name: 'CreatePersonalRealnameAuth', method: 'POST', path: '/v2/customers/realname-auths/individual', in: 'body', sites: CN, moneyMoving: true,
  input: z.object({
    customer_id: id(64),
    /** 0 personal document; 4 bank card (not offered by the app: see customers/realname.ts). */
    identify_type: z.literal([0, 4]),
    name: id(255),
    verified_file_url: fileUrls,
    verified_number: id(32),
    /** 0 ID card, 3 passport, 5 HK/Macao permit, 6 Taiwan permit, 7 overseas driving licence, 9 HK/Macao residence permit, 10 Taiwan residence permit. */
    verified_type: z.literal([0, 3, 5, 6, 7, 9, 10]).optional(),
    xaccount_type: id(64),
    change_type: z.literal(-1).optional(),
  }),
  output: isReview,
});

const enterpriseBody = {
  customer_id: id(64),
  /** 0 business licence, 1 public institution, 2 social organisation, 3 administrative law enforcement, 4 organisation code, 99 other. */
  certificate_type: z.literal([0, 1, 2, 3, 4, 99]).optional(),
  corp_name: id(255),
  identify_type: z.literal(1),
  verified_number: id(32),
  verified_file_url: fileUrls,
  reg_country: z.string().regex(/^[A-Z]{2}$/).optional(),
  reg_address: str(512).optional(),
  xaccount_type: id(64),
  // The SDK's spelling ("legel") is the wire's: copied, never "fixed".
  enterprise_person: z.object({
    legel_name: id(255),
    legel_id_number: id(32),
    certifier_role: z.enum(['legalPerson', 'authorizedPerson']).optional(),
  }).optional(),
};

export const createEnterpriseRealnameAuthentication = op({
  name: 'CreateEnterpriseRealnameAuthentication', method: 'POST', path: '/v2/customers/realname-auths/enterprise', in: 'body', sites: CN, moneyMoving: true,
  input: z.object(enterpriseBody),
  output: isReview,
});

export const changeEnterpriseRealnameAuthentication = op({
  name: 'ChangeEnterpriseRealnameAuthentication', method: 'PUT', path: '/v2/customers/realname-auths/enterprise', in: 'body', sites: CN, moneyMoving: true,
  input: z.object({ ...enterpriseBody, change_type: z.literal(1) }),
  output: isReview,
});

export const showRealnameAuthenticationReviewResult = op({
  name: 'ShowRealnameAuthenticationReviewResult', method: 'GET', path: '/v2/customers/realname-auths/result', in: 'query', sites: CN, moneyMoving: false,
  input: z.object({ customer_id: id(64) }),
  /** review_result: 0 under review, 1 rejected, 2 passed; absent when nothing was filed. */
  output: z.object({ review_result: opt(wInt), opinion: opt(wStr) }),
});
