// Which site an endpoint belongs to, and the rule that only loopback may use plain HTTP.
export type Site = 'cn' | 'intl';

export const ENDPOINTS: Readonly<Record<Site, string>> = {
  cn: 'https://bss.myhuaweicloud.com',
  intl: 'https://bss-intl.myhuaweicloud.com',
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface Endpoint {
  readonly base: URL;
  readonly site: Site;
}

/** Parses an endpoint; throws a plain Error (a configuration mistake, not an operator one). */
export function parseEndpoint(endpoint: string, site?: Site): Endpoint {
  const base = new URL(endpoint);
  if (base.pathname !== '/' || base.search || base.hash) throw new Error('endpoint must be scheme://host[:port] only');
  if (base.protocol !== 'https:' && !(base.protocol === 'http:' && LOOPBACK.has(base.hostname))) {
    throw new Error('endpoint must use https (plain http only to a loopback sandbox)');
  }
  return { base, site: site ?? (base.hostname.startsWith('bss-intl.') ? 'intl' : 'cn') };
}
