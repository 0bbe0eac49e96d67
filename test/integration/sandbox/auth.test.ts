// Request verification (signing.md §5): project signer, official SDK signer, tampering, skew, throttling.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner';
import { GlobalCredentials } from '@huaweicloud/huaweicloud-sdk-core/auth/GlobalCredentials';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { call, DEMO_SP, start } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start({ rateLimits: true });
});
afterAll(() => sb.close());

function send(path: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${sb.url}${path}`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function sdkSigned(path: string, data: object): Record<string, string> {
  const cred = new GlobalCredentials().withAk(DEMO_SP.ak).withSk(DEMO_SP.sk).withDomainId(DEMO_SP.domainId);
  const headers = { 'Content-Type': 'application/json', 'X-Domain-Id': DEMO_SP.domainId };
  return AKSKSigner.sign({ endpoint: `${sb.url}${path}`, method: 'POST', headers, data, queryParams: {} }, cred) as Record<string, string>;
}

describe('signature verification', () => {
  const path = '/v2/partners/sub-customers/query';
  const data = { offset: 0, limit: 2, account_name: '' };

  it('accepts a request signed by the official Huawei Cloud Node SDK core', async () => {
    const r = await send(path, sdkSigned(path, data), JSON.stringify(data));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).customer_infos).toHaveLength(2);
  });

  it('rejects the same SDK-signed request once its body is tampered with (401 APIG.0301)', async () => {
    const r = await send(path, sdkSigned(path, data), JSON.stringify({ ...data, limit: 3 }));
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body).error_code).toBe('APIG.0301');
  });

  it('rejects a missing signature, an unknown AK and a wrong SK', async () => {
    expect((await send(path, { 'Content-Type': 'application/json' }, '{}')).status).toBe(401);
    expect((await call(sb, { ...DEMO_SP, ak: 'UNKNOWNAK' }, 'POST', path, { body: {} })).status).toBe(401);
    expect((await call(sb, { ...DEMO_SP, sk: 'wrong' }, 'POST', path, { body: {} })).json.error_code).toBe('APIG.0301');
  });

  it('accepts X-Sdk-Date within ±15 minutes and rejects it beyond', async () => {
    const now = Date.now();
    expect((await call(sb, DEMO_SP, 'POST', path, { body: {}, date: new Date(now - 14 * 60_000) })).status).toBe(200);
    expect((await call(sb, DEMO_SP, 'POST', path, { body: {}, date: new Date(now + 16 * 60_000) })).status).toBe(401);
  });

  it('follows the sandbox clock offset when checking skew', async () => {
    sb.control.setClockOffset(3600);
    try {
      expect((await call(sb, DEMO_SP, 'POST', path, { body: {} })).status).toBe(401);
      expect((await call(sb, DEMO_SP, 'POST', path, { body: {}, date: new Date(Date.now() + 3600_000) })).status).toBe(200);
    } finally {
      sb.control.setClockOffset(0);
    }
  });

  it('answers an IAM token with 401 CBC.0154 (the sandbox issues no tokens)', async () => {
    const r = await send(path, { 'X-Auth-Token': 'abc', 'Content-Type': 'application/json' }, '{}');
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body).error_code).toBe('CBC.0154');
  });

  it('answers an unknown path with 404 and an X-Request-Id', async () => {
    const r = await call(sb, DEMO_SP, 'GET', '/v2/nothing-here');
    expect(r.status).toBe(404);
    expect(r.headers.get('x-request-id')).toBeTruthy();
  });
});

describe('rate limits', () => {
  it('lets 10 requests per second through per operation and answers the 11th with 429 APIG.0308', async () => {
    const replies = await Promise.all(Array.from({ length: 11 }, () => call(sb, DEMO_SP, 'GET', '/v2/accounts/partner-accounts/balances')));
    const throttled = replies.filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThanOrEqual(1);
    expect(throttled[0]?.json.error_code).toBe('APIG.0308');
    expect(throttled[0]?.json.error_msg).toContain('limit:10,time:1 second');
  });

  it('allows 20 per second for account-change records', async () => {
    const replies = await Promise.all(Array.from({ length: 20 }, () => call(sb, DEMO_SP, 'GET', '/v2/accounts/partner-accounts/account-change-records', { query: { balance_type: 'BALANCE_TYPE_DEBIT' } })));
    expect(replies.filter((r) => r.status === 429).length).toBeLessThanOrEqual(1);
  });
});
