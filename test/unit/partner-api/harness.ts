// Runs each operation against a loopback server and checks what was actually sent.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHttpClient, createRateLimiter, type HttpClient, type Site } from '../../../electron/core/infra/http';
import { createPartnerApi, type PartnerApi } from '../../../electron/core/infra/partner-api';
import { startServer, TEST_AK, TEST_SK, verifyReceived, type Received, type Reply, type TestServer } from '../../support/partner-server';

export interface OperationCase {
  readonly name: string;
  readonly site?: Site;
  readonly call: (api: PartnerApi) => Promise<unknown>;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** Exact raw query as sent (keys in schema order), '' for none. */
  readonly query?: string;
  /** JSON body as sent; undefined for GET. */
  readonly body?: unknown;
  /** Extra signed headers expected, lower-case name → value. */
  readonly signed?: Readonly<Record<string, string>>;
  readonly reply?: Reply;
  readonly expectResult?: (result: never) => void;
}

export const DOMAIN_ID = 'partner-domain-0001';

export interface Harness {
  api(site?: Site): PartnerApi;
  readonly server: () => TestServer;
}

export function useHarness(): Harness {
  let server: TestServer;
  const clients: HttpClient[] = [];
  beforeAll(async () => { server = await startServer(); });
  afterAll(async () => { clients.forEach((c) => c.close()); await server.close(); });
  return {
    server: () => server,
    api(site: Site = 'cn') {
      const client = createHttpClient({
        endpoint: server.endpoint,
        site,
        credentials: { ak: TEST_AK, domainId: DOMAIN_ID, getSecret: async () => TEST_SK },
        limiter: createRateLimiter({ windowMs: 1 }),
        sleep: async () => undefined,
      });
      clients.push(client);
      return createPartnerApi(client);
    },
  };
}

function checkSent(r: Received, c: OperationCase): void {
  expect(r.method).toBe(c.method);
  const q = r.target.indexOf('?');
  expect(q < 0 ? r.target : r.target.slice(0, q)).toBe(c.path);
  expect(q < 0 ? '' : r.target.slice(q + 1)).toBe(c.query ?? '');
  if (c.method === 'GET') expect(r.body.length).toBe(0);
  else expect(r.json()).toEqual(c.body);
  expect(verifyReceived(r, new Date())).toMatchObject({ ok: true });
  const auth = r.header('authorization') ?? '';
  const signedNames = /SignedHeaders=([^,]+)/.exec(auth)?.[1]?.split(';') ?? [];
  const expected = ['host', 'x-domain-id', 'x-sdk-date', ...(c.method === 'POST' ? ['content-type'] : []), ...Object.keys(c.signed ?? {})];
  expect(signedNames).toEqual(expected.sort());
  for (const [name, value] of Object.entries(c.signed ?? {})) expect(r.header(name)).toBe(value);
}

export function operationCases(h: Harness, cases: readonly OperationCase[]): void {
  for (const c of cases) {
    it(`${c.name}: ${c.method} ${c.path}`, async () => {
      const server = h.server();
      server.reply(c.reply ?? { status: 200, body: {} });
      const before = server.received.length;
      const result = await c.call(h.api(c.site));
      expect(server.received.length).toBe(before + 1);
      checkSent(server.received[before]!, c);
      c.expectResult?.(result as never);
    });
  }
}
