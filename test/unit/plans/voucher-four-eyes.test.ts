// A voucher plan goes through the same four eyes as a funding plan, and the signature binds
// its settings too: the quota, the T2 and each row's validity travel in the plan file, the
// approver's workstation resolves them against its own store, and changing any of them after
// the approval voids it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../../shared/contract/channels/plans';
import { openJournalDb, type JournalDb } from '../../../electron/core/infra/journal/database';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import { FakeWire } from '../journal/fake-wire';
import { b64, desk, enrol, executorPort, FETCHED, journaledExecutor, seedStore, type Desk } from './fixtures';

let stores: LocalStore[];
let operations: JournalDb;
let author: Desk;
let approver: Desk;

/** A synced store with two resale customers and two of the partner's own quotas. */
function storeWithQuotas(): LocalStore {
  const store = LocalStore.open(':memory:');
  seedStore(store.db, { customers: [{ id: 'c1', login: 'alpha' }, { id: 'c2', login: 'beta' }] });
  const q = store.db.prepare('INSERT INTO quotas (quota_id, quota_type, balance, quota_status, effective_time, expire_time, fetched_at) VALUES (?, 0, ?, 0, ?, ?, ?)');
  q.run('Q1', '1000.00', '2020-01-01T00:00:00Z', '2099-01-01T00:00:00Z', FETCHED);
  q.run('Q2', '1000.00', '2020-01-01T00:00:00Z', '2099-01-01T00:00:00Z', FETCHED);
  stores.push(store);
  return store;
}

beforeEach(() => {
  stores = [];
  operations = openJournalDb(':memory:');
  author = desk(storeWithQuotas(), executorPort(journaledExecutor(new FakeWire(), operations)), operations);
  approver = desk(storeWithQuotas());
});
afterEach(() => {
  stores.forEach((s) => s.close());
  operations.close();
});

const SHEET = 'customer_id,face_value,memo,valid_time,expire_time\nc1,50,promo,,\nbeta,20,promo,2030-01-01T00:00:00Z,2030-02-01T00:00:00Z\n';

async function approvedCouponPlan(): Promise<PlanDetail> {
  await enrol(author, 'bob', approver);
  const imported = await author.service.importSheet({ fileName: 'promo.csv', kind: 'issue-coupons', contentBase64: b64(SHEET), params: { quotaId: 'Q1' } }, 'alice');
  expect(imported.problems).toEqual([]);
  expect(imported.rows.map((r) => r.problems)).toEqual([[], []]);
  const plan = await author.service.save({ id: imported.id });
  const review = await approver.service.importPlanFile((await author.service.exportPlanFile(plan.id)).content);
  // The approver's desk resolved the same content from its own store: same hash, same settings.
  expect(review).toMatchObject({ contentHash: plan.contentHash, params: { quotaId: 'Q1' }, problems: [] });
  expect(review.rows[1]).toMatchObject({ validTime: '2030-01-01T00:00:00Z', details: { quotaId: 'Q1', validTime: '2030-01-01T00:00:00Z' } });
  await approver.service.approve({ id: plan.id, contentHash: review.contentHash }, 'bob');
  return author.service.importApproval((await approver.service.exportApproval(plan.id)).content);
}

describe('four eyes on voucher plans', () => {
  it('a coupon plan is approved across workstations with its quota and validity bound by the signature', async () => {
    const plan = await approvedCouponPlan();
    expect(plan.approvalValid).toBe(true);
    await author.service.assertApproved(plan.id);
  });

  it('another quota after the approval voids it: the plan is a draft again and cannot run', async () => {
    const plan = await approvedCouponPlan();
    const changed = await author.service.setParams({ id: plan.id, params: { quotaId: 'Q2' } });
    expect(changed.contentHash).not.toBe(plan.contentHash);
    expect(changed).toMatchObject({ status: 'draft', approval: null, approvalValid: false });
    await expect(author.service.execute(plan.id, 'alice')).rejects.toMatchObject({ code: 'PLAN_WRONG_STATE' });
  });

  it('another validity on a row voids it too', async () => {
    const plan = await approvedCouponPlan();
    const row = plan.rows[1]!;
    const changed = await author.service.updateRow({ id: plan.id, index: 1, target: row.target, amount: row.amount, memo: row.memo, validTime: '2030-01-02T00:00:00Z' });
    expect(changed.approvalValid).toBe(false);
    expect(changed.rows[1]!.expireTime).toBe('2030-02-01T00:00:00Z');
  });

  it('a plan file whose settings were edited by hand is refused as tampered', async () => {
    const plan = await approvedCouponPlan();
    const file = JSON.parse((await author.service.exportPlanFile(plan.id)).content) as { params: { quotaId: string } };
    file.params.quotaId = 'Q2';
    const other = desk(storeWithQuotas());
    await expect(other.service.importPlanFile(JSON.stringify(file))).rejects.toMatchObject({ code: 'PLAN_FILE_TAMPERED' });
  });
});
