// The server side of signing.md §5, working from the raw request-target, the raw header
// pairs in arrival order and the exact body bytes received.
import { timingSafeEqual } from 'node:crypto';
import {
  canonicalQuery,
  canonicalRequest,
  canonicalUri,
  hmacHex,
  sha256Hex,
  stringToSign,
  type SignedHeader,
} from './canonical';
import { parseSdkDate } from './sdk-date';
import { splitTarget } from './target-url';

export interface WireRequest {
  readonly method: string;
  /** Raw request-target, e.g. "/v2/x?a=1"; never decoded. */
  readonly target: string;
  /** Raw (name, value) pairs in arrival order, as Node's `rawHeaders` gives them. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: Uint8Array;
}

export interface VerifyOptions {
  lookupSecret(ak: string): string | undefined;
  readonly now: Date;
  /** Allowed |now − X-Sdk-Date|; APIG uses 15 minutes. */
  readonly maxSkewSeconds?: number;
  /** Accept `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD` (§5 step 7 policy). Default false: JSON APIs sign their bodies. */
  readonly allowUnsignedPayload?: boolean;
  /** Signed headers a route depends on, e.g. ['x-domain-id']; lower-case. */
  readonly requiredSignedHeaders?: readonly string[];
}

export type VerifyFailureReason =
  | 'missing-authorization'
  | 'malformed-authorization'
  | 'unknown-ak'
  | 'bad-signed-headers'
  | 'missing-signed-header'
  | 'duplicate-signed-header'
  | 'bad-date'
  | 'clock-skew'
  | 'malformed-target'
  | 'unsigned-payload-not-allowed'
  | 'body-hash-mismatch'
  | 'signature-mismatch';

export type VerifyResult =
  | { readonly ok: true; readonly ak: string; readonly signature: string; readonly sdkDate: Date }
  | { readonly ok: false; readonly reason: VerifyFailureReason; readonly message: string };

export const DEFAULT_MAX_SKEW_SECONDS = 900;

const AUTH = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([^,\s]+), Signature=([0-9a-f]{64})$/;
const NAME = /^[a-z0-9-]+$/;
const HEX64 = /^[0-9a-f]{64}$/;

const fail = (reason: VerifyFailureReason, message: string): VerifyResult => ({ ok: false, reason, message });

export function verifyRequest(req: WireRequest, opts: VerifyOptions): VerifyResult {
  const byName = new Map<string, string[]>();
  for (const [name, value] of req.headers) {
    const lower = name.toLowerCase();
    const list = byName.get(lower);
    if (list) list.push(value);
    else byName.set(lower, [value]);
  }

  // Step 1
  const auths = byName.get('authorization') ?? [];
  if (auths.length === 0) return fail('missing-authorization', 'No Authorization header.');
  if (auths.length > 1) return fail('malformed-authorization', 'More than one Authorization header.');
  const m = AUTH.exec(auths[0] ?? '');
  if (!m) return fail('malformed-authorization', 'Authorization is not "SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=<64 hex>".');
  const [, ak = '', list = '', signature = ''] = m;
  const sk = opts.lookupSecret(ak);
  if (sk === undefined) return fail('unknown-ak', `Unknown access key ${ak}.`);

  // Step 2
  const names = list.split(';');
  for (let i = 0; i < names.length; i++) {
    const n = names[i] ?? '';
    if (!NAME.test(n)) return fail('bad-signed-headers', `SignedHeaders has an invalid name "${n}".`);
    if (i > 0 && !((names[i - 1] ?? '') < n)) return fail('bad-signed-headers', 'SignedHeaders must be strictly ascending with no duplicates.');
  }
  for (const needed of ['host', 'x-sdk-date', ...(opts.requiredSignedHeaders ?? [])]) {
    if (!names.includes(needed)) return fail('bad-signed-headers', `SignedHeaders must include ${needed}.`);
  }

  // Step 3
  const signed: SignedHeader[] = [];
  for (const name of names) {
    const values = byName.get(name) ?? [];
    if (values.length === 0) return fail('missing-signed-header', `Signed header ${name} is missing.`);
    if (values.length > 1) return fail('duplicate-signed-header', `Signed header ${name} appears more than once.`);
    signed.push({ name, value: values[0] ?? '' });
  }

  // Step 4
  const dateText = byName.get('x-sdk-date')?.[0] ?? '';
  const sdkDate = parseSdkDate(dateText);
  if (!sdkDate) return fail('bad-date', 'X-Sdk-Date is not a UTC time in the form YYYYMMDDTHHMMSSZ.');
  const maxSkew = opts.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS;
  const skew = Math.abs(opts.now.getTime() - sdkDate.getTime()) / 1000;
  if (skew > maxSkew) return fail('clock-skew', `X-Sdk-Date is ${Math.round(skew)} s away from the server clock (limit ${maxSkew} s).`);

  // Steps 5–6
  if (!req.target.startsWith('/')) return fail('malformed-target', 'The request-target must be origin-form (start with /).');
  const { path, query } = splitTarget(req.target);
  const cQuery = canonicalQuery(query);
  if (cQuery === null) return fail('malformed-target', 'The query has a malformed escape or invalid UTF-8.');

  // Step 7
  let hash: string;
  const preset = signed.find((h) => h.name === 'x-sdk-content-sha256')?.value;
  if (preset === undefined) {
    hash = sha256Hex(req.body);
  } else if (preset === 'UNSIGNED-PAYLOAD') {
    if (!opts.allowUnsignedPayload) return fail('unsigned-payload-not-allowed', 'This route requires a signed body.');
    hash = preset;
  } else if (HEX64.test(preset)) {
    if (preset !== sha256Hex(req.body)) return fail('body-hash-mismatch', 'X-Sdk-Content-Sha256 does not match the body.');
    hash = preset;
  } else {
    return fail('body-hash-mismatch', 'X-Sdk-Content-Sha256 is neither UNSIGNED-PAYLOAD nor a SHA-256 hex digest.');
  }

  // Step 8
  const canonical = canonicalRequest({ method: req.method, canonicalUri: canonicalUri(path), canonicalQuery: cQuery, headers: signed, payloadHash: hash });
  const expected = hmacHex(sk, stringToSign(dateText, canonical));
  if (!timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(signature, 'hex'))) {
    return fail('signature-mismatch', 'The signature does not match this request.');
  }
  return { ok: true, ak, signature, sdkDate };
}
