// Splits an absolute URL without normalising it. WHATWG URL would resolve dot segments,
// re-encode the path and drop default ports — exactly what the signature must not hide
// (signing.md P3, P4, P13), so the raw pieces are taken by hand.
export interface RawUrl {
  readonly scheme: 'http' | 'https';
  /** Authority as written (without userinfo), for the Host rule. */
  readonly authority: string;
  readonly hostname: string;
  /** Port as written, or null when the URL has none. */
  readonly port: string | null;
  /** Path as written, '' when the URL has none. */
  readonly path: string;
  /** Query text after '?', '' when absent. */
  readonly query: string;
  readonly hasFragment: boolean;
}

const URL_SHAPE = /^(https?):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(#.*)?$/i;
const AUTHORITY = /^(\[[0-9A-Fa-f:.]+\]|[^:[\]]*)(?::(\d*))?$/;

export function splitUrl(url: string): RawUrl | null {
  const m = URL_SHAPE.exec(url);
  if (!m) return null;
  const authority = m[2] ?? '';
  const a = AUTHORITY.exec(authority);
  if (!a || authority.includes('@')) return null;
  return {
    scheme: (m[1] ?? '').toLowerCase() as 'http' | 'https',
    authority,
    hostname: a[1] ?? '',
    port: a[2] ?? null,
    path: m[3] ?? '',
    query: m[4] ?? '',
    hasFragment: m[5] !== undefined,
  };
}

/** Host header value (§3.2 step 2): lower-case name, `:port` exactly as written. */
export function hostHeaderOf(u: RawUrl): string {
  return u.port === null ? u.hostname.toLowerCase() : `${u.hostname.toLowerCase()}:${u.port}`;
}

/** Splits an origin-form request-target ("/path?query") as a server receives it. */
export function splitTarget(target: string): { path: string; query: string } {
  const q = target.indexOf('?');
  return q < 0 ? { path: target, query: '' } : { path: target.slice(0, q), query: target.slice(q + 1) };
}
