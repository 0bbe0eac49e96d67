// The voucher read side after a sync: the T1's child quotas and its quota grant/reclaim log
// (ListCouponQuotasRecords), quota restrictions kept structured, and what a reclaim of a
// coupon actually took back — all answered by the review queries from the store.
import { afterEach, describe, expect, it } from 'vitest';
import { childQuotasQuery, customersQuery, issuedCouponsQuery, quotaRecordsQuery, quotasQuery } from '../../../shared/contract/channels/review';
import type { ChildQuotaRow, CustomerRow, IssuedCouponRow, QuotaRecordRow } from '../../../shared/contract/channels/review';
import { quotaPage, tablePage } from '../../../electron/core/review/review-queries';
import { call, DEMO_SP, DEMO_T1, OTHER_T2, T2 } from '../sandbox/helpers';
import { count, syncRig, type SyncRig } from './harness';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const T1_QUOTA = 'QT1A00000000000000000001';
// Record windows end on a whole second (the API's time format); records made in the same
// second as the sync would wait for the next one, so these syncs look a minute ahead.
const soon = () => new Date(Date.now() + 60_000).toISOString();

describe('voucher lists in the store', () => {
  it('keeps the T1 child quotas and every grant and reclaim of them, searchable and filterable', async () => {
    rig = await syncRig('T1');
    const sb = rig.sandbox;
    const grant = await call(sb, DEMO_T1, 'POST', '/v2/partners/coupon-quotas/indirect-partner-adjust', {
      body: { quota_id: T1_QUOTA, indirect_partner_ids: [T2, OTHER_T2], quota_amount: '25.50' },
    });
    const children = grant.json.simple_quota_infos as { id: string; quota_id: string }[];
    expect(children).toHaveLength(2);
    const reclaimed = children.find((c) => c.id === OTHER_T2)!.quota_id;
    await call(sb, DEMO_T1, 'POST', '/v2/partners/coupon-quotas/indirect-partner-reclaim', { body: { quota_ids: [reclaimed], remark: 'season over' } });

    rig.service.start({ lists: ['resellers', 'childQuotas', 'quotaRecords'], recordsTo: soon() });
    await rig.service.whenIdle();
    // A first sync reaches one year back.
    const yearAgo = Date.now() - 365 * 86_400_000;
    const inSandbox = sb.control.sandbox.world.store.quotaRecords.filter((r) => r.t1Id === DEMO_T1.domainId && r.time >= yearAgo).length;
    expect(inSandbox).toBeGreaterThanOrEqual(3);
    expect(rig.service.status().lists.find((l) => l.list === 'quotaRecords')).toMatchObject({ state: 'done', rowCount: inSandbox });

    const records = tablePage<QuotaRecordRow>(rig.store, 'quotaRecords', quotaRecordsQuery.parse({ limit: 1000 }) as never);
    expect(records.asOf).not.toBeNull();
    expect(records.rows.map((r) => [r.operationType, r.indirectPartnerId, r.amount, r.result])).toEqual(
      expect.arrayContaining([
        ['10', T2, '25.5', '0'],
        ['10', OTHER_T2, '25.5', '0'],
        ['11', OTHER_T2, '25.5', '0'],
      ]),
    );
    const reclaims = tablePage<QuotaRecordRow>(rig.store, 'quotaRecords', quotaRecordsQuery.parse({ filters: { operationType: '11' } }) as never);
    expect(reclaims.rows).toContainEqual(expect.objectContaining({ quotaId: reclaimed, parentQuotaId: T1_QUOTA, remark: 'season over' }));
    const byQuota = tablePage<QuotaRecordRow>(rig.store, 'quotaRecords', quotaRecordsQuery.parse({ search: reclaimed.toLowerCase() }) as never);
    expect(byQuota.rows.map((r) => r.operationType).sort()).toEqual(['10', '11']);
    const ofT2 = tablePage<QuotaRecordRow>(rig.store, 'quotaRecords', quotaRecordsQuery.parse({ filters: { indirectPartnerId: OTHER_T2, operationType: '11' } }) as never);
    expect(ofT2.rows.map((r) => r.quotaId)).toContain(reclaimed);

    const live = quotaPage(rig.store, 'childQuotas', childQuotasQuery.parse({ filters: { quotaStatus: [0] } }) as never);
    const mine = live.rows.filter((r) => children.some((c) => c.quota_id === r.quotaId)) as ChildQuotaRow[];
    expect(mine).toEqual([expect.objectContaining({ indirectPartnerId: T2, balance: '25.5', parentQuotaId: T1_QUOTA })]);
    const byIds = quotaPage(rig.store, 'childQuotas', childQuotasQuery.parse({ filters: { quotaIds: [reclaimed], deleted: 'include' } }) as never);
    expect(byIds.rows.map((r) => [r.quotaId, r.quotaStatus])).toEqual([[reclaimed, 6]]);
    expect(count(rig.store, 'child_quotas WHERE quota_id = ? AND quota_status = 6', reclaimed)).toBe(1);
  });

  it('keeps quota restrictions structured and shows the amount a reclaim actually took back', async () => {
    rig = await syncRig('SP');
    const sb = rig.sandbox;
    const quotas = await call(sb, DEMO_SP, 'POST', '/v2/partners/coupon-quotas/query', { body: { limit: 100 } });
    const ruled = (quotas.json.quotas as { quota_id: string; limit_infos: unknown[] }[]).find((q) => q.limit_infos.length > 0)!;
    const plain = (quotas.json.quotas as { quota_id: string; quota_status: number; limit_infos: unknown[]; balance: number }[]).find(
      (q) => q.limit_infos.length === 0 && q.quota_status === 0 && q.balance > 100,
    )!;
    const customer = (await (await fetch(`${sb.url}/_sandbox/customers?owner=${DEMO_SP.domainId}&association_type=2&limit=1`)).json()) as { customers: { id: string }[] };
    const customerId = customer.customers[0]!.id;
    const issued = await call(sb, DEMO_SP, 'POST', '/v2/promotions/benefits/partner-coupons', {
      body: { quota_id: plain.quota_id, customer_ids: [customerId], face_value: '40.00' },
    });
    const couponId = issued.json.coupon_infos[0].coupon_id as string;
    await call(sb, DEMO_SP, 'POST', '/v2/promotions/benefits/partner-coupons/reclaim', { body: { coupon_id: couponId } });

    rig.service.start({ lists: ['customers', 'quotas', 'issuedCoupons', 'couponRecords'], recordsTo: soon() });
    await rig.service.whenIdle();

    const page = quotaPage(rig.store, 'quotas', quotasQuery.parse({ limit: 100 }) as never);
    const row = page.rows.find((r) => r.quotaId === ruled.quota_id)!;
    expect(row.limitInfos).toEqual(ruled.limit_infos.map((l) => {
      const info = l as { limit_key: string; limit_values: { value1: string; value2: string }[] };
      return { key: info.limit_key, values: info.limit_values.map((v) => ({ value1: v.value1, value2: v.value2 })) };
    }));
    expect(page.rows.find((r) => r.quotaId === plain.quota_id)!.limitInfos).toBeNull();

    const coupons = tablePage<IssuedCouponRow>(rig.store, 'issuedCoupons', issuedCouponsQuery.parse({ filters: { customerId, deleted: 'include' } }) as never);
    expect(coupons.rows.find((c) => c.couponId === couponId)).toMatchObject({ status: 5, faceValue: '40', reclaimedAmount: '40' });

    // Exactly the rows an operator ticked: by coupon ids and by customer ids.
    const ticked = tablePage<IssuedCouponRow>(rig.store, 'issuedCoupons', issuedCouponsQuery.parse({ filters: { couponIds: [couponId, 'no-such-coupon'], deleted: 'include' } }) as never);
    expect(ticked.rows.map((c) => c.couponId)).toEqual([couponId]);
    const some = tablePage<CustomerRow>(rig.store, 'customers', customersQuery.parse({ filters: { customerIds: [customerId, 'nobody'] } }) as never);
    expect(some.rows.map((c) => c.customerId)).toEqual([customerId]);
  });
});
