// Signed raw-HTTP calls to an in-process sandbox, with the project signer (no partner-api client).
import { signRequest } from '../../../electron/core/infra/signing';
import { DEMO_SP, DEMO_T1, DEMO_T2S, startSandbox, type DemoAccount, type RunningSandbox, type StartOptions } from '../../../electron/sandbox/index';

export { DEMO_SP, DEMO_T1, DEMO_T2S };
export const T2 = DEMO_T2S[0]?.domainId as string;
export const OTHER_T2 = DEMO_T2S[1]?.domainId as string;

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  // Tests read fields freely from the parsed JSON.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export interface CallOptions {
  query?: Record<string, string | number | (string | number)[]>;
  body?: unknown;
  /** Raw body text, sent as is (for malformed-JSON tests). */
  rawBody?: string;
  date?: Date;
  headers?: Record<string, string>;
}

export function queryString(query: CallOptions['query']): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(v) ? v : [v]) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(item))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Whatever signs: a demo account, a fixture account (T2, IAM operator, customer…). */
export type Signer = Pick<DemoAccount, 'ak' | 'sk' | 'domainId'>;

export async function call(sb: Pick<RunningSandbox, 'url'>, who: Signer, method: string, path: string, o: CallOptions = {}): Promise<Reply> {
  const url = `${sb.url}${path}${queryString(o.query)}`;
  const bodyText = o.rawBody ?? (o.body === undefined ? undefined : JSON.stringify(o.body));
  const signed = signRequest({
    method, url, ak: who.ak, sk: who.sk, date: o.date ?? new Date(),
    headers: { ...(bodyText !== undefined ? { 'Content-Type': 'application/json;charset=UTF-8' } : {}), 'X-Domain-Id': who.domainId, ...o.headers },
    ...(bodyText !== undefined ? { body: bodyText } : {}),
  });
  const { Host: _host, host: _h2, ...headers } = signed.headers as Record<string, string>;
  const res = await fetch(url, { method, headers, ...(bodyText !== undefined ? { body: Buffer.from(signed.body) } : {}) });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export function start(o: StartOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ customers: 300, seed: 7, rateLimits: false, ...o });
}

/** A customer of `owner` picked through the control state. */
export function customerOf(sb: RunningSandbox, owner: string, o: { resale?: boolean; funded?: boolean } = {}): string {
  const list = sb.control.sandbox.world.store.customersByOwner.get(owner) ?? [];
  const c = list.find((x) => (o.resale === undefined || (x.associationType === '2') === o.resale)
    && (o.funded === undefined || (x.balance !== undefined && x.balance.gt(100)) === o.funded));
  if (!c) throw new Error('no such customer in the seed');
  return c.id;
}
