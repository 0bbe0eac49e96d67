// The /_sandbox/ control API over HTTP: faults, ledger, log, clock, reset — loopback only, by
// socket and by Host header.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { call, customerOf, DEMO_SP, start } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start({ customers: 50 });
});
afterAll(() => sb.close());

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

/** Raw HTTP so the test controls the Host header. */
function control(method: string, path: string, o: { body?: unknown; raw?: string; host?: string } = {}): Promise<Answer> {
  const url = new URL(path, sb.url);
  const text = o.raw ?? (o.body === undefined ? undefined : JSON.stringify(o.body));
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { Host: o.host ?? url.host, ...(text !== undefined ? { 'Content-Type': 'application/json' } : {}) } }, (res) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: data ? JSON.parse(data) : undefined }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

const balances = (date?: Date) => call(sb, DEMO_SP, 'GET', '/v2/accounts/partner-accounts/balances', date ? { date } : {});

describe('control API', () => {
  it('describes the sandbox: accounts, fixture accounts, operations and fault kinds', async () => {
    const r = await control('GET', '/_sandbox');
    expect(r.status).toBe(200);
    expect(r.json.accounts).toHaveLength(2);
    expect(r.json.fixtureAccounts.length).toBeGreaterThan(0);
    expect(r.json.operations).toContain('UpdateCustomerAccountAmount');
    expect(r.json.faultKinds).toContain('drop-after-commit');
  });

  it('adds a one-shot fault that fires once and is gone, removes one by id, and clears all', async () => {
    const added = await control('POST', '/_sandbox/faults', { body: { operation: 'ListPartnerBalances', kind: 'throttle', times: 1 } });
    expect(added.status).toBe(201);
    expect((await control('GET', '/_sandbox/faults')).json.faults).toEqual([expect.objectContaining({ id: added.json.id, kind: 'throttle' })]);
    expect((await balances()).status).toBe(429);
    expect((await balances()).status).toBe(200);
    expect((await control('GET', '/_sandbox/faults')).json.faults).toEqual([]);

    const second = await control('POST', '/_sandbox/faults', { body: { operation: '*', kind: 'error-before-commit' } });
    expect((await control('DELETE', `/_sandbox/faults/${second.json.id}`)).status).toBe(204);
    expect((await control('DELETE', `/_sandbox/faults/${second.json.id}`)).status).toBe(404);
    await control('POST', '/_sandbox/faults', { body: { operation: '*', kind: 'delay', delayMs: 1 } });
    expect((await control('DELETE', '/_sandbox/faults')).status).toBe(204);
    expect((await control('GET', '/_sandbox/faults')).json.faults).toEqual([]);
  });

  it('refuses a fault it does not know (400)', async () => {
    expect((await control('POST', '/_sandbox/faults', { body: { operation: '*', kind: 'meteor' } })).status).toBe(400);
    expect((await control('POST', '/_sandbox/faults', { body: { operation: '*', kind: 'throttle', probability: 2 } })).status).toBe(400);
  });

  it('shows in the ledger and the log what a grant did, with money conserved', async () => {
    const before = (await control('GET', '/_sandbox/ledger')).json;
    const seq = ((await control('GET', '/_sandbox/log')).json.entries as { seq: number }[]).at(-1)?.seq ?? 0;
    const customer = customerOf(sb, DEMO_SP.domainId, { resale: true });
    const grant = await call(sb, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/adjust-amount', { body: { customer_id: customer, amount: '7.50' } });
    const after = (await control('GET', '/_sandbox/ledger')).json;
    expect(after.moneyTotal).toBe(before.moneyTotal);
    expect(Number(after.customerBalanceTotal) - Number(before.customerBalanceTotal)).toBeCloseTo(7.5, 2);
    const log = (await control('GET', `/_sandbox/log?since=${seq}`)).json.entries;
    expect(log).toEqual([expect.objectContaining({ operation: 'UpdateCustomerAccountAmount', customerId: customer, amount: '7.50', transId: grant.json.transfer_id })]);
  });

  it('moves the sandbox clock: requests signed with the real time are then outside ±15 minutes', async () => {
    const set = await control('POST', '/_sandbox/clock', { body: { offsetSeconds: 3600 } });
    expect(set.json.offsetSeconds).toBe(3600);
    try {
      expect(Date.parse((await control('GET', '/_sandbox/clock')).json.now) - Date.now()).toBeGreaterThan(3500_000);
      expect((await balances()).status).toBe(401);
      expect((await balances(new Date(Date.now() + 3600_000))).status).toBe(200);
    } finally {
      await control('POST', '/_sandbox/clock', { body: { offsetSeconds: 0 } });
    }
    expect((await control('POST', '/_sandbox/clock', { body: { offsetSeconds: 'soon' } })).status).toBe(400);
  });

  it('resets to the freshly seeded data, clearing faults and the log', async () => {
    const fresh = await start({ customers: 50 });
    const seeded = fresh.control.ledger();
    await fresh.close();
    await call(sb, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/adjust-amount', { body: { customer_id: customerOf(sb, DEMO_SP.domainId, { resale: true }), amount: 1 } });
    await control('POST', '/_sandbox/faults', { body: { operation: '*', kind: 'throttle' } });
    expect((await control('POST', '/_sandbox/reset')).status).toBe(204);
    expect((await control('GET', '/_sandbox/ledger')).json).toEqual(JSON.parse(JSON.stringify(seeded)));
    expect((await control('GET', '/_sandbox/log')).json.entries).toEqual([]);
    expect((await control('GET', '/_sandbox/faults')).json.faults).toEqual([]);
  });

  it('answers 404 for an unknown endpoint and 400 for a body that is not JSON', async () => {
    expect((await control('GET', '/_sandbox/nothing')).status).toBe(404);
    expect((await control('POST', '/_sandbox/faults', { raw: '{oops' })).status).toBe(400);
  });

  it('accepts localhost as Host and refuses any other Host (DNS rebinding), changing nothing', async () => {
    const port = new URL(sb.url).port;
    expect((await control('GET', '/_sandbox', { host: `localhost:${port}` })).status).toBe(200);
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`]) {
      const r = await control('POST', '/_sandbox/faults', { host, body: { operation: '*', kind: 'throttle' } });
      expect(r.status, host).toBe(403);
    }
    expect((await control('GET', '/_sandbox/faults')).json.faults).toEqual([]);
  });
});
