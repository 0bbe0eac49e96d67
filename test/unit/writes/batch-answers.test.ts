// Odd batch answers: whatever Huawei's per-item answer says, only a documented refusal fails
// an item; an item the answer leaves out, names twice, or refuses with an undocumented code is
// unknown and must be reconciled, and a call that failed as a whole decides every item alike.
import { describe, expect, it } from 'vitest';
import type { PartnerApi } from '../../../electron/core/infra/partner-api';
import { partnerApiWire } from '../../../electron/core/infra/writes/partner-api-wire';
import { chunkCalls } from '../../../electron/core/infra/writes/batches';
import type { WriteCall } from '../../../electron/core/infra/writes/descriptor';
import { ApiError } from '../../../electron/core/infra/http/outcome';

type Answer = { coupon_infos?: { id: string; coupon_id: string }[]; error_details?: { id: string; error_code: string; error_msg: string }[] };

function apiAnswering(answer: Answer | (() => never)): PartnerApi {
  return {
    vouchers: {
      createPartnerCoupons: async () => (typeof answer === 'function' ? answer() : { ...answer, requestId: 'req-1' }),
    },
  } as unknown as PartnerApi;
}

const call = (customer: string, extra: Partial<WriteCall> = {}): WriteCall => ({
  operation: 'issueCoupon', counterpartyId: customer, indirectPartnerId: null, amount: '10.00', details: { quotaId: 'Q1' }, memo: null, ...extra,
});

describe('splitting a CreatePartnerCoupons answer per customer', () => {
  it('gives each named customer its coupon or its documented refusal', async () => {
    const wire = partnerApiWire(apiAnswering({
      coupon_infos: [{ id: 'c1', coupon_id: 'CP1' }],
      error_details: [{ id: 'c2', error_code: 'CBC.99000013', error_msg: 'quota balance insufficient' }],
    }));
    const r = await wire.sendBatch!([call('c1'), call('c2')]);
    expect(r.kind).toBe('items');
    if (r.kind !== 'items') return;
    expect(r.items.get('c1')).toMatchObject({ outcome: 'done', transId: 'CP1', requestId: 'req-1' });
    expect(r.items.get('c2')).toMatchObject({ outcome: 'failed', code: 'CBC.99000013' });
  });

  it('leaves out a customer the answer does not name (the executor then records it unknown)', async () => {
    const wire = partnerApiWire(apiAnswering({ coupon_infos: [{ id: 'c1', coupon_id: 'CP1' }] }));
    const r = await wire.sendBatch!([call('c1'), call('c2')]);
    expect(r.kind === 'items' && r.items.has('c2')).toBe(false);
  });

  it('treats a customer named both done and failed as unknown', async () => {
    const wire = partnerApiWire(apiAnswering({
      coupon_infos: [{ id: 'c1', coupon_id: 'CP1' }],
      error_details: [{ id: 'c1', error_code: 'CBC.99000013', error_msg: '' }],
    }));
    const r = await wire.sendBatch!([call('c1')]);
    expect(r.kind === 'items' && r.items.get('c1')).toMatchObject({ outcome: 'unknown' });
  });

  it('treats an undocumented per-item code (CBC.0999 or none) as unknown, not as a refusal', async () => {
    const wire = partnerApiWire(apiAnswering({
      error_details: [{ id: 'c1', error_code: 'CBC.0999', error_msg: 'other' }, { id: 'c2', error_code: '', error_msg: '' }],
    }));
    const r = await wire.sendBatch!([call('c1'), call('c2')]);
    expect(r.kind === 'items' && [r.items.get('c1')?.outcome, r.items.get('c2')?.outcome]).toEqual(['unknown', 'unknown']);
  });

  it('decides every item alike when the call failed as a whole: a refusal fails all, a lost answer leaves all unknown', async () => {
    const refused = partnerApiWire(apiAnswering(() => {
      throw new ApiError('API_HUAWEI_ERROR', { operation: 'CreatePartnerCoupons', outcome: 'failed', possiblySent: true, status: 400, huaweiCode: 'CBC.99000012', huaweiMessage: 'quota missing' });
    }));
    expect(await refused.sendBatch!([call('c1'), call('c2')])).toMatchObject({ kind: 'whole', result: { outcome: 'failed', code: 'CBC.99000012' } });
    const lost = partnerApiWire(apiAnswering(() => {
      throw new ApiError('API_NETWORK', { operation: 'CreatePartnerCoupons', outcome: 'unknown', possiblySent: true });
    }));
    expect(await lost.sendBatch!([call('c1')])).toMatchObject({ kind: 'whole', result: { outcome: 'unknown' } });
  });
});

describe('chunking intents into calls', () => {
  it('puts at most 100 customers in a call, only with everything else equal, and never one customer twice in a call', () => {
    const many = Array.from({ length: 230 }, (_, i) => call(`c${i}`));
    expect(chunkCalls(many, (c) => c).map((x) => x.length)).toEqual([100, 100, 30]);
    const mixed = [call('a'), call('b', { amount: '20.00' }), call('c'), call('a')];
    expect(chunkCalls(mixed, (c) => c).map((x) => x.map((c) => c.counterpartyId))).toEqual([['a', 'c'], ['b'], ['a']]);
    const funding: WriteCall[] = [1, 2].map((i) => ({ operation: 'fundCustomer', counterpartyId: `f${i}`, indirectPartnerId: null, amount: '1.00', details: null }));
    expect(chunkCalls(funding, (c) => c)).toHaveLength(2);
  });
});

describe('the executor on a batch answer', () => {
  it('journals every item before the call leaves and records an item the answer left out as unknown', async () => {
    const { createMoneyExecutor, Journal, openJournalDb } = await import('../../../electron/core/money');
    const { worldClock } = await import('../../support/world-clock');
    const clock = worldClock();
    const journal = new Journal(openJournalDb(':memory:'), clock.now);
    const statesWhenSent: string[] = [];
    const wire = {
      send: async () => { throw new Error('single send of a batch write'); },
      adjustRecords: async () => [],
      couponRecords: async () => [],
      sendBatch: async (calls: readonly WriteCall[]) => {
        statesWhenSent.push(...journal.list({}, 0, 10).entries.map((e) => e.state));
        return { kind: 'items' as const, requestId: 'req-2', items: new Map([[calls[0]!.counterpartyId, { outcome: 'done' as const, transId: 'CP9', requestId: 'req-2' }]]) };
      },
    };
    const exec = createMoneyExecutor({ journal, wire, profile: { id: 'p', name: 'P', currency: 'CNY' }, reconcile: { now: clock.now } });
    const results = await exec.executeMany(['c1', 'c2'].map((c) => ({ operation: 'issueCoupon' as const, counterpartyId: c, amount: '10.00', details: { quotaId: 'Q1' } })), { operator: 'alice' });
    expect(statesWhenSent).toEqual(['sent', 'sent']);
    expect(results.map((r) => r.ok && [r.entry.state, r.entry.transId, r.entry.message])).toEqual([
      ['done', 'CP9', null],
      ['unknown', null, 'the answer did not name this item'],
    ]);
    expect(new Set(results.map((r) => r.ok && r.entry.batchId)).size).toBe(1);
  });
});
