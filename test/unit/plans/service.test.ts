import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalDb, type JournalDb } from '../../../electron/core/infra/journal/database';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import type { PlansService } from '../../../electron/core/plans/plans-service';
import { FakeWire } from '../journal/fake-wire';
import { b64, desk, enrol, executorPort, journaledExecutor, seedStore, serviceOver, type Desk } from './fixtures';

let store: LocalStore;
let operations: JournalDb;
let service: PlansService;

beforeEach(() => {
  store = LocalStore.open(':memory:');
  seedStore(store.db, {
    allocatable: '1000.00',
    customers: [
      { id: 'c1', login: 'alpha', balance: '10.00' },
      { id: 'c2', login: 'beta', balance: '20.00' },
      { id: 'c3', login: 'gamma', association: '1' },
    ],
  });
  // Plans and journal share the profile's operations file, as in the app.
  operations = openJournalDb(':memory:');
  service = serviceOver(store, null, operations);
});
afterEach(() => {
  store.close();
  operations.close();
});

const csv = 'customer_id,amount,memo\nc1,10.5,first\nbeta,20,second\nnobody,5,third\n';

describe('importing a sheet', () => {
  it('reads CSV with a header, resolves login names and shows each bad row with a reason in both languages', async () => {
    const plan = await service.importSheet({ fileName: 'march.csv', kind: 'fund-customers', contentBase64: b64(csv) }, 'alice');
    expect(plan.status).toBe('draft');
    expect(plan.rows.map((r) => r.counterpartyId)).toEqual(['c1', 'c2', null]);
    expect(plan.rows[2]!.sourceLine).toBe(4);
    expect(plan.rows[2]!.problems[0]!.messages.en).toContain('No customer "nobody"');
    expect(plan.rows[2]!.problems[0]!.messages['zh-CN']).toContain('本地数据中没有客户“nobody”');
    expect(plan.total).toBe('35.50');
    expect(plan.errorRows).toBe(1);
  });

  it('reads Chinese headers and GB18030-encoded CSV as saved by a Chinese Excel', async () => {
    const gbk = Buffer.from([0xbf, 0xcd, 0xbb, 0xa7, 0x49, 0x44, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a, 0x63, 0x31, 0x2c, 0x31, 0x0a]); // 客户ID,金额\nc1,1\n
    const plan = await service.importSheet({ fileName: 'gbk.csv', kind: 'fund-customers', contentBase64: gbk.toString('base64') }, 'alice');
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0]!.counterpartyId).toBe('c1');
  });

  it('reads XLSX with numeric amount cells', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Plan');
    sheet.addRow(['客户', '金额', '备注']);
    sheet.addRow(['alpha', 12.3, '奖励']);
    sheet.addRow(['c2', 0.1, null]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const plan = await service.importSheet({ fileName: 'plan.xlsx', kind: 'fund-customers', contentBase64: bytes.toString('base64') }, 'alice');
    expect(plan.rows.map((r) => [r.counterpartyId, r.amount, r.memo])).toEqual([['c1', '12.3', '奖励'], ['c2', '0.1', '']]);
    expect(plan.total).toBe('12.40');
  });

  it('refuses a sheet without the amount column', async () => {
    await expect(service.importSheet({ fileName: 'x.csv', kind: 'fund-customers', contentBase64: b64('customer_id,foo\nc1,1\n') }, 'a')).rejects.toMatchObject({ code: 'PLAN_FILE_COLUMNS' });
  });
});

describe('editing, saving and four-eyes approval', () => {
  it('saves only a valid plan; fixing the bad row in place makes it savable; drafts save with errors', async () => {
    const plan = await service.importSheet({ fileName: 'm.csv', kind: 'fund-customers', contentBase64: b64(csv) }, 'alice');
    expect((await service.saveDraft({ id: plan.id })).status).toBe('draft');
    await expect(service.save({ id: plan.id })).rejects.toMatchObject({ code: 'PLAN_HAS_ERRORS' });
    await service.updateRow({ id: plan.id, index: 2, target: 'gamma', amount: '5', memo: 'third' });
    expect((await service.get(plan.id)).rows[2]!.problems.map((p) => p.code)).toEqual(['PLAN_ROW_REFERRAL_CUSTOMER']);
    await service.deleteRow({ id: plan.id, index: 2 });
    const saved = await service.save({ id: plan.id });
    expect(saved.status).toBe('ready');
    expect(saved.approvalValid).toBe(false);
  });

  it('approval by a second operator is signed with their enrolled key for the content hash; the author cannot approve; any change voids it', async () => {
    const here: Desk = desk(store, null, operations);
    service = here.service;
    const bobKey = await enrol(here, 'bob');
    const plan = await service.importSheet({ fileName: 'm.csv', kind: 'fund-customers', contentBase64: b64('customer_id,amount\nc1,1\nc2,2\n') }, 'alice');
    const ready = await service.save({ id: plan.id });
    expect(ready.requiresApproval).toBe(true);
    await expect(service.approve({ id: plan.id, contentHash: ready.contentHash }, 'Alice')).rejects.toMatchObject({ code: 'PLAN_APPROVER_IS_AUTHOR' });
    await expect(service.approve({ id: plan.id, contentHash: 'f'.repeat(64) }, 'bob')).rejects.toMatchObject({ code: 'PLAN_CHANGED_SINCE_VIEWED' });
    await expect(service.approve({ id: plan.id, contentHash: ready.contentHash }, 'carol')).rejects.toMatchObject({ code: 'PLAN_APPROVAL_KEY_NOT_ENROLLED' });
    const approved = await service.approve({ id: plan.id, contentHash: ready.contentHash }, 'bob');
    expect(approved.approval).toMatchObject({ approver: 'bob', contentHash: ready.contentHash, via: 'local', keyFingerprint: bobKey });
    expect(approved.approvalValid).toBe(true);

    const edited = await service.updateRow({ id: plan.id, index: 1, target: 'c2', amount: '2.01', memo: '' });
    expect(edited.contentHash).not.toBe(ready.contentHash);
    expect(edited.approval).toBeNull();
    expect(edited.status).toBe('draft');
    await expect(service.execute(plan.id, 'alice')).rejects.toMatchObject({ code: 'PLAN_WRONG_STATE' });
  });

  it('works across workstations: plan file out, signed approval there, approval file back; tampering is refused', async () => {
    const here = desk(store, null, operations);
    service = here.service;
    const plan = await service.importSheet({ fileName: 'm.csv', kind: 'fund-customers', contentBase64: b64('customer_id,amount\nc1,1\nc2,2\n') }, 'alice');
    await service.save({ id: plan.id });
    const planFile = await service.exportPlanFile(plan.id);

    // Bob's workstation: the same partner account's data, his own keychain.
    const otherStore = LocalStore.open(':memory:');
    seedStore(otherStore.db, { allocatable: '1000.00', customers: [{ id: 'c1', login: 'alpha' }, { id: 'c2', login: 'beta' }] });
    const there = desk(otherStore);
    await enrol(here, 'bob', there);
    const tampered = planFile.content.replace('"2.00"', '"200.00"');
    await expect(there.service.importPlanFile(tampered)).rejects.toMatchObject({ code: 'PLAN_FILE_TAMPERED' });
    const review = await there.service.importPlanFile(planFile.content);
    expect(review).toMatchObject({ status: 'review', author: 'alice', contentHash: plan.contentHash, total: '3.00', errorRows: 0 });
    await there.service.approve({ id: plan.id, contentHash: review.contentHash }, 'bob');
    const approvalFile = await there.service.exportApproval(plan.id);
    otherStore.close();

    const forged = approvalFile.content.replace(plan.contentHash, 'e'.repeat(64));
    await expect(service.importApproval(forged)).rejects.toMatchObject({ code: 'PLAN_APPROVAL_MISMATCH' });
    const selfApproved = approvalFile.content.replace('"approver": "bob"', '"approver": "alice"');
    await expect(service.importApproval(selfApproved)).rejects.toMatchObject({ code: 'PLAN_APPROVER_IS_AUTHOR' });
    const back = await service.importApproval(approvalFile.content);
    expect(back).toMatchObject({ approvalValid: true, approval: { approver: 'bob', via: 'file' } });

    // A plan file for a plan this workstation already holds is refused rather than merged.
    await expect(service.importPlanFile(planFile.content)).rejects.toMatchObject({ code: 'PLAN_ALREADY_EXISTS' });

    // The approval is for that content only: a later edit voids it, and re-importing it is refused.
    await service.updateRow({ id: plan.id, index: 0, target: 'c1', amount: '1.5', memo: '' });
    await expect(service.importApproval(approvalFile.content)).rejects.toMatchObject({ code: 'PLAN_APPROVAL_MISMATCH' });
  });
});

describe('execution through the journal', () => {
  it('journals every item with its plan id and index, and exports the per-item outcome', async () => {
    const wire = new FakeWire();
    const ex = journaledExecutor(wire, operations);
    const here = desk(store, executorPort(ex), operations);
    service = here.service;
    await enrol(here, 'bob');
    const plan = await service.importSheet({ fileName: 'm.csv', kind: 'fund-customers', contentBase64: b64('customer_id,amount\nc1,1\nc2,2\n') }, 'alice');
    const ready = await service.save({ id: plan.id });
    await service.approve({ id: plan.id, contentHash: ready.contentHash }, 'bob');
    await service.execute(plan.id, 'alice');
    await service.settled(plan.id);
    const done = await service.get(plan.id);
    expect(done.status).toBe('finished');
    expect(done.execution).toMatchObject({ total: 2, succeeded: 2, amountMoved: '3.00' });
    expect((await ex.journal.byPlanItem(plan.id, '1'))[0]).toMatchObject({ counterpartyId: 'c2', amount: '2.00', state: 'done', operation: 'fundCustomer' });
    expect(wire.sent).toHaveLength(2);

    const out = await service.exportResult({ id: plan.id, format: 'csv' }, 'zh-CN');
    const text = Buffer.from(out.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF行,对象 ID')).toBe(true);
    expect(text).toContain('2,c2,beta,2.00,,成功');
    const xlsx = await service.exportResult({ id: plan.id, format: 'xlsx' }, 'en');
    expect(Buffer.from(xlsx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('a plan file under review here cannot be executed here, only approved', async () => {
    const plan = await service.importSheet({ fileName: 'm.csv', kind: 'fund-customers', contentBase64: b64('customer_id,amount\nc1,1\n') }, 'alice');
    await service.save({ id: plan.id });
    const file = (await service.exportPlanFile(plan.id)).content;
    const otherStore = LocalStore.open(':memory:');
    const other = serviceOver(otherStore, executorPort(journaledExecutor(new FakeWire())));
    await other.importPlanFile(file);
    await expect(other.execute(plan.id, 'bob')).rejects.toMatchObject({ code: 'PLAN_WRONG_STATE' });
    await expect(other.updateRow({ id: plan.id, index: 0, target: 'c1', amount: '9', memo: '' })).rejects.toMatchObject({ code: 'PLAN_NOT_EDITABLE' });
    otherStore.close();
  });

  it('refuses to run a plan that has no approval', async () => {
    service = serviceOver(store, executorPort(journaledExecutor(new FakeWire(), operations)), operations);
    const plan = await service.importSheet({ fileName: 'm.csv', kind: 'fund-customers', contentBase64: b64('customer_id,amount\nc1,1\n') }, 'alice');
    await service.save({ id: plan.id });
    await expect(service.execute(plan.id, 'alice')).rejects.toMatchObject({ code: 'PLAN_NOT_APPROVED' });
  });
});
