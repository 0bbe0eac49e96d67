import { isLosslessNumber } from 'lossless-json';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, createHttpClient, createRateLimiter, settle, type HttpClient, type HttpClientOptions } from '../../../electron/core/infra/http';
import { startServer, TEST_AK, TEST_SK, verifyReceived, type TestServer } from '../../support/partner-server';

let server: TestServer;
let client: HttpClient;
let secretsFetched = 0;

function makeClient(over: Partial<HttpClientOptions> = {}): HttpClient {
  return createHttpClient({
    endpoint: server.endpoint,
    credentials: { ak: TEST_AK, domainId: 'partner-domain-1', getSecret: async () => { secretsFetched++; return TEST_SK; } },
    sleep: async () => undefined,
    limiter: createRateLimiter({ windowMs: 1 }),
    totalTimeoutMs: 2000,
    ...over,
  });
}

beforeEach(async () => {
  server = await startServer();
  secretsFetched = 0;
  client = makeClient();
});
afterEach(async () => {
  client.close();
  await server.close();
});

const read = { operation: 'ListThings', method: 'GET', path: '/v2/things', moneyMoving: false } as const;
const money = { operation: 'MoveMoney', method: 'POST', path: '/v2/money', body: { amount: '10.00' }, moneyMoving: true } as const;

/** Replaces the client with one whose limiter runs on a fake clock; returns its waits. */
function clockedClient(): number[] {
  let t = 0;
  const waits: number[] = [];
  client.close();
  client = makeClient({ random: () => 0.5, limiter: createRateLimiter({ now: () => t, sleep: async (ms) => { waits.push(ms); t += ms; } }) });
  return waits;
}

async function failureOf(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

describe('what the client sends', () => {
  it('signs exactly what goes on the wire, arrays as repeated keys, JSON body, X-Domain-Id signed', async () => {
    server.reply({ status: 200, body: { ok: true } });
    await client.call({ ...read, method: 'POST', query: { types: ['2', '1'], name: "a b+c'", none: undefined }, body: { x: '1.00' } });
    const r = server.received[0]!;
    expect(r.target).toBe("/v2/things?types=2&types=1&name=a%20b%2Bc%27");
    expect(r.json()).toEqual({ x: '1.00' });
    expect(r.header('content-type')).toBe('application/json;charset=UTF-8');
    expect(r.header('authorization')).toMatch(/SignedHeaders=content-type;host;x-domain-id;x-sdk-date,/);
    expect(verifyReceived(r, new Date())).toMatchObject({ ok: true, ak: TEST_AK });
  });

  it('fetches the secret for each signature instead of holding it', async () => {
    await client.call(read);
    await client.call(read);
    expect(secretsFetched).toBe(2);
  });

  it('reuses keep-alive connections for reads but opens a new one for each money call', async () => {
    await client.call(read);
    await client.call(read);
    await client.call(money);
    await client.call(money);
    const ports = server.received.map((r) => r.remotePort);
    expect(ports[0]).toBe(ports[1]);
    expect(new Set([ports[0], ports[2], ports[3]]).size).toBe(3);
  });

  it('refuses plain http to anything but loopback', () => {
    expect(() => makeClient({ endpoint: 'http://bss.myhuaweicloud.com' })).toThrow(/https/);
  });
});

describe('reading answers', () => {
  it('keeps every number lossless and returns the request id', async () => {
    server.reply({ status: 200, body: '{"amount":12345678901234567.89,"n":3}' });
    const res = await client.call(read);
    const json = res.json as { amount: unknown };
    expect(isLosslessNumber(json.amount)).toBe(true);
    expect(String(json.amount)).toBe('12345678901234567.89');
    expect(res.requestId).toBe('req-1');
  });

  it('treats a 204 without body as done', async () => {
    server.reply({ status: 204 });
    expect(await client.call(money)).toMatchObject({ status: 204, json: undefined });
  });

  it('reports an error_code inside an HTTP 200 body as a Huawei error (legacy quirk)', async () => {
    server.reply({ status: 200, body: { error_code: 'CBC.99000035', error_msg: 'not your customer' } });
    const e = await failureOf(client.call(read));
    expect(e).toMatchObject({ code: 'API_HUAWEI_ERROR', outcome: 'failed', huaweiCode: 'CBC.99000035', requestId: 'req-1' });
    expect(e.message).toContain('not your sub-customer');
  });

  it('accepts the legacy success code CBC.0000', async () => {
    server.reply({ status: 200, body: { error_code: 'CBC.0000', error_msg: 'success', trans_id: 'T1' } });
    expect((await client.call(money)).json).toMatchObject({ trans_id: 'T1' });
  });

  it('maps a 400 with a code to a definite failure', async () => {
    server.reply({ status: 400, body: { error_code: 'CBC.99005003', error_msg: 'balance' } });
    const e = await failureOf(client.call(money));
    expect(e).toMatchObject({ code: 'API_HUAWEI_ERROR', outcome: 'failed', possiblySent: true, status: 400 });
  });

  it('explains a 401 as clock skew when the server Date is more than 15 minutes away', async () => {
    const serverTime = new Date(Date.now() - 20 * 60_000).toUTCString();
    server.reply({ status: 401, body: { error_code: 'APIG.0301', error_msg: 'Incorrect IAM authentication information' }, headers: { Date: serverTime } });
    const e = await failureOf(client.call(read));
    expect(e.code).toBe('API_CLOCK_SKEW');
    expect(e.details['skewMinutes']).toBe(20);
  });

  it('calls a 401 with a matching clock an authentication failure', async () => {
    server.reply({ status: 401, body: { error_code: 'CBC.0154', error_msg: 'expired' } });
    expect((await failureOf(client.call(read))).code).toBe('API_AUTH_FAILED');
  });

  it('finds the error one level down when the gateway nests it', async () => {
    server.reply({ status: 404, body: { error: { code: 'APIG.0101', message: 'API not exist or not published' } } });
    expect(await failureOf(client.call(read))).toMatchObject({ code: 'API_HUAWEI_ERROR', huaweiCode: 'APIG.0101' });
  });

  it('reports a 404 HTML page as an HTTP error', async () => {
    server.reply({ status: 404, body: '<html>nope</html>' });
    expect((await failureOf(client.call(read))).code).toBe('API_HTTP_ERROR');
  });
});

describe('reads retry, money never does', () => {
  it('retries a read after a 503 gateway page and a reset', async () => {
    server.reply({ status: 503, body: '<html>bad gateway</html>' }, 'reset', { status: 200, body: { ok: 1 } });
    expect((await client.call(read)).status).toBe(200);
    expect(server.received).toHaveLength(3);
  });

  it('gives up on a read after the retry budget', async () => {
    server.reply({ status: 500, body: { error_code: 'CBC.0999', error_msg: 'x' } });
    expect(await failureOf(client.call(read))).toMatchObject({ code: 'API_HUAWEI_ERROR', outcome: 'failed' });
    expect(server.received).toHaveLength(4);
  });

  it.each([
    ['a 5xx', { status: 500, body: { error_code: 'CBC.0999', error_msg: 'x' } }],
    ['a 502 gateway page', { status: 502, body: '<html/>' }],
    ['a reset after sending', 'reset'],
    ['an unreadable 200 body', { status: 200, body: '{"transfer_id": "AD1' }],
  ] as const)('reports %s on a money call as unknown, sent once', async (_what, reply) => {
    server.reply(reply);
    const e = await failureOf(client.call(money));
    expect(e).toMatchObject({ code: 'API_OUTCOME_UNKNOWN', outcome: 'unknown', possiblySent: true });
    expect(server.received).toHaveLength(1);
    expect(await settle(client.call(money))).toMatchObject({ outcome: 'unknown', possiblySent: true });
  });

  it('reports a money call that timed out after sending as unknown', async () => {
    client.close();
    client = makeClient({ totalTimeoutMs: 200 });
    server.reply('hang');
    expect(await failureOf(client.call(money))).toMatchObject({ outcome: 'unknown', possiblySent: true });
    expect(server.received).toHaveLength(1);
  });

  it('reports a refused connection as failed and not sent', async () => {
    const endpoint = server.endpoint;
    await server.close();
    client.close();
    client = makeClient({ endpoint });
    const result = await settle(client.call(money));
    expect(result).toMatchObject({ outcome: 'failed', possiblySent: false });
    if (result.outcome === 'failed') expect(result.error.code).toBe('API_NETWORK');
    server = await startServer();
  });

  it('does not re-send a throttled money call but reports it failed (nothing executed)', async () => {
    server.reply({ status: 429, body: { error_code: 'APIG.0308', error_msg: 'The throttling threshold has been reached' } });
    expect(await failureOf(client.call(money))).toMatchObject({ code: 'API_RATE_LIMITED', outcome: 'failed' });
    expect(server.received).toHaveLength(1);
  });

  it('holds a throttled money call\'s lane 2–5 s, so its caller\'s re-send waits too', async () => {
    const waits = clockedClient();
    server.reply({ status: 429, body: { error_code: 'APIG.0308', error_msg: 'The throttling threshold has been reached' } }, { status: 200, body: {} });
    expect(await failureOf(client.call(money))).toMatchObject({ code: 'API_RATE_LIMITED', outcome: 'failed' });
    await client.call(money);
    expect(server.received).toHaveLength(2);
    expect(waits).toEqual([3500]);
  });

  it('backs a throttled read off 2–5 s on its lane, then retries', async () => {
    const waits = clockedClient();
    server.reply({ status: 429, body: { error_code: 'CBC.0250', error_msg: 'flow control' } }, { status: 200, body: {} });
    await client.call(read);
    expect(server.received).toHaveLength(2);
    expect(waits).toEqual([3500]);
  });
});

describe('nothing secret leaks', () => {
  it('keeps the SK out of every error and its details', async () => {
    server.reply({ status: 401, body: { error_code: 'CBC.0154', error_msg: 'bad' } });
    const e = await failureOf(client.call(read));
    expect(`${e.message} ${JSON.stringify(e.details)} ${e.stack}`).not.toContain(TEST_SK);
  });
});
