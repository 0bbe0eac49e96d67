// Canonical request pieces of signing.md §3.2 steps 4–9, shared by signer and verifier so
// that both build byte-identical text.
import { createHash, createHmac } from 'node:crypto';
import { percentDecode, percentEncode } from './encode';

export const ALGORITHM = 'SDK-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** Step 4: each raw path segment through E, trailing slash ensured. Never decodes or normalises. */
export function canonicalUri(rawPath: string): string {
  const path = rawPath === '' ? '/' : rawPath;
  const out = path.split('/').map(percentEncode).join('/');
  return out.endsWith('/') ? out : `${out}/`;
}

/** Step 5: decode, group, sort by decoded UTF-16 text, re-encode. Null if the query is malformed. */
export function canonicalQuery(rawQuery: string): string | null {
  const groups = new Map<string, string[]>();
  for (const piece of rawQuery.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const key = percentDecode(eq < 0 ? piece : piece.slice(0, eq));
    const value = percentDecode(eq < 0 ? '' : piece.slice(eq + 1));
    if (key === null || value === null) return null;
    const values = groups.get(key);
    if (values) values.push(value);
    else groups.set(key, [value]);
  }
  const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const parts: string[] = [];
  for (const key of [...groups.keys()].sort(byCodeUnits)) {
    const k = percentEncode(key);
    for (const v of (groups.get(key) ?? []).sort(byCodeUnits)) parts.push(`${k}=${percentEncode(v)}`);
  }
  return parts.join('&');
}

/** Lower-case name and verbatim value of one signed header. */
export interface SignedHeader {
  readonly name: string;
  readonly value: string;
}

/** Sorted by name in byte order (P2: never localeCompare). */
export function sortHeaders(headers: readonly SignedHeader[]): SignedHeader[] {
  return [...headers].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Step 6: a signed X-Sdk-Content-Sha256 value replaces the body hash literally. */
export function payloadHash(sorted: readonly SignedHeader[], body: Uint8Array): string {
  const preset = sorted.find((h) => h.name === 'x-sdk-content-sha256');
  if (preset) return preset.value;
  return body.length === 0 ? EMPTY_BODY_SHA256 : sha256Hex(body);
}

export interface CanonicalParts {
  readonly method: string;
  readonly canonicalUri: string;
  readonly canonicalQuery: string;
  /** Already sorted by name. */
  readonly headers: readonly SignedHeader[];
  readonly payloadHash: string;
}

/** Step 7. */
export function canonicalRequest(p: CanonicalParts): string {
  let headerBlock = '';
  for (const h of p.headers) headerBlock += `${h.name}:${h.value}\n`;
  return `${p.method}\n${p.canonicalUri}\n${p.canonicalQuery}\n${headerBlock}\n${signedHeaderList(p.headers)}\n${p.payloadHash}`;
}

export function signedHeaderList(sorted: readonly SignedHeader[]): string {
  return sorted.map((h) => h.name).join(';');
}

/** Step 8. */
export function stringToSign(sdkDate: string, canonical: string): string {
  return `${ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`;
}

/** Step 9: the SK is the HMAC key as is; no derivation or scoping. */
export function hmacHex(sk: string, message: string): string {
  return createHmac('sha256', sk).update(message).digest('hex');
}

/** Step 10. */
export function authorizationHeader(ak: string, signedHeaders: string, signature: string): string {
  return `${ALGORITHM} Access=${ak}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
