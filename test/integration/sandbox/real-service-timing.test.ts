// What makes a money engine double-spend on the real service, shown by the sandbox: a server clock
// that is not the client's (the Date header tells it), record lists that lag behind the write while
// balances change at once, and errors after the commit that carry no Huawei error code.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { call, customerOf, DEMO_SP, DEMO_T1, start, T2, type Reply } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start({ customers: 60 });
});
afterAll(() => sb.close());
afterEach(async () => {
  await control('POST', '/_sandbox/clock', { offsetSeconds: 0 });
  await control('DELETE', '/_sandbox/record-lag');
  await control('DELETE', '/_sandbox/faults');
});

async function control(method: string, path: string, body?: unknown): Promise<Reply> {
  const res = await fetch(`${sb.url}${path}`, { method, ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } } : {}) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: text ? JSON.parse(text) : undefined };
}

/** Moves the sandbox clock `seconds` further, as waiting that long would. */
async function advanceClock(seconds: number): Promise<void> {
  const { offsetSeconds } = (await control('GET', '/_sandbox/clock')).json as { offsetSeconds: number };
  await control('POST', '/_sandbox/clock', { offsetSeconds: offsetSeconds + seconds });
}

/** How far the Date header of an answer is from the real clock, in seconds. */
const dateSkew = (r: Reply): number => (Date.parse(r.headers.get('date') ?? '') - Date.now()) / 1000;

const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const balances = () => call(sb, DEMO_SP, 'GET', '/v2/accounts/partner-accounts/balances');
const grant = (customer: string, amount: string) => call(sb, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/adjust-amount', { body: { customer_id: customer, amount } });
const adjustRecords = (transId: string) => call(sb, DEMO_SP, 'GET', '/v3/accounts/partner-accounts/adjust-records', { query: { trans_id: transId } });
const quotaBalance = async (who: typeof DEMO_SP, quotaId: string): Promise<number> =>
  (await call(sb, who, 'POST', '/v2/partners/coupon-quotas/query', { body: { quota_ids: [quotaId] } })).json.quotas[0].balance;
/** `total_count` of each list, read now. */
const counts = (...lists: (() => Promise<Reply>)[]): Promise<number[]> => Promise.all(lists.map(async (list) => (await list()).json.total_count as number));
const customerBalance = async (customer: string): Promise<number> =>
  (await call(sb, DEMO_SP, 'POST', '/v2/accounts/customer-accounts/balances/batch-query', { body: { customer_infos: [{ customer_id: customer }] } })).json.customer_balances[0].amount;

describe('the Date header tells the sandbox clock', () => {
  it('is an RFC 7231 date of the real time while the clock has no offset', async () => {
    const r = await balances();
    expect(r.headers.get('date')).toMatch(IMF_FIXDATE);
    expect(Math.abs(dateSkew(r))).toBeLessThanOrEqual(2);
  });

  it('runs ten minutes behind on every answer — API, signature error, 429, fault, control — when the clock is set to −600 s', async () => {
    await control('POST', '/_sandbox/clock', { offsetSeconds: -600 });
    const answers: Record<string, Reply> = { api: await balances() };
    answers.signature = await call(sb, { ...DEMO_SP, sk: 'not-the-secret' }, 'GET', '/v2/accounts/partner-accounts/balances');
    await control('POST', '/_sandbox/faults', { operation: 'ListPartnerBalances', kind: 'throttle', times: 1 });
    answers.throttled = await balances();
    await control('POST', '/_sandbox/faults', { operation: 'ListPartnerBalances', kind: 'error-after-commit', times: 1, body: 'none' });
    answers.fault = await balances();
    answers.control = await control('GET', '/_sandbox/clock');
    expect(Object.fromEntries(Object.entries(answers).map(([k, r]) => [k, r.status]))).toEqual({ api: 200, signature: 401, throttled: 429, fault: 500, control: 200 });
    for (const [what, r] of Object.entries(answers)) {
      expect(r.headers.get('date'), what).toMatch(IMF_FIXDATE);
      expect(Math.abs(dateSkew(r) + 600), what).toBeLessThanOrEqual(2);
    }
  });

  it('keeps checking X-Sdk-Date against the sandbox clock (±15 min), not the real one', async () => {
    await control('POST', '/_sandbox/clock', { offsetSeconds: -600 });
    const server = new Date(Date.parse((await balances()).headers.get('date') ?? ''));
    expect((await balances()).status).toBe(200); // the real time is 10 min ahead: inside ±15 min
    expect((await call(sb, DEMO_SP, 'GET', '/v2/accounts/partner-accounts/balances', { date: new Date(server.getTime() + 16 * 60_000) })).status).toBe(401);
    expect((await call(sb, DEMO_SP, 'GET', '/v2/accounts/partner-accounts/balances', { date: new Date(server.getTime() - 14 * 60_000) })).status).toBe(200);
  });
});

describe('records appear late (record lag per write operation)', () => {
  it('hides a grant\'s adjust record for 90 s while the customer balance moves at once; the record keeps its apply time', async () => {
    await control('POST', '/_sandbox/record-lag', { operation: 'UpdateCustomerAccountAmount', seconds: 90 });
    const customer = customerOf(sb, DEMO_SP.domainId, { resale: true, funded: true });
    const before = await customerBalance(customer);
    const appliedAt = Date.now();
    const r = await grant(customer, '12.34');
    expect(r.status).toBe(200);
    expect(await customerBalance(customer)).toBeCloseTo(before + 12.34, 2);
    expect((await adjustRecords(r.json.transfer_id)).json).toEqual({ total_count: 0, records: [] });

    await advanceClock(60);
    expect((await adjustRecords(r.json.transfer_id)).json.total_count).toBe(0);
    await advanceClock(31);
    const found = (await adjustRecords(r.json.transfer_id)).json;
    expect(found.records).toEqual([expect.objectContaining({ customer_id: customer, amount: '12.34', operation_type: 'SOURCE_OPERATION_BEADJUST' })]);
    expect(Math.abs(Date.parse(found.records[0].operation_time) - appliedAt)).toBeLessThanOrEqual(2000);
  });

  it('applies per operation: a lag on grants leaves reclaim records on time', async () => {
    await control('POST', '/_sandbox/record-lag', { operation: 'UpdateCustomerAccountAmount', seconds: 90 });
    const customer = customerOf(sb, DEMO_SP.domainId, { resale: true, funded: true });
    const r = await call(sb, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/reclaim', { body: { customer_id: customer, amount: '1.00' } });
    expect((await adjustRecords(r.json.trans_id)).json.total_count).toBe(1);
  });

  it('lets a named operation override `*`, and a T1\'s T2 funding records lag under `*`', async () => {
    await control('POST', '/_sandbox/record-lag', { operation: '*', seconds: 120 });
    await control('POST', '/_sandbox/record-lag', { operation: 'ReclaimToPartnerAccount', seconds: 0 });
    const customer = customerOf(sb, DEMO_SP.domainId, { resale: true, funded: true });
    const reclaim = await call(sb, DEMO_SP, 'POST', '/v2/accounts/partner-accounts/reclaim', { body: { customer_id: customer, amount: '1.00' } });
    expect((await adjustRecords(reclaim.json.trans_id)).json.total_count).toBe(1);

    const t2Grant = await call(sb, DEMO_T1, 'POST', '/v2/accounts/partner-accounts/indirect-partner-adjust', { body: { indirect_partner_id: T2, amount: '5.00' } });
    const t1Records = () => call(sb, DEMO_T1, 'GET', '/v3/accounts/partner-accounts/adjust-records', { query: { trans_id: t2Grant.json.transfer_id } });
    expect((await t1Records()).json.total_count).toBe(0);
    await advanceClock(121);
    expect((await t1Records()).json.total_count).toBe(1);
  });

  it('hides an issued coupon and its issue record for the lag of CreatePartnerCoupons; the quota balance drops at once', async () => {
    await control('POST', '/_sandbox/record-lag', { operation: 'CreatePartnerCoupons', seconds: 300 });
    const before = await quotaBalance(DEMO_SP, 'QSPA00000000000000000011');
    const issued = await call(sb, DEMO_SP, 'POST', '/v2/promotions/benefits/partner-coupons', {
      body: { quota_id: 'QSPA00000000000000000011', customer_ids: [customerOf(sb, DEMO_SP.domainId, { resale: true })], face_value: '20' },
    });
    const couponId = issued.json.coupon_infos[0].coupon_id as string;
    expect(await quotaBalance(DEMO_SP, 'QSPA00000000000000000011')).toBeCloseTo(before - 20, 2);
    const coupons = () => call(sb, DEMO_SP, 'GET', '/v2/promotions/benefits/partner-coupons', { query: { coupon_id: couponId } });
    const records = () => call(sb, DEMO_SP, 'GET', '/v2/promotions/benefits/partner-coupons/records/query', { query: { coupon_ids: couponId } });
    expect(await counts(coupons, records)).toEqual([0, 0]);

    await advanceClock(301);
    expect(await counts(coupons, records)).toEqual([1, 1]);

    await control('POST', '/_sandbox/record-lag', { operation: 'ReclaimPartnerCoupons', seconds: 60 });
    expect((await call(sb, DEMO_SP, 'POST', '/v2/promotions/benefits/partner-coupons/reclaim', { body: { coupon_id: couponId } })).status).toBe(204);
    expect((await coupons()).json.user_coupons[0]).toMatchObject({ status: 5, balance: 0 }); // the coupon itself changes at once
    expect((await records()).json.records.map((r: { operation_type: string }) => r.operation_type)).toEqual(['1']);
    await advanceClock(61);
    expect((await records()).json.records.map((r: { operation_type: string }) => r.operation_type)).toEqual(['2', '1']);
  });

  it('hides a T2\'s new child quota and its grant record for the lag of UpdateCouponQuotas; the parent quota drops at once', async () => {
    await control('POST', '/_sandbox/record-lag', { operation: 'UpdateCouponQuotas', seconds: 45 });
    const before = await quotaBalance(DEMO_T1, 'QT1A00000000000000000001');
    const r = await call(sb, DEMO_T1, 'POST', '/v2/partners/coupon-quotas/indirect-partner-adjust', {
      body: { quota_id: 'QT1A00000000000000000001', indirect_partner_ids: [T2], quota_amount: '7.00' },
    });
    const child = r.json.simple_quota_infos[0].quota_id as string;
    expect(await quotaBalance(DEMO_T1, 'QT1A00000000000000000001')).toBeCloseTo(before - 7, 2);
    const issued = () => call(sb, DEMO_T1, 'GET', '/v2/partners/issued-coupon-quotas', { query: { quota_id: child } });
    const records = () => call(sb, DEMO_T1, 'GET', '/v2/partners/coupon-quotas/records', { query: { quota_id: child } });
    expect(await counts(issued, records)).toEqual([0, 0]);
    await advanceClock(46);
    expect(await counts(issued, records)).toEqual([1, 1]);
  });

  it('is set, listed and removed through /_sandbox/record-lag, refuses unknown operations, and shows in GET /_sandbox', async () => {
    expect((await control('POST', '/_sandbox/record-lag', { operation: '*', seconds: 30 })).json.lags).toEqual([{ operation: '*', seconds: 30 }]);
    await control('POST', '/_sandbox/record-lag', { operation: 'ReclaimCouponQuotas', seconds: 10 });
    expect((await control('GET', '/_sandbox/record-lag')).json).toMatchObject({
      lags: [{ operation: '*', seconds: 30 }, { operation: 'ReclaimCouponQuotas', seconds: 10 }], operations: expect.arrayContaining(['UpdateCustomerAccountAmount']),
    });
    const described = (await control('GET', '/_sandbox')).json;
    expect(described.recordLags).toHaveLength(2);
    expect(described.recordLagOperations).toContain('CreatePartnerCoupons');
    expect(described.faultBodies).toEqual(['huawei', 'none', 'html']);

    expect((await control('DELETE', '/_sandbox/record-lag/*')).status).toBe(204);
    expect((await control('DELETE', '/_sandbox/record-lag/*')).status).toBe(404);
    expect((await control('POST', '/_sandbox/record-lag', { operation: 'ListPartnerBalances', seconds: 5 })).status).toBe(400);
    expect((await control('POST', '/_sandbox/record-lag', { operation: '*', seconds: -1 })).status).toBe(400);
    expect((await control('POST', '/_sandbox/record-lag', { operation: '*', seconds: '90' })).status).toBe(400);
    expect((await control('DELETE', '/_sandbox/record-lag')).status).toBe(204);
    expect((await control('GET', '/_sandbox/record-lag')).json.lags).toEqual([]);
  });
});

describe('errors without a Huawei error code (fault `body`)', () => {
  const customer = () => customerOf(sb, DEMO_SP.domainId, { resale: true });
  const lastLogSeq = (): number => sb.control.log().at(-1)?.seq ?? 0;

  it('answers a bare 400 with an empty body after committing the grant (body: none)', async () => {
    await control('POST', '/_sandbox/faults', { operation: 'UpdateCustomerAccountAmount', kind: 'error-after-commit', status: 400, body: 'none', times: 1 });
    const seq = lastLogSeq();
    const r = await grant(customer(), '3.00');
    expect([r.status, r.text, r.headers.get('content-type')]).toEqual([400, '', null]);
    expect(sb.control.log(seq)).toEqual([expect.objectContaining({ operation: 'UpdateCustomerAccountAmount', amount: '3.00' })]);
  });

  it('answers a gateway HTML page after committing the grant (body: html)', async () => {
    await control('POST', '/_sandbox/faults', { operation: 'UpdateCustomerAccountAmount', kind: 'error-after-commit', status: 400, body: 'html', times: 1 });
    const seq = lastLogSeq();
    const r = await grant(customer(), '3.00');
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    expect(r.text).toContain('<title>400 Bad Request</title>');
    expect(r.text).not.toMatch(/CBC\.|APIG\.|error_code/);
    expect(sb.control.log(seq)).toHaveLength(1);
  });

  it('keeps the Huawei form CBC.0999 by default (body: huawei)', async () => {
    await control('POST', '/_sandbox/faults', { operation: 'UpdateCustomerAccountAmount', kind: 'error-after-commit', status: 400, times: 1 });
    const r = await grant(customer(), '3.00');
    expect([r.status, r.json.error_code]).toEqual([400, 'CBC.0999']);
  });

  it('answers the same bare forms before the commit, applying nothing', async () => {
    const seq = lastLogSeq();
    await control('POST', '/_sandbox/faults', { operation: 'UpdateCustomerAccountAmount', kind: 'error-before-commit', status: 502, body: 'html', times: 1 });
    const html = await grant(customer(), '3.00');
    expect([html.status, html.text.includes('<h1>502 Bad Gateway</h1>')]).toEqual([502, true]);
    await control('POST', '/_sandbox/faults', { operation: 'UpdateCustomerAccountAmount', kind: 'error-before-commit', status: 400, body: 'none', times: 1 });
    const bare = await grant(customer(), '3.00');
    expect([bare.status, bare.text]).toEqual([400, '']);
    expect(sb.control.log(seq)).toEqual([]);
  });

  it('refuses an unknown body form or a status outside 400–599', async () => {
    expect((await control('POST', '/_sandbox/faults', { operation: '*', kind: 'error-after-commit', body: 'xml' })).status).toBe(400);
    expect((await control('POST', '/_sandbox/faults', { operation: '*', kind: 'error-after-commit', status: 200 })).status).toBe(400);
  });
});
