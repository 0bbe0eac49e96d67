// The plans area over the team database gives what it gives over the solo operations file:
// one scenario — a sheet imported and edited, a second operator's signed approval, the run,
// the items patched from the journal — through the same PlansService on the SQLite stores
// and on the team stores, with the same views at the end. What only the server can hold is
// checked on the team store itself: an approval from the author's role and a plan created
// running are refused whatever the app does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../shared/contract/channels/plans';
import type { ApprovalSetupView } from '../../shared/contract/channels/plans-approvers';
import { openJournalDb, type JournalDb } from '../../electron/core/infra/journal/database';
import { Journal } from '../../electron/core/infra/journal/journal';
import { LocalStore } from '../../electron/core/infra/store/local-store';
import { createMemoryVault } from '../../electron/core/infra/vault/memory-vault';
import { operatorKeys } from '../../electron/core/plans/four-eyes/operator-keys';
import { signApproval } from '../../electron/core/plans/four-eyes/keys';
import type { PlanStore, PlanStoreSource } from '../../electron/core/plans/plan-store';
import { ApproversService } from '../../electron/core/plans/approvers-service';
import { PlansService } from '../../electron/core/plans/plans-service';
import { storeReferenceSource } from '../../electron/core/plans/store-reference';
import { b64, seedStore } from '../unit/plans/fixtures';
import { FakePartner, journalPort, type PortJournal } from './plan-support';
import { useTeamSuite } from './support';
import { PlanRunLocks } from '../../electron/core/infra/team/plan-run-lock';
import type { RunLocks } from '../../electron/core/plans/run/run-locks';

const suite = useTeamSuite();
const ACCOUNT = 'domain-partner-1';
const now = () => new Date('2026-03-02T09:00:00.000Z');
// One keychain per person, the same for both backends: the same keys, fingerprints and roster.
const vaults = { alice: createMemoryVault(), bob: createMemoryVault() };
let reference: LocalStore;

beforeAll(() => {
  reference = LocalStore.open(':memory:');
  seedStore(reference.db, { allocatable: '1000.00', customers: [{ id: 'c1', login: 'alpha', balance: '1.00' }, { id: 'c2', login: 'beta' }] });
});
afterAll(() => reference.close());

interface Workstation {
  readonly plans: PlansService;
  readonly approvers: ApproversService;
}

function workstation(source: PlanStoreSource, person: 'alice' | 'bob', journal: PortJournal, partner: FakePartner, runLocks?: RunLocks): Workstation {
  const keys = operatorKeys(vaults[person]);
  const account = () => ACCOUNT;
  return {
    plans: new PlansService({
      ...source, account, keys, now, reference: storeReferenceSource(() => reference.db),
      money: () => journalPort(journal, partner), onProgress: () => undefined, runner: { concurrency: 2 }, runLocks,
    }),
    approvers: new ApproversService({ ...source, account, keys, now }),
  };
}

interface Outcome {
  readonly detail: PlanDetail;
  readonly seenByApprover: PlanDetail;
  readonly setup: ApprovalSetupView;
  readonly selfApproval: unknown;
}

/** Alice prepares and runs, Bob approves; each on their own workstation. */
async function scenario(alice: Workstation, bob: Workstation, names: { alice: string; bob: string }): Promise<Outcome> {
  await alice.approvers.enrol((await bob.approvers.exportEnrolment(names.bob)).content, names.alice);
  const sheet = b64('customer_id,amount,memo\nc1,10,first\nbeta,20,second\n');
  const imported = await alice.plans.importSheet({ fileName: 'march.csv', kind: 'fund-customers', contentBase64: sheet }, names.alice);
  await alice.plans.updateRow({ id: imported.id, index: 1, target: 'beta', amount: '25', memo: 'second, corrected' });
  const ready = await alice.plans.save({ id: imported.id });
  const selfApproval = await alice.plans.approve({ id: ready.id, contentHash: ready.contentHash }, names.alice).catch((e: unknown) => e);
  await bob.plans.approve({ id: ready.id, contentHash: ready.contentHash }, names.bob);
  await alice.plans.execute(ready.id, names.alice);
  await alice.plans.settled(ready.id);
  return { detail: await alice.plans.get(ready.id), seenByApprover: await bob.plans.get(ready.id), setup: await bob.approvers.setup(names.bob), selfApproval };
}

/** Ids, hashes, signatures and journal ids differ by construction (random plan id); the rest must not. */
function comparable(value: unknown): unknown {
  const HIDE = new Set(['id', 'contentHash', 'signature', 'journalEntryId', 'transId', 'seq']);
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, HIDE.has(k) ? typeof v : comparable(v)]));
  return value;
}

describe('plans over the team tables', () => {
  let solo: Outcome;
  let team: Outcome;
  let operations: JournalDb;

  beforeAll(async () => {
    const names = { alice: suite.t.alice, bob: suite.t.bob };
    operations = openJournalDb(':memory:');
    const soloJournal = new Journal(operations, now);
    const soloPartner = new FakePartner(20);
    solo = await scenario(
      workstation({ db: () => operations }, 'alice', soloJournal, soloPartner),
      workstation({ db: () => operations }, 'bob', soloJournal, soloPartner),
      names,
    );
    const teamPartner = new FakePartner(20);
    team = await scenario(
      workstation({ stores: () => suite.alice }, 'alice', suite.alice.journal, teamPartner),
      workstation({ stores: () => suite.bob }, 'bob', suite.bob.journal, teamPartner),
      names,
    );
  });
  afterAll(() => operations.close());

  it('gives the same plan, rows, approval and items as the solo operations file', () => {
    expect(team.detail.status).toBe('finished');
    expect(team.detail.execution).toMatchObject({ total: 2, succeeded: 2, amountMoved: '35.00' });
    expect(team.detail.approval).toMatchObject({ approver: suite.t.bob, via: 'local' });
    expect(team.detail.author).toBe(suite.t.alice);
    expect(comparable(team.detail)).toEqual(comparable(solo.detail));
    expect(comparable(team.seenByApprover)).toEqual(comparable(team.detail));
  });

  it('gives the same roster and policy log, the operator named by the server', () => {
    expect(team.setup.roster).toEqual(solo.setup.roster);
    expect(comparable(team.setup.events)).toEqual(comparable(solo.setup.events));
    expect(team.setup.events[0]).toMatchObject({ operator: suite.t.alice, change: 'approver-enrolled' });
  });

  it('refuses the author’s own approval through the service on both', () => {
    expect(solo.selfApproval).toMatchObject({ code: 'PLAN_APPROVER_IS_AUTHOR' });
    expect(team.selfApproval).toMatchObject({ code: 'PLAN_APPROVER_IS_AUTHOR' });
  });

  it('refuses an approval from the author’s role in the server, even when the app’s check is bypassed', async () => {
    const plan = (await suite.alice.plans.list()).find((p) => p.status === 'finished')!;
    const key = await operatorKeys(vaults.alice).ensure(suite.t.alice);
    const signature = signApproval(key, { account: ACCOUNT, planId: plan.id, contentHash: plan.contentHash, approver: suite.t.alice });
    await expect(
      suite.alice.plans.setApproval(plan.id, { approver: suite.t.bob, approvedAt: now().toISOString(), contentHash: plan.contentHash, via: 'local', keyFingerprint: key.fingerprint, signature }),
    ).rejects.toMatchObject({ code: 'PLAN_APPROVER_IS_AUTHOR' });
  });

  it('refuses a plan created running, and a plan set running without an approval of its content', async () => {
    const base = {
      id: 'born-running', name: 'x', kind: 'fund-customers' as const, status: 'running' as const, author: suite.t.alice, createdAt: now().toISOString(),
      updatedAt: now().toISOString(), requiresApproval: true, contentHash: 'h', total: '1.00', errorRows: 0, params: {}, problems: [],
      allocatable: null, approval: null, startedAt: null, finishedAt: null,
    };
    await expect(suite.alice.plans.insert(base, [])).rejects.toMatchObject({ code: 'PLAN_WRONG_STATE', details: { status: 'running' } });
    expect(await suite.bob.plans.get('born-running')).toBeUndefined();
    await suite.alice.plans.insert({ ...base, id: 'unapproved', status: 'ready' }, []);
    await expect(suite.alice.plans.update('unapproved', { status: 'running' })).rejects.toMatchObject({ code: 'PLAN_NOT_APPROVED' });
    expect(await suite.bob.plans.require('unapproved')).toMatchObject({ status: 'ready', author: suite.t.alice, approval: null });
  });

  it('refuses to execute a plan whose run lock another workstation holds, with the typed error, writing nothing', async () => {
    const partner = new FakePartner(20);
    const alice = workstation({ stores: () => suite.alice }, 'alice', suite.alice.journal, partner, new PlanRunLocks(suite.t.config(suite.t.alice, 'ws-A')));
    const bob = workstation({ stores: () => suite.bob }, 'bob', suite.bob.journal, partner);
    const imported = await alice.plans.importSheet({ fileName: 'april.csv', kind: 'fund-customers', contentBase64: b64('customer_id,amount\nc1,3\n') }, suite.t.alice);
    const ready = await alice.plans.save({ id: imported.id });
    await bob.plans.approve({ id: ready.id, contentHash: ready.contentHash }, suite.t.bob);
    const elsewhere = await new PlanRunLocks(suite.t.config(suite.t.bob, 'ws-B')).acquire(ready.id);
    try {
      await expect(alice.plans.execute(ready.id, suite.t.alice)).rejects.toMatchObject({
        code: 'TEAM_PLAN_RUNNING_ELSEWHERE', details: { planId: ready.id, holder: suite.t.bob, application: 'ws-B' },
      });
      expect(await suite.bob.plans.require(ready.id)).toMatchObject({ status: 'ready', startedAt: null });
      expect(await suite.bob.plans.items(ready.id)).toEqual([]);
      expect(partner.sends).toEqual([]);
    } finally {
      await elsewhere.release();
    }
    // Released: the run goes ahead here.
    await alice.plans.execute(ready.id, suite.t.alice);
    await alice.plans.settled(ready.id);
    expect(await alice.plans.get(ready.id)).toMatchObject({ status: 'finished', execution: { succeeded: 1, amountMoved: '3.00' } });
  });
});

describe('a plan seen running with nobody holding its run lock', () => {
  it('that finished elsewhere after this workstation read it stays finished: never paused over a finished run', async () => {
    const admin = await suite.t.open(suite.t.admin);
    const at = now().toISOString();
    await admin.plans.insert(
      {
        id: 'finished-elsewhere', name: 'done there', kind: 'fund-customers', status: 'finished', author: suite.t.alice, createdAt: at, updatedAt: at,
        requiresApproval: true, contentHash: 'h'.repeat(64), total: '1.00', errorRows: 0, params: {}, problems: [], allocatable: null, approval: null, startedAt: at, finishedAt: at,
      },
      [],
    );
    const real = suite.bob.plans;
    // Bob's list was read while the run still went on elsewhere; the run then wrote
    // `finished` and released its lock before Bob looked for the lock's holder.
    const stale: PlanStore = Object.assign(Object.create(real) as PlanStore, {
      list: async () => (await real.list()).map((p) => (p.id === 'finished-elsewhere' ? { ...p, status: 'running' as const } : p)),
    });
    const bob = workstation({ stores: () => ({ plans: stale, policy: suite.bob.policy }) }, 'bob', suite.bob.journal, new FakePartner(1), new PlanRunLocks(suite.t.config(suite.t.bob)));
    expect((await bob.plans.list()).find((p) => p.id === 'finished-elsewhere')?.status).toBe('finished');
    expect(await real.require('finished-elsewhere')).toMatchObject({ status: 'finished' });
  });
});
