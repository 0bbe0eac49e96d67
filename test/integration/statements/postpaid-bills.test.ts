// The international site's postpaid bill per month (ListPostpaidBillSum, §7.7): fetched per
// month from the sandbox's international demo partner, kept for offline review, later fetches
// merged month by month; months outside Huawei's window and the China site refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../electron/core/infra/http';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import { postpaidWindow, readPostpaidBills, syncPostpaidBills } from '../../../electron/core/invoices/postpaid-bills';
import { addMonths } from '../../../electron/core/statements/period';
import { DEMO_INTL, startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';

let sb: RunningSandbox;
let dir: string;
let client: ReturnType<typeof createHttpClient>;
const now = new Date();
const current = now.toISOString().slice(0, 7);

beforeAll(async () => {
  sb = await startSandbox({ customers: 50, seed: 4, latencyMs: 40 });
  dir = mkdtempSync(join(tmpdir(), 'pd-postpaid-'));
  client = createHttpClient({
    endpoint: sb.url, site: 'intl', maxReadRetries: 0,
    credentials: { ak: DEMO_INTL.ak, domainId: DEMO_INTL.domainId, getSecret: async () => DEMO_INTL.sk },
  });
});
afterAll(async () => {
  client.close();
  await sb.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('our postpaid bill (international site)', () => {
  it('starts empty, then keeps each fetched month with its amounts as exact decimal text, newest first', async () => {
    expect(readPostpaidBills(dir)).toEqual({ fetchedAt: null, rows: [] });
    const months = [addMonths(current, -2), addMonths(current, -1)];
    const got = await syncPostpaidBills(createPartnerApi(client), 'intl', dir, months, now);
    expect(got.rows.map((r) => r.billCycle)).toEqual([...months].reverse());
    for (const r of got.rows) {
      expect(r.currency).toBe('USD');
      for (const v of [r.consumeAmount, r.refunds, r.adjustments, r.taxAmount, r.initialAmountDue]) expect(v).toMatch(/^-?\d+(\.\d{1,2})?$/);
      // What is due is what was consumed, refunded, adjusted and taxed (to the cent the sandbox rounds to).
      const sum = new Decimal(r.consumeAmount!).plus(r.refunds!).plus(r.adjustments!).plus(r.taxAmount!);
      expect(sum.minus(r.initialAmountDue!).abs().lte('0.01')).toBe(true);
      expect(r.fetchedAt).toBe(now.toISOString());
    }
    expect(readPostpaidBills(dir)).toEqual(got);
  });

  it('a later fetch of other months keeps the earlier ones and refreshes a month fetched again', async () => {
    const later = new Date(now.getTime() + 60_000);
    const got = await syncPostpaidBills(createPartnerApi(client), 'intl', dir, [addMonths(current, -1), addMonths(current, -5)], later);
    expect(got.rows.map((r) => r.billCycle)).toEqual([addMonths(current, -1), addMonths(current, -2), addMonths(current, -5)]);
    expect(got.rows.find((r) => r.billCycle === addMonths(current, -2))!.fetchedAt).toBe(now.toISOString());
    expect(got.rows.find((r) => r.billCycle === addMonths(current, -1))!.fetchedAt).toBe(later.toISOString());
  });

  it('refuses a month outside the 18 Huawei keeps, and the China site, before anything is written', async () => {
    const before = readPostpaidBills(dir);
    const w = postpaidWindow(now);
    expect(w).toEqual({ from: addMonths(current, -17), to: current });
    await expect(syncPostpaidBills(createPartnerApi(client), 'intl', dir, [addMonths(current, -1), addMonths(current, -18)], now))
      .rejects.toMatchObject({ code: 'POSTPAID_MONTH_OUTSIDE_WINDOW', details: { month: addMonths(current, -18) } });
    await expect(syncPostpaidBills(createPartnerApi(client), 'intl', dir, [addMonths(current, 1)], now)).rejects.toMatchObject({ code: 'POSTPAID_MONTH_OUTSIDE_WINDOW' });
    await expect(syncPostpaidBills(createPartnerApi(client), 'cn', dir, [current], now)).rejects.toMatchObject({ code: 'POSTPAID_INTL_ONLY' });
    expect(readPostpaidBills(dir)).toEqual(before);
  });

  it('a failed month leaves the last good snapshot untouched', async () => {
    const before = readPostpaidBills(dir);
    sb.control.addFault({ operation: 'ListPostpaidBillSum', kind: 'error-before-commit', times: 1 });
    await expect(syncPostpaidBills(createPartnerApi(client), 'intl', dir, [addMonths(current, -3), addMonths(current, -4)], now)).rejects.toMatchObject({ code: 'API_HUAWEI_ERROR' });
    expect(readPostpaidBills(dir)).toEqual(before);
  });
});
