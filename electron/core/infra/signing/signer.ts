// The client side of signing.md §3: signs exactly the bytes and headers that will be sent.
import { AppError } from '../../../../shared/contract/errors';
import {
  authorizationHeader,
  canonicalQuery,
  canonicalRequest,
  canonicalUri,
  hmacHex,
  payloadHash,
  signedHeaderList,
  sortHeaders,
  stringToSign,
  type SignedHeader,
} from './canonical';
import { checkProfile, type ProfileViolation } from './profile';
import { formatSdkDate } from './sdk-date';
import { hostHeaderOf, splitUrl } from './target-url';

export interface SignInput {
  readonly method: string;
  /** Absolute URL with the path and query exactly as they go on the wire. */
  readonly url: string;
  /** Every header given here is signed (Node SDK rule); transport headers are added later, unsigned. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
  readonly ak: string;
  readonly sk: string;
  readonly date: Date;
}

export interface SignedRequest {
  /** Headers to send: the input ones plus Host, X-Sdk-Date and Authorization. */
  readonly headers: Readonly<Record<string, string>>;
  /** The exact bytes that were hashed; send these. */
  readonly body: Uint8Array;
  readonly sdkDate: string;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signedHeaders: string;
  readonly signature: string;
  readonly authorization: string;
}

const utf8 = new TextEncoder();

/** Thrown (as AppError SIGNING_OUTSIDE_PROFILE) when a request would leave the §2 profile. */
export function profileError(v: ProfileViolation): AppError {
  return new AppError('SIGNING_OUTSIDE_PROFILE', { rule: v.rule, section: v.section, detail: v.detail });
}

export function signRequest(input: SignInput): SignedRequest {
  const sdkDate = formatSdkDate(input.date);
  const url = splitUrl(input.url);
  const given = input.headers ?? {};
  const v = checkProfile({ method: input.method, url, headers: given, sdkDate });
  if (v || !url) throw profileError(v ?? { rule: 'url', section: '§2', detail: 'unparseable URL' });
  const host = hostHeaderOf(url);

  const out: Record<string, string> = {};
  const signed: SignedHeader[] = [];
  for (const [name, value] of Object.entries(given)) {
    const lower = name.toLowerCase();
    if (lower === 'host') {
      if (value !== host) throw profileError({ rule: 'host', section: '§2.5', detail: 'a preset Host must equal the URL authority' });
      continue;
    }
    if (lower === 'x-sdk-date') continue; // equal to sdkDate, checked by the profile
    out[name] = value;
    signed.push({ name: lower, value });
  }
  out['Host'] = host;
  out['X-Sdk-Date'] = sdkDate;
  signed.push({ name: 'host', value: host }, { name: 'x-sdk-date', value: sdkDate });

  const body = typeof input.body === 'string' ? utf8.encode(input.body) : (input.body ?? new Uint8Array(0));
  const sorted = sortHeaders(signed);
  const query = canonicalQuery(url.query);
  if (query === null) throw profileError({ rule: 'query', section: '§2.2', detail: 'malformed query' });
  const canonical = canonicalRequest({
    method: input.method,
    canonicalUri: canonicalUri(url.path),
    canonicalQuery: query,
    headers: sorted,
    payloadHash: payloadHash(sorted, body),
  });
  const toSign = stringToSign(sdkDate, canonical);
  const signature = hmacHex(input.sk, toSign);
  const list = signedHeaderList(sorted);
  const authorization = authorizationHeader(input.ak, list, signature);
  out['Authorization'] = authorization;
  return { headers: out, body, sdkDate, canonicalRequest: canonical, stringToSign: toSign, signedHeaders: list, signature, authorization };
}
