// The supported profile of signing.md §2: inside it, what is signed is exactly what goes on
// the wire. The client refuses anything outside it before sending.
import { percentDecode } from './encode';
import type { RawUrl } from './target-url';
import { parseSdkDate } from './sdk-date';

export type ProfileRule =
  | 'url' // not an absolute http(s) URL without userinfo or fragment
  | 'path' // §2.1
  | 'query' // §2.2
  | 'header-name' // §2.3
  | 'header-value' // §2.4
  | 'host' // §2.5
  | 'sdk-date' // §2.6
  | 'method'; // P20: upper-case methods only

export interface ProfileViolation {
  readonly rule: ProfileRule;
  /** Which §2 item, for operators reading the spec. */
  readonly section: string;
  /** What is wrong, without echoing header values (they may be tokens). */
  readonly detail: string;
}

const SECTION: Record<ProfileRule, string> = {
  url: '§2', path: '§2.1', query: '§2.2', 'header-name': '§2.3', 'header-value': '§2.4', host: '§2.5', 'sdk-date': '§2.6', method: 'P20',
};

const violation = (rule: ProfileRule, detail: string): ProfileViolation => ({ rule, section: SECTION[rule], detail });

// Unreserved, '/', the sub-delims ( ) * ! $ & + , ; = and : @, or a %XX escape.
const PATH_OK = /^(?:[A-Za-z0-9\-._~/()*!$&+,;=:@]|%[0-9A-Fa-f]{2})*$/;
// Unreserved, %XX, the separators & and =. `! ' ( ) *` are tolerated raw because Node's
// querystring (and so the SDK, vector get-query-encoding) sends them raw and they decode to
// themselves; a raw '+' or space is ambiguous (P8) and refused.
const QUERY_OK = /^(?:[A-Za-z0-9\-._~&=!'()*]|%[0-9A-Fa-f]{2})*$/;
const HEADER_NAME = /^[A-Za-z0-9-]+$/;
const HEADER_VALUE = /^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/;
const HOSTNAME = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])$/;
const METHOD = /^[A-Z]+$/;

export interface ProfileInput {
  readonly method: string;
  readonly url: RawUrl | null;
  readonly headers: Readonly<Record<string, string>>;
  /** The X-Sdk-Date the signer will stamp. */
  readonly sdkDate: string;
}

export function checkProfile(input: ProfileInput): ProfileViolation | null {
  const { url } = input;
  if (!METHOD.test(input.method)) return violation('method', 'the method must be upper-case letters, e.g. GET');
  if (!url || url.hasFragment) return violation('url', 'the URL must be absolute http(s), without user info or #fragment');
  if (!HOSTNAME.test(url.hostname)) return violation('host', 'the host must be an ASCII (punycode) name');
  if (url.port !== null) {
    if (!/^\d+$/.test(url.port)) return violation('host', 'the port must be digits');
    if ((url.scheme === 'https' && url.port === '443') || (url.scheme === 'http' && url.port === '80')) {
      return violation('host', `drop the explicit default port :${url.port}`);
    }
  }
  const pathViolation = checkPath(url.path);
  if (pathViolation) return violation('path', pathViolation);
  const queryViolation = checkQuery(url.query);
  if (queryViolation) return violation('query', queryViolation);
  return checkHeaders(input.headers, input.sdkDate);
}

function checkPath(path: string): string | null {
  if (path !== '' && !path.startsWith('/')) return 'the path must start with /';
  if (!PATH_OK.test(path)) return 'the path must already be percent-encoded (space, quotes, non-ASCII … as %XX)';
  if (path.split('/').some((seg) => seg === '.' || seg === '..')) return 'the path must not contain . or .. segments';
  return null;
}

function checkQuery(query: string): string | null {
  if (!QUERY_OK.test(query)) return 'query keys and values must be percent-encoded (%20 for space, %2B for plus)';
  for (const piece of query.split('&')) {
    if (piece.split('=').some((part) => percentDecode(part) === null)) return 'the query must decode to valid UTF-8';
  }
  return null;
}

function checkHeaders(headers: Readonly<Record<string, string>>, sdkDate: string): ProfileViolation | null {
  const seen = new Set<string>();
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!HEADER_NAME.test(name)) return violation('header-name', `header name "${name.slice(0, 64)}" may only use A-Z a-z 0-9 -`);
    if (seen.has(lower)) return violation('header-name', `header "${name}" is given twice (names are case-insensitive)`);
    seen.add(lower);
    if (lower === 'authorization') return violation('header-name', 'Authorization is produced by the signer');
    if (typeof value !== 'string' || !HEADER_VALUE.test(value)) {
      return violation('header-value', `the value of "${name}" must be printable ASCII without leading or trailing blanks`);
    }
    if (lower === 'x-sdk-date' && (value !== sdkDate || parseSdkDate(value) === null)) {
      return violation('sdk-date', 'X-Sdk-Date is stamped by the signer from the UTC clock; do not preset it');
    }
  }
  return null;
}
