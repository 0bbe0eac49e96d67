// The plan runner for voucher plans, over the real journal and executor with a scripted
// coupon wire: calls of at most 100 customers, one journal entry per customer, partial answers
// split per customer, a lost answer reconciled from the coupon records, pause between calls,
// resume without a second coupon, and the result export naming coupon ids and reasons.
import { beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { worldClock, type WorldClock } from '../../support/world-clock';
import { effectiveSettleMs } from '../../../electron/core/infra/writes/reconcile';
import type { BatchCallResult, MoneyCall, MoneyWire } from '../../../electron/core/infra/writes/wire';
import type { EvidenceRecord } from '../../../electron/core/infra/writes/descriptor';
import type { WriteResult } from '../../../electron/core/infra/writes/outcome';
import { openJournalDb, type JournalDb } from '../../../electron/core/infra/journal/database';
import { PlanRepository } from '../../../electron/core/plans/plan-repository';
import { PlanRunner } from '../../../electron/core/plans/run/plan-runner';
import { exportResult } from '../../../electron/core/plans/result-export';
import { executorPort, journaledExecutor } from './fixtures';

const QUOTA = 'Q1';

/** CreatePartnerCoupons as a scripted server: issues a coupon per customer unless told otherwise. */
class CouponWire implements MoneyWire {
  readonly calls: MoneyCall[][] = [];
  readonly records: EvidenceRecord[] = [];
  /** Customers refused inside an answer (CBC.50000034: custodied sub-account). */
  refuse = new Set<string>();
  /** The next call is applied but its answer is lost. */
  loseNext = false;
  /** Called before each call is answered (e.g. to pause the run). */
  onCall: (() => void) | null = null;
  private serial = 0;

  async send(): Promise<WriteResult> {
    throw new Error('coupons go out in batch calls');
  }

  async sendBatch(calls: readonly MoneyCall[]): Promise<BatchCallResult> {
    this.calls.push([...calls]);
    this.onCall?.();
    const items = new Map<string, WriteResult>();
    for (const c of calls) {
      if (this.refuse.has(c.counterpartyId)) {
        items.set(c.counterpartyId, { outcome: 'failed', code: 'CBC.50000034', message: 'custodied sub-account', httpStatus: 200, requestId: 'r' });
        continue;
      }
      const couponId = `CP${++this.serial}`;
      this.records.push({ transId: `REC${this.serial}`, customerId: c.counterpartyId, operationType: '1', amount: c.amount, operationTime: new Date().toISOString(), quotaId: QUOTA, couponId });
      items.set(c.counterpartyId, { outcome: 'done', transId: couponId, requestId: 'r' });
    }
    if (this.loseNext) {
      this.loseNext = false;
      return { kind: 'whole', result: { outcome: 'unknown', reason: 'socket closed after sending', requestId: null } };
    }
    return { kind: 'items', items, requestId: 'r' };
  }

  async adjustRecords(): Promise<EvidenceRecord[]> {
    return [];
  }

  async couponRecords(q: { customerId: string; from: Date; to: Date }): Promise<EvidenceRecord[]> {
    return this.records.filter((r) => r.customerId === q.customerId);
  }
}

let operations: JournalDb;
let repo: PlanRepository;
let clock: WorldClock;

function couponPlan(id: string, faceValues: readonly string[]): void {
  const now = new Date().toISOString();
  repo.insert({ id, name: id, kind: 'issue-coupons', params: { quotaId: QUOTA }, status: 'ready', author: 'a', createdAt: now, updatedAt: now, requiresApproval: false,
    contentHash: '0'.repeat(64), total: '0.00', errorRows: 0, problems: [], allocatable: null, approval: null, startedAt: null, finishedAt: null }, []);
  repo.createItems(id, faceValues.map((amount, index) => ({
    index, counterpartyId: `c${index}`, counterpartyName: null, indirectPartnerId: null, amount, memo: '', details: { quotaId: QUOTA },
  })), now);
}

beforeEach(() => {
  operations = openJournalDb(':memory:');
  repo = new PlanRepository(operations);
  clock = worldClock();
});

describe('voucher plans run in batch calls', () => {
  it('sends 250 customers of one face value in calls of 100, 100 and 50, one journal entry and coupon each', async () => {
    const wire = new CouponWire();
    const ex = journaledExecutor(wire, operations, clock);
    couponPlan('p', Array.from({ length: 250 }, () => '20.00'));
    expect(await new PlanRunner('p', { repo, money: executorPort(ex), operator: 'op' }).run()).toBe('finished');
    expect(wire.calls.map((c) => c.length).sort((a, b) => b - a)).toEqual([100, 100, 50]);
    const items = repo.items('p');
    expect(items.every((i) => i.outcome === 'done' && /^CP\d+$/.test(i.transId ?? ''))).toBe(true);
    expect(new Set(items.map((i) => i.transId)).size).toBe(250);
    const entries = (await ex.journal.byPlanItem('p', '7'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ operation: 'issueCoupon', details: { quotaId: QUOTA }, batchId: expect.any(String) });
  });

  it('groups customers by face value so each call carries one value; a refused customer fails with its reason, the rest are issued', async () => {
    const wire = new CouponWire();
    wire.refuse.add('c3');
    const ex = journaledExecutor(wire, operations, clock);
    couponPlan('p', ['10.00', '50.00', '10.00', '50.00', '10.00']);
    await new PlanRunner('p', { repo, money: executorPort(ex), operator: 'op' }).run();
    expect(wire.calls.map((c) => c.map((x) => x.amount))).toEqual([['10.00', '10.00', '10.00'], ['50.00', '50.00']]);
    const failed = repo.items('p').find((i) => i.index === 3)!;
    expect(failed).toMatchObject({ outcome: 'failed', errorCode: 'CBC.50000034' });
    expect(repo.items('p').filter((i) => i.outcome === 'done')).toHaveLength(4);
    const out = await exportResult(repo.require('p'), repo.items('p'), 'xlsx', 'zh-CN');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(out.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(7).value).toBe('代金券 ID');
    expect(sheet.getRow(5).getCell(10).value).toBe('CBC.50000034');
    expect(sheet.getRow(5).getCell(11).value).toBe('不能向财务托管的企业子账号发放代金券');
    expect(String(sheet.getRow(2).getCell(7).value)).toMatch(/^CP\d+$/);
  });

  it('a lost answer leaves its customers unknown; after the settle time each is found in the coupon records and never sent twice', async () => {
    const wire = new CouponWire();
    wire.loseNext = true;
    const ex = journaledExecutor(wire, operations, clock);
    couponPlan('p', Array.from({ length: 120 }, () => '20.00'));
    await new PlanRunner('p', { repo, money: executorPort(ex), operator: 'op' }).run();
    const unknown = repo.items('p').filter((i) => i.outcome === 'unknown');
    expect(unknown.length).toBeGreaterThan(0);
    clock.advance(effectiveSettleMs({ clientTimeoutMs: 30_000 }) + 1000);
    const runner = new PlanRunner('p', { repo, money: executorPort(ex), operator: 'op' });
    await runner.reconcileUnknown();
    await runner.run();
    expect(repo.items('p').every((i) => i.outcome === 'done' || i.outcome === 'reconciled-done')).toBe(true);
    expect(wire.calls.flat()).toHaveLength(120);
    const claimed = repo.items('p').filter((i) => i.outcome === 'reconciled-done').map((i) => i.transId);
    expect(claimed.every((id) => /^CP\d+$/.test(id ?? ''))).toBe(true);
  });

  it('pauses between calls and resumes where it stopped, without a second coupon', async () => {
    const wire = new CouponWire();
    const ex = journaledExecutor(wire, operations, clock);
    couponPlan('p', Array.from({ length: 300 }, () => '20.00'));
    const runner = new PlanRunner('p', { repo, money: executorPort(ex), operator: 'op', concurrency: 1 });
    wire.onCall = () => runner.pause();
    expect(await runner.run()).toBe('paused');
    expect(wire.calls).toHaveLength(1);
    expect(repo.items('p').filter((i) => i.outcome === 'pending')).toHaveLength(200);
    wire.onCall = null;
    // A new process after a restart: the journal, not memory, says what was sent.
    expect(await new PlanRunner('p', { repo, money: executorPort(ex), operator: 'op' }).run()).toBe('finished');
    expect(wire.calls.flat()).toHaveLength(300);
    expect(new Set(wire.calls.flat().map((c) => c.counterpartyId)).size).toBe(300);
  });
});
