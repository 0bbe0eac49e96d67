// Real-name authentication filed for a customer through the router (partner-api.md §11): every
// field checked before anything is sent, one review at a time, the filing journaled without the
// certificate number or the attachments, sent once; a lost answer is decided from
// ShowRealnameAuthenticationReviewResult, never by filing again; Huawei's refusals explained.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import type { RealnameFiled, RealnameStatus } from '../../../shared/contract/channels/realname';
import { DEMO_INTL, DEMO_SP, startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { REALNAME_REVIEW_MS } from '../../../electron/sandbox/ledger/realname';
import { huaweiCodeMeaning } from '../../../electron/core/infra/http/huawei-codes';
import { clockFor } from '../money/harness';
import type { WorldClock } from '../../support/world-clock';
import { customersRig } from './harness';

let sb: RunningSandbox;
let clock: WorldClock;
let rig: ReturnType<typeof customersRig>;
let dir: string;

beforeAll(async () => {
  sb = await startSandbox({ customers: 600, seed: 21, rateLimits: false, latencyMs: 30 });
  clock = clockFor(sb);
  dir = mkdtempSync(join(tmpdir(), 'pd-realname-'));
  rig = customersRig(sb, dir, DEMO_SP, clock);
  pool = world().store.customers.filter((c) => c.ownerId === DEMO_SP.domainId && c.verifiedStatus === '-1').map((c) => ({ id: c.id }));
  expect(pool.length).toBeGreaterThanOrEqual(9);
});
afterEach(() => sb.control.clearFaults());
afterAll(async () => {
  rig?.close();
  await sb?.close();
});

const world = () => sb.control.sandbox.world;
/** SP customers with no real-name authentication at the start (each test takes its own). */
let pool: { id: string }[] = [];
const unverified = () => pool;
const filingsOf = (id: string) => world().store.moneyLog.filter((l) => l.customerId === id && l.operation.includes('Realname')).length;

const ID = '11010119900307803X';
const person = (customerId: string, name = '张三') => ({
  kind: 'individual', customerId, name, documentType: 0, documentNumber: ID,
  attachments: { idFront: 'kyc/zhang-front.jpg', idBack: 'kyc/zhang-back.jpg', idHeld: 'kyc/zhang-held.png' },
});

describe('real-name authentication (China site)', () => {
  it('files an individual authentication once: journaled without the number or the attachments, then under review, then passed', async () => {
    const c = unverified()[0]!;
    expect((await rig.call<RealnameStatus>('customers.realnameStatus', { customerId: c.id })).review).toBe('none');
    const entry = (await rig.confirmed<RealnameFiled>('customers.previewRealname', 'customers.fileRealname', person(c.id))).entry;
    expect(entry).toMatchObject({ operation: 'realnameIndividual', state: 'done', counterpartyId: c.id });
    expect(entry.details).toMatchObject({ realnameName: '张三', documentType: 0, documentNumberTail: '803X', attachmentCount: 3, reviewBefore: 'none' });
    expect(JSON.stringify(entry)).not.toContain(ID);
    // Personal data stays out of the operations file on disk, too.
    const journalFile = readFileSync(join(dir, 'journal.db')).toString('latin1');
    expect(journalFile).not.toContain(ID);
    expect(journalFile).not.toContain('zhang-front');
    expect(filingsOf(c.id)).toBe(1);

    const reviewing = await rig.call<RealnameStatus>('customers.realnameStatus', { customerId: c.id });
    expect(reviewing).toMatchObject({ review: 'reviewing', opinion: null });
    expect(reviewing.filings.map((f) => f.id)).toEqual([entry.id]);
    clock.advance(REALNAME_REVIEW_MS + 1_000);
    expect((await rig.call<RealnameStatus>('customers.realnameStatus', { customerId: c.id })).review).toBe('passed');
  });

  it('refuses a second filing while one is under review, before anything is sent', async () => {
    const c = unverified()[1]!;
    await rig.confirmed('customers.previewRealname', 'customers.fileRealname', person(c.id, '李四'));
    await expect(rig.call('customers.previewRealname', person(c.id, '李四'))).rejects.toMatchObject({ code: 'REALNAME_ALREADY_FILED', details: { stateEn: 'under real-name review' } });
    expect(filingsOf(c.id)).toBe(1);
  });

  it('names the field of every offline problem in both languages', async () => {
    const c = unverified()[2]!;
    const bad = async (patch: Record<string, unknown>) => {
      const e = await rig.call('customers.previewRealname', { ...person(c.id), ...patch }).catch((x: unknown) => x);
      return (e as { code: string; details: Record<string, string> });
    };
    expect((await bad({ documentNumber: '110101199003078031' })).details).toMatchObject({ field: 'documentNumber', problem: 'idNumberChecksum' });
    expect((await bad({ attachments: { idFront: 'a.jpg', idBack: 'b.tiff', idHeld: 'c.jpg' } })).details).toMatchObject({ field: 'idBack', problem: 'fileFormat', fieldZh: '附件：国徽面' });
    expect((await bad({ attachments: { idFront: 'https://bucket.obs.example.com/download/a.jpg', idBack: 'b.jpg', idHeld: 'c.jpg' } })).details).toMatchObject({ field: 'idFront', problem: 'fileNotRelative' });
    expect((await bad({ attachments: { idFront: 'a.jpg', idBack: 'a.jpg', idHeld: 'c.jpg' } })).details).toMatchObject({ field: 'idBack', problem: 'fileRepeated' });
    expect((await bad({ attachments: { idFront: 'a.jpg', idBack: 'b.jpg' } })).details).toMatchObject({ field: 'idHeld', problem: 'fileMissing' });
    expect((await bad({ name: '  ' })).code).toBe('CUSTOMER_FIELD_INVALID');
    expect(filingsOf(c.id)).toBe(0);
  });

  it('a passport takes two or three attachments: the entry-stamp page may stay empty', async () => {
    const c = unverified()[3]!;
    const entry = (await rig.confirmed<RealnameFiled>('customers.previewRealname', 'customers.fileRealname', {
      kind: 'individual', customerId: c.id, name: 'John Smith', documentType: 3, documentNumber: 'E12345678',
      attachments: { passportInfo: 'kyc/js-info.pdf', passportHeld: 'kyc/js-held.jpg' },
    })).entry;
    expect(entry.details).toMatchObject({ attachmentCount: 2, documentType: 3 });
    expect(entry.state).toBe('done');
  });

  it('files an enterprise with its legal person, and explains a refusal by Huawei in plain words (CBC.99007189)', async () => {
    const [c, d] = [unverified()[4]!, unverified()[5]!];
    const company = (customerId: string, idNumber: string) => ({
      kind: 'enterprise', customerId, corpName: '华云示范科技有限公司', certificateType: 0, documentNumber: '91110108MA01ABCD2X', regCountry: 'CN',
      regAddress: '北京市海淀区示范路 1 号', person: { name: '王五', idNumber, role: 'legalPerson' },
      attachments: { companyDocument: 'kyc/licence.pdf', personIdFront: 'kyc/wang-front.jpg', personIdBack: 'kyc/wang-back.jpg' },
    });
    const ok = (await rig.confirmed<RealnameFiled>('customers.previewRealname', 'customers.fileRealname', company(c.id, ID))).entry;
    expect(ok).toMatchObject({ operation: 'realnameEnterprise', state: 'done' });
    // A company name made only of digits and signs is refused offline.
    await expect(rig.call('customers.previewRealname', { ...company(d.id, ID), corpName: '12345 ---' })).rejects.toMatchObject({ details: { problem: 'corpNameNoise' } });
    // The certificate number (here: the enterprise's) is one the sandbox counts as over-used.
    const refused = (await rig.confirmed<RealnameFiled>('customers.previewRealname', 'customers.fileRealname', { ...company(d.id, ID), documentNumber: '11010519491231002X', certificateType: 99 })).entry;
    expect(refused).toMatchObject({ state: 'failed', code: 'CBC.99007189' });
    const shown = await rig.confirmed<RealnameFiled>('customers.previewRealname', 'customers.fileRealname', { ...company(d.id, ID), documentNumber: '11010519491231002X', certificateType: 99 });
    expect(shown.meaning).toEqual(huaweiCodeMeaning('CBC.99007189'));
    expect(shown.meaning!.en).toContain('too many accounts');
    expect(filingsOf(d.id)).toBe(0);
  });

  it('changes an authenticated individual to an enterprise, and refuses the change for anyone else', async () => {
    const c = unverified()[6]!;
    await rig.confirmed('customers.previewRealname', 'customers.fileRealname', person(c.id, '赵六'));
    const change = {
      kind: 'change', customerId: c.id, corpName: '赵六科技工作室', certificateType: 0, documentNumber: '91110108MA01ABCD3Y',
      attachments: { companyDocument: 'kyc/zhao-licence.jpg' },
    };
    await expect(rig.call('customers.previewRealname', change)).rejects.toMatchObject({ code: 'REALNAME_CHANGE_NOT_ALLOWED' });
    clock.advance(REALNAME_REVIEW_MS + 1_000);
    const entry = (await rig.confirmed<RealnameFiled>('customers.previewRealname', 'customers.fileRealname', change)).entry;
    expect(entry).toMatchObject({ operation: 'realnameChange', state: 'done', details: { reviewBefore: '2' } });
    expect((await rig.call<RealnameStatus>('customers.realnameStatus', { customerId: c.id })).review).toBe('reviewing');
  });

  it('fault matrix: a filing whose answer is lost after commit is reconciled as filed from the review result, never filed twice', async () => {
    const c = unverified()[7]!;
    sb.control.addFault({ operation: 'CreatePersonalRealnameAuth', kind: 'drop-after-commit', times: 1 });
    const entry = (await rig.confirmed<RealnameFiled>('customers.previewRealname', 'customers.fileRealname', person(c.id, '钱七'))).entry;
    expect(entry.state).toBe('unknown');
    // Filing again while it is unresolved is refused: the review now shows it, and the journal holds the twin.
    await expect(rig.confirmed('customers.previewRealname', 'customers.fileRealname', person(c.id, '钱七'))).rejects.toMatchObject({ code: 'REALNAME_ALREADY_FILED' });
    clock.advance(65_000);
    const done = await rig.call<JournalEntryView>('activity.reconcile', { id: entry.id });
    expect(done.state).toBe('reconciled-done');
    expect(filingsOf(c.id)).toBe(1);
  });

  it('fault matrix: a filing refused before commit (503, no code) is reconciled not applied once the settle time passed, and may be filed again', async () => {
    const c = unverified()[8]!;
    sb.control.addFault({ operation: 'CreatePersonalRealnameAuth', kind: 'error-before-commit', status: 503, body: 'none', times: 1 });
    const entry = (await rig.confirmed<RealnameFiled>('customers.previewRealname', 'customers.fileRealname', person(c.id, '孙八'))).entry;
    expect(entry.state).toBe('unknown');
    // The twin guard: the same intent cannot be filed while this one is undecided.
    await expect(rig.confirmed('customers.previewRealname', 'customers.fileRealname', person(c.id, '孙八'))).rejects.toMatchObject({ code: 'MONEY_UNRESOLVED_DUPLICATE' });
    clock.advance(65_000);
    expect((await rig.call<JournalEntryView>('activity.reconcile', { id: entry.id })).state).toBe('unknown');
    clock.advance(4 * 60_000);
    expect((await rig.call<JournalEntryView>('activity.reconcile', { id: entry.id })).state).toBe('reconciled-not-applied');
    expect(filingsOf(c.id)).toBe(0);
    const again = (await rig.confirmed<RealnameFiled>('customers.previewRealname', 'customers.fileRealname', person(c.id, '孙八'))).entry;
    expect(again.state).toBe('done');
    expect(filingsOf(c.id)).toBe(1);
  });

  it('is refused on the international site before anything is sent, with the reason', async () => {
    const intl = customersRig(sb, mkdtempSync(join(tmpdir(), 'pd-realname-intl-')), DEMO_INTL, clock, 'intl');
    try {
      const c = world().store.customersByOwner.get(DEMO_INTL.domainId)![0]!;
      await expect(intl.call('customers.previewRealname', person(c.id))).rejects.toMatchObject({ code: 'CUSTOMER_NOT_ON_SITE' });
    } finally {
      intl.close();
    }
  });
});
