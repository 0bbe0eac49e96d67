// Four-eyes approval that one person cannot satisfy alone: every plan needs an approval
// signed with a second operator's key from the partner account's roster, checked again
// against the stored rows right before money moves. Through the router where an input is
// concerned, the service otherwise; two workstations are two desks with their own keychains.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallContext, Envelope } from '../../../shared/contract';
import { plansChannels, type PlanDetail } from '../../../shared/contract/channels/plans';
import type { ApprovalSetupView } from '../../../shared/contract/channels/plans-approvers';
import { signApproval } from '../../../electron/core/plans/four-eyes/keys';
import { operatorKeys } from '../../../electron/core/plans/four-eyes/operator-keys';
import { singleOperationApprovalLimit } from '../../../electron/core/plans/four-eyes/policy-log';
import { openJournalDb, type JournalDb } from '../../../electron/core/infra/journal/database';
import { writeApprovalFile } from '../../../electron/core/plans/plan-file';
import { createRouter, type Router } from '../../../electron/core/router';
import { plansHandlers } from '../../../electron/core/plans/plans-handlers';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import { FakeWire } from '../journal/fake-wire';
import { ACCOUNT, b64, desk, enrol, executorPort, journaledExecutor, seedStore, type Desk } from './fixtures';

const as = (operator: string): CallContext => ({ transport: 'test', operator });

function routerOf(d: Desk): Router {
  // The plans channels' gates as app-core registers them; this desk is always online and alone.
  const gates = {
    'single-instance': () => undefined,
    online: () => undefined,
    confirmed: () => { throw new Error('no confirmed channel here'); },
    approved: ({ input }: { input: unknown }) => d.service.assertApproved((input as { id: string }).id),
  };
  return createRouter({ plans: plansChannels }, { plans: plansHandlers(() => d.service, () => 'en', () => d.approvers) }, { language: () => 'en', gates });
}

async function ok<T>(result: Promise<Envelope>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

const refusal = async (result: Promise<Envelope>) => {
  const r = await result;
  return r.ok ? 'accepted' : r.error.code;
};

let stores: LocalStore[];
let operations: JournalDb;
let wire: FakeWire;
/** Alice's workstation: she writes plans and runs them. */
let author: Desk;
let router: Router;
/** Bob's workstation: the same partner account's data, his own keychain and operations file. */
let approver: Desk;

function storeWith(customers: Parameters<typeof seedStore>[1]['customers']): LocalStore {
  const store = LocalStore.open(':memory:');
  seedStore(store.db, { allocatable: '1000.00', customers });
  stores.push(store);
  return store;
}

beforeEach(() => {
  stores = [];
  operations = openJournalDb(':memory:');
  wire = new FakeWire();
  const customers = [{ id: 'c1', login: 'alpha', name: 'Alpha Trading' }, { id: 'c2', login: 'beta', name: 'Beta Foods' }];
  author = desk(storeWith(customers), executorPort(journaledExecutor(wire, operations)), operations);
  router = routerOf(author);
  approver = desk(storeWith(customers));
});
afterEach(() => {
  stores.forEach((s) => s.close());
  operations.close();
});

async function readyPlan(csv = 'customer_id,amount\nc1,1\nbeta,2\n'): Promise<PlanDetail> {
  const plan = await author.service.importSheet({ fileName: 'm.csv', kind: 'fund-customers', contentBase64: b64(csv) }, 'alice');
  return ok<PlanDetail>(router.invoke('plans.save', { id: plan.id }, as('alice')));
}

/** Bob reviews the exported plan on his workstation and signs; returns his approval file. */
async function approvedOnBobsDesk(plan: PlanDetail): Promise<string> {
  const review = await approver.service.importPlanFile((await author.service.exportPlanFile(plan.id)).content);
  await approver.service.approve({ id: plan.id, contentHash: review.contentHash }, 'bob');
  return (await approver.service.exportApproval(plan.id)).content;
}

describe('approval is the account’s policy, not a checkbox (hole 4)', () => {
  it('refuses a save that still tries to switch approval off, and never runs a plan without a signed approval', async () => {
    const plan = await author.service.importSheet({ fileName: 'm.csv', kind: 'fund-customers', contentBase64: b64('customer_id,amount\nc1,1\n') }, 'alice');
    expect(await refusal(router.invoke('plans.save', { id: plan.id, requiresApproval: false }, as('alice')))).toBe('INVALID_INPUT');
    expect(await refusal(router.invoke('plans.saveDraft', { id: plan.id, requiresApproval: false }, as('alice')))).toBe('INVALID_INPUT');

    const saved = await ok<PlanDetail>(router.invoke('plans.save', { id: plan.id }, as('alice')));
    expect(saved).toMatchObject({ status: 'ready', requiresApproval: true, approvalValid: false });
    expect(await refusal(router.invoke('plans.execute', { id: plan.id }, as('alice')))).toBe('PLAN_NOT_APPROVED');

    // Even a plan whose stored flag says "no approval" (an older version wrote it) is refused.
    operations.prepare('UPDATE plans SET requires_approval = 0 WHERE id = ?').run(plan.id);
    expect(await refusal(router.invoke('plans.execute', { id: plan.id }, as('alice')))).toBe('PLAN_NOT_APPROVED');
    expect(wire.sent).toHaveLength(0);
  });

  it('runs once a second operator’s key from the roster has signed the exact content', async () => {
    await enrol(author, 'bob', approver);
    const plan = await readyPlan();
    await author.service.importApproval(await approvedOnBobsDesk(plan));
    await ok(router.invoke('plans.execute', { id: plan.id }, as('alice')));
    await author.service.settled(plan.id);
    expect((await author.service.get(plan.id)).execution).toMatchObject({ succeeded: 2, amountMoved: '3.00' });
  });
});

describe('an approval file proves who approved', () => {
  it('refuses an unsigned file and a forged one, and records nothing', async () => {
    const bobKey = await enrol(author, 'bob', approver);
    const plan = await readyPlan();
    const unsigned = JSON.stringify({
      format: 'partner-desk-plan-approval/1', planId: plan.id, planName: plan.name, author: 'alice', contentHash: plan.contentHash,
      approver: 'bob', approvedAt: new Date().toISOString(), total: plan.total, itemCount: 2,
    });
    expect(await refusal(router.invoke('plans.importApproval', { content: unsigned }, as('alice')))).toBe('PLAN_APPROVAL_UNSIGNED');

    const forged = writeApprovalFile({
      planId: plan.id, planName: plan.name, author: 'alice', contentHash: plan.contentHash, approver: 'bob', approvedAt: new Date().toISOString(),
      total: plan.total, itemCount: 2, account: ACCOUNT, keyFingerprint: bobKey, signature: Buffer.alloc(64, 7).toString('base64'),
    });
    expect(await refusal(router.invoke('plans.importApproval', { content: forged }, as('alice')))).toBe('PLAN_APPROVAL_SIGNATURE_INVALID');

    // Bob's real signature, claimed for someone else.
    const real = await approvedOnBobsDesk(plan);
    const renamed = real.replace('"approver": "bob"', '"approver": "carol"');
    expect(await refusal(router.invoke('plans.importApproval', { content: renamed }, as('alice')))).toBe('PLAN_APPROVAL_SIGNATURE_INVALID');
    expect((await author.service.get(plan.id)).approval).toBeNull();

    // Written straight into the operations file, a bogus signature is caught at execute.
    operations
      .prepare("UPDATE plans SET approval_approver = 'bob', approval_at = 't', approval_hash = ?, approval_via = 'file', approval_key = ?, approval_signature = ? WHERE id = ?")
      .run(plan.contentHash, bobKey, Buffer.alloc(64, 1).toString('base64'), plan.id);
    expect((await author.service.get(plan.id)).approvalValid).toBe(true);
    expect(await refusal(router.invoke('plans.execute', { id: plan.id }, as('alice')))).toBe('PLAN_APPROVAL_SIGNATURE_INVALID');
    expect(wire.sent).toHaveLength(0);
  });

  it('refuses an approval signed by a key that is not in the roster, also once it is removed from it', async () => {
    const plan = await readyPlan();
    const file = await approvedOnBobsDesk(plan);
    expect(await refusal(router.invoke('plans.importApproval', { content: file }, as('alice')))).toBe('PLAN_APPROVAL_KEY_NOT_ENROLLED');

    const bobKey = await enrol(author, 'bob', approver);
    await ok(router.invoke('plans.importApproval', { content: file }, as('alice')));
    await ok(router.invoke('plans.removeApprover', { fingerprint: bobKey }, as('alice')));
    expect(await refusal(router.invoke('plans.execute', { id: plan.id }, as('alice')))).toBe('PLAN_APPROVAL_KEY_NOT_ENROLLED');
    expect(wire.sent).toHaveLength(0);
  });

  it('refuses an approval made with the author’s own key, whatever name it carries or it is enrolled under', async () => {
    const plan = await readyPlan();
    const aliceKey = await operatorKeys(author.vault).ensure('alice');
    // Alice enrols her own key under Bob's name, then "approves" as Bob.
    const asBob = { ...aliceKey, operator: 'bob' };
    const selfEnrolment = (await author.approvers.exportEnrolment('alice')).content.replace('"operator": "alice"', '"operator": "bob"');
    await author.approvers.enrol(selfEnrolment, 'alice');
    const statement = { account: ACCOUNT, planId: plan.id, contentHash: plan.contentHash, approver: 'bob' };
    const file = writeApprovalFile({
      planId: plan.id, planName: plan.name, author: 'alice', contentHash: plan.contentHash, approver: 'bob', approvedAt: new Date().toISOString(),
      total: plan.total, itemCount: 2, account: ACCOUNT, keyFingerprint: aliceKey.fingerprint, signature: signApproval(asBob, statement),
    });
    expect(await refusal(router.invoke('plans.importApproval', { content: file }, as('alice')))).toBe('PLAN_APPROVAL_AUTHOR_KEY');

    // Signing on her own desk as the author is refused before any key is used.
    expect(await refusal(router.invoke('plans.approve', { id: plan.id, contentHash: plan.contentHash }, as('Alice')))).toBe('PLAN_APPROVER_IS_AUTHOR');
    expect((await author.service.get(plan.id)).approval).toBeNull();
  });
});

describe('an approval belongs to one partner account', () => {
  it('refuses a plan file and an approval for another account, and a signature moved from another account', async () => {
    const bobKey = await enrol(author, 'bob', approver);
    const plan = await readyPlan();
    const elsewhere = desk(storeWith([{ id: 'c1', login: 'alpha' }]), null, openJournalDb(':memory:'), { account: 'domain-other' });
    await expect(elsewhere.service.importPlanFile((await author.service.exportPlanFile(plan.id)).content)).rejects.toMatchObject({ code: 'PLAN_FILE_OTHER_ACCOUNT' });

    // Bob's key signing the same plan id and content for the other account.
    const key = (await operatorKeys(approver.vault).find('bob'))!;
    expect(key.fingerprint).toBe(bobKey);
    const fields = {
      planId: plan.id, planName: plan.name, author: 'alice', contentHash: plan.contentHash, approver: 'bob', approvedAt: new Date().toISOString(),
      total: plan.total, itemCount: 2, keyFingerprint: bobKey,
    };
    const signature = signApproval(key, { account: 'domain-other', planId: plan.id, contentHash: plan.contentHash, approver: 'bob' });
    const theirs = writeApprovalFile({ ...fields, account: 'domain-other', signature });
    expect(await refusal(router.invoke('plans.importApproval', { content: theirs }, as('alice')))).toBe('PLAN_APPROVAL_OTHER_ACCOUNT');
    const relabelled = writeApprovalFile({ ...fields, account: ACCOUNT, signature });
    expect(await refusal(router.invoke('plans.importApproval', { content: relabelled }, as('alice')))).toBe('PLAN_APPROVAL_SIGNATURE_INVALID');
    expect((await author.service.get(plan.id)).approval).toBeNull();
  });
});

describe('execute checks the rows as they are, not the hash stored beside them', () => {
  it('refuses a plan whose rows changed in the operations file after the approval', async () => {
    await enrol(author, 'bob', approver);
    const plan = await readyPlan();
    await author.service.importApproval(await approvedOnBobsDesk(plan));
    operations.prepare("UPDATE plan_rows SET amount = '900', canonical_amount = '900.00' WHERE plan_id = ? AND idx = 0").run(plan.id);

    expect(await author.service.get(plan.id)).toMatchObject({ contentHash: plan.contentHash, approvalValid: true });
    expect(await refusal(router.invoke('plans.execute', { id: plan.id }, as('alice')))).toBe('PLAN_APPROVAL_MISMATCH');
    expect(wire.sent).toHaveLength(0);
  });
});

describe('no edit can slip in while execute reads the keychain', () => {
  it('checks the plan and its rows after the keychain answered, not before', async () => {
    await enrol(author, 'bob', approver);
    const plan = await readyPlan();
    await author.service.importApproval(await approvedOnBobsDesk(plan));
    let answer: () => void = () => undefined;
    const read = author.vault.getSecret.bind(author.vault);
    author.vault.getSecret = async (id) => {
      await new Promise<void>((resolve) => (answer = resolve));
      return read(id);
    };
    const execute = router.invoke('plans.execute', { id: plan.id }, as('alice'));
    await author.service.updateRow({ id: plan.id, index: 0, target: 'c1', amount: '900', memo: '' });
    answer();
    // The channel's `approved` gate checks after the keychain answered: the edit voided it.
    expect(await refusal(execute)).toBe('PLAN_NOT_APPROVED');
    expect(wire.sent).toHaveLength(0);
  });
});

describe('the approver reviews against their own data', () => {
  it('shows the approver’s own names, never the file’s, and flags counterparties that resolve differently or not at all', async () => {
    const plan = await readyPlan();
    const file = (await author.service.exportPlanFile(plan.id)).content;
    // Names are not part of the signed content: a file may carry any name it likes.
    const lying = file.replace('"counterpartyName": "Alpha Trading"', '"counterpartyName": "Trusted Supplier Ltd"');
    expect(lying).not.toBe(file);

    const review = await approver.service.importPlanFile(lying);
    expect(review.rows.map((r) => r.counterpartyName)).toEqual(['Alpha Trading', 'Beta Foods']);
    expect(review).toMatchObject({ contentHash: plan.contentHash, errorRows: 0, problems: [] });

    // Carol's data: "beta" is another customer there, and c1 is unknown.
    const carol = desk(storeWith([{ id: 'c9', login: 'beta', name: 'Beta Logistics' }]));
    const hers = await carol.service.importPlanFile(lying);
    expect(hers.rows.map((r) => r.counterpartyName)).toEqual([null, 'Beta Logistics']);
    expect(hers.rows[0]!.problems.map((p) => p.code)).toEqual(['PLAN_ROW_UNKNOWN_CUSTOMER']);
    expect(hers.rows[1]!.problems.map((p) => p.code)).toEqual(['PLAN_ROW_RESOLVES_DIFFERENTLY']);
    expect(hers.rows[1]!.problems[0]!.messages['zh-CN']).toContain('c9');
    expect(hers.problems.map((p) => p.code)).toContain('PLAN_REVIEW_CONTENT_DIFFERS');
    expect(hers.contentHash).not.toBe(plan.contentHash);
    await expect(carol.service.approve({ id: plan.id, contentHash: hers.contentHash }, 'carol')).rejects.toMatchObject({ code: 'PLAN_HAS_ERRORS' });
  });
});

describe('the roster and the policy', () => {
  it('keep every change in an append-only log with who, when, before and after; the current state is derived from it', async () => {
    const setup = await ok<ApprovalSetupView>(router.invoke('plans.createSigningKey', undefined, as('alice')));
    expect(setup.myKey?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(author.vault.ids()).toEqual(['operator-key:alice']);
    const bobFile = await approver.approvers.exportEnrolment('bob');
    expect(bobFile.content).not.toMatch(/PRIVATE/);

    const enrolled = await ok<ApprovalSetupView>(router.invoke('plans.enrolApprover', { content: bobFile.content }, as('alice')));
    const bob = enrolled.roster[0]!;
    expect(enrolled.roster).toEqual([expect.objectContaining({ operator: 'bob', enrolledBy: 'alice' })]);
    expect(await refusal(router.invoke('plans.enrolApprover', { content: bobFile.content }, as('alice')))).toBe('PLAN_APPROVER_ALREADY_ENROLLED');
    // A fingerprint that no longer matches the key (its first character changed — to another one:
    // a random key's fingerprint starts with "0" one time in sixteen).
    const tampered = bobFile.content.replace(/"fingerprint": "(.)/, (_m, c: string) => `"fingerprint": "${c === '0' ? '1' : '0'}`);
    expect(tampered).not.toBe(bobFile.content);
    expect(await refusal(router.invoke('plans.enrolApprover', { content: tampered }, as('alice')))).toBe('PLAN_KEY_FILE_INVALID');

    expect(await refusal(router.invoke('plans.setApprovalPolicy', { singleOperationLimit: '-5' }, as('alice')))).toBe('PLAN_POLICY_LIMIT_INVALID');
    await ok(router.invoke('plans.setApprovalPolicy', { singleOperationLimit: '5,000' }, as('alice')));
    await ok(router.invoke('plans.setApprovalPolicy', { singleOperationLimit: '5000.00' }, as('alice')));
    expect(singleOperationApprovalLimit(operations)).toBe('5000.00');
    expect(await author.approvers.approvalLimit()).toBe('5000.00');
    const removed = await ok<ApprovalSetupView>(router.invoke('plans.removeApprover', { fingerprint: bob.fingerprint }, as('carol')));
    expect(removed.roster).toEqual([]);
    expect(removed.policy).toEqual({ plansRequireApproval: true, singleOperationLimit: '5000.00' });

    const log = operations.prepare('SELECT operator, account, change, subject, before_json, after_json FROM approval_policy_event ORDER BY seq').all();
    expect(log).toEqual([
      { operator: 'alice', account: ACCOUNT, change: 'approver-enrolled', subject: bob.fingerprint, before_json: null, after_json: JSON.stringify(bob) },
      { operator: 'alice', account: ACCOUNT, change: 'policy-set', subject: 'single-operation-limit', before_json: '{"singleOperationLimit":null}', after_json: '{"singleOperationLimit":"5000.00"}' },
      { operator: 'carol', account: ACCOUNT, change: 'approver-removed', subject: bob.fingerprint, before_json: JSON.stringify(bob), after_json: null },
    ]);
    expect(removed.events.map((e) => e.change)).toEqual(['approver-removed', 'policy-set', 'approver-enrolled']);

    expect(() => operations.prepare("UPDATE approval_policy_event SET operator = 'mallory'").run()).toThrow(/append-only/);
    expect(() => operations.prepare('DELETE FROM approval_policy_event').run()).toThrow(/append-only/);
    expect(operations.prepare('SELECT COUNT(*) AS n FROM approval_policy_event').get()).toEqual({ n: 3 });
  });
});
