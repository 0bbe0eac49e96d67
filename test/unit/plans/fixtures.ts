// Test helpers for plans: a snapshot store with a few customers, T2s and balances (reference
// data), an operations file holding the plans and the journal, as in a profile, and a plans
// service over them with a journaled executor on a scripted wire.
import { worldClock, type WorldClock } from '../../support/world-clock';
import type { Database } from 'better-sqlite3';
import type { PlanDetail } from '../../../shared/contract/channels/plans';
import type { JournalDb } from '../../../electron/core/infra/journal/database';
import { operatorKeys } from '../../../electron/core/plans/four-eyes/operator-keys';
import { createMoneyExecutor, Journal, openJournalDb, type MoneyExecutor, type MoneyWire } from '../../../electron/core/money';
import { PlanRepository } from '../../../electron/core/plans/plan-repository';
import type { PlanMoneyPort } from '../../../electron/core/plans/run/money-port';
import { planPortOf } from '../../../electron/core/money/plan-port';
import { storeReferenceSource } from '../../../electron/core/plans/store-reference';
import { ApproversService } from '../../../electron/core/plans/approvers-service';
import { PlansService } from '../../../electron/core/plans/plans-service';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import { createMemoryVault, type MemoryVault } from '../../../electron/core/infra/vault/memory-vault';

export const FETCHED = '2026-01-05T08:00:00.000Z';

export interface SeedCustomer {
  id: string;
  login: string;
  name?: string;
  association?: '1' | '2';
  t2?: string | null;
  balance?: string | null;
}

export function seedStore(db: Database, seed: { customers: SeedCustomer[]; allocatable?: string; t2s?: { id: string; balance: string }[] }): void {
  const c = db.prepare('INSERT INTO customers (customer_id, account_name, customer_name, association_type, indirect_partner_id, fetched_at) VALUES (?, ?, ?, ?, ?, ?)');
  const b = db.prepare('INSERT INTO customer_balances (customer_id, amount, amount_key, fetched_at) VALUES (?, ?, 0, ?)');
  for (const x of seed.customers) {
    c.run(x.id, x.login, x.name ?? x.login, x.association ?? '2', x.t2 ?? null, FETCHED);
    if (x.balance != null) b.run(x.id, x.balance, FETCHED);
  }
  const a = db.prepare('INSERT INTO account_balances (owner_id, account_type, account_id, amount, designated_amount, amount_key, fetched_at) VALUES (?, ?, ?, ?, ?, 0, ?)');
  if (seed.allocatable) a.run('', 1, 'ACC-P', seed.allocatable, '0', FETCHED);
  const r = db.prepare('INSERT INTO resellers (indirect_partner_id, name, fetched_at) VALUES (?, ?, ?)');
  for (const t of seed.t2s ?? []) {
    r.run(t.id, `T2 ${t.id}`, FETCHED);
    a.run(t.id, 1, `ACC-${t.id}`, t.balance, null, FETCHED);
  }
}

export function executorPort(ex: MoneyExecutor): PlanMoneyPort {
  return planPortOf(ex);
}

/** An executor journaling into `operations` (a file name, or the plans' own database). */
export function journaledExecutor(wire: MoneyWire, operations: string | JournalDb = ':memory:', clock: WorldClock = worldClock()): MoneyExecutor {
  return createMoneyExecutor({
    journal: new Journal(typeof operations === 'string' ? openJournalDb(operations) : operations, clock.now),
    wire,
    profile: { id: 'p1', name: 'Test', currency: 'CNY' },
    // Production settle rules; a test moves `clock` past them to let "not applied" be concluded.
    reconcile: { clientTimeoutMs: 30_000, now: clock.now },
  });
}

/** The partner account (domain id) every test profile belongs to. */
export const ACCOUNT = 'domain-partner-1';

/** One workstation's view of a profile: its plans, its four-eyes setup, its keychain. */
export interface Desk {
  readonly service: PlansService;
  readonly approvers: ApproversService;
  readonly vault: MemoryVault;
  readonly operations: JournalDb;
}

export function desk(
  store: LocalStore,
  money: PlanMoneyPort | null = null,
  operations: JournalDb = openJournalDb(':memory:'),
  options: { vault?: MemoryVault; account?: string } = {},
): Desk {
  const vault = options.vault ?? createMemoryVault();
  const keys = operatorKeys(vault);
  const account = () => options.account ?? ACCOUNT;
  const service = new PlansService({
    db: () => operations,
    account,
    keys,
    reference: storeReferenceSource(() => store.db),
    money: () => money,
    onProgress: () => undefined,
    runner: { concurrency: 8 },
  });
  return { service, approvers: new ApproversService({ db: () => operations, account, keys }), vault, operations };
}

/** Plans in `operations` (the profile's journal.db), reference data from the snapshot `store`. */
export function serviceOver(store: LocalStore, money: PlanMoneyPort | null = null, operations: JournalDb = openJournalDb(':memory:')): PlansService {
  return desk(store, money, operations).service;
}

/** `approver` makes a key on `from` (their workstation) and `by` enrols its file on `on`. */
export async function enrol(on: Desk, approver: string, from: Desk = on, by = 'alice'): Promise<string> {
  const file = await from.approvers.exportEnrolment(approver);
  await on.approvers.enrol(file.content, by);
  return JSON.parse(file.content).fingerprint as string;
}

export const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

export function customers(n: number, prefix = 'c'): SeedCustomer[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i).padStart(4, '0')}`, login: `${prefix}-login-${i}`, balance: '100.00' }));
}

/**
 * A snapshot file as an app from before the move left it: the plan tables beside the
 * snapshots (its schema 3), with an approved plan and a finished one whose items link to
 * journal entries. Returns the plans as the old app listed them.
 */
export async function legacySnapshotWithPlans(file: string): Promise<{ approved: PlanDetail; finished: PlanDetail }> {
  const store = LocalStore.open(file);
  PlanRepository.applySchema(store.db);
  seedStore(store.db, { allocatable: '1000.00', customers: [{ id: 'c1', login: 'alpha', balance: '1.00' }, { id: 'c2', login: 'beta' }] });
  const old = serviceOver(store, null, store.db);
  const sheet = b64('customer_id,amount,memo\nc1,10,first\nc2,20,second\n');
  const a = await old.importSheet({ fileName: 'a.csv', kind: 'fund-customers', contentBase64: sheet }, 'alice');
  const ready = await old.save({ id: a.id });
  const repo = new PlanRepository(store.db);
  // The old app's approval: a name and a hash, no signature.
  repo.setApproval(a.id, { approver: 'bob', approvedAt: FETCHED, contentHash: ready.contentHash, via: 'local', keyFingerprint: null, signature: null });
  const approved = await old.get(a.id);
  const f = await old.importSheet({ fileName: 'f.csv', kind: 'fund-customers', contentBase64: sheet, name: 'done' }, 'alice');
  await old.save({ id: f.id });
  repo.createItems(f.id, [{ index: 0, counterpartyId: 'c1', counterpartyName: 'alpha', indirectPartnerId: null, amount: '10.00', memo: 'first' }], FETCHED);
  repo.updateItem(f.id, 0, { outcome: 'done', attempts: 1, journalEntryId: 'entry-1', transId: 'TX1' }, FETCHED);
  repo.update(f.id, { status: 'finished', startedAt: FETCHED, finishedAt: FETCHED });
  const finished = await old.get(f.id);
  store.close();
  return { approved, finished };
}

/** A ready funding plan of `n` items of 1.00 (c0, c1, …), its items frozen: what a runner takes. */
export function readyPlan(repo: PlanRepository, id: string, n: number): void {
  const now = new Date().toISOString();
  repo.insert({ id, name: id, kind: 'fund-customers', params: {}, status: 'ready', author: 'a', createdAt: now, updatedAt: now, requiresApproval: false,
    contentHash: '0'.repeat(64), total: '0.00', errorRows: 0, problems: [], allocatable: null, approval: null, startedAt: null, finishedAt: null }, []);
  repo.createItems(id, Array.from({ length: n }, (_, index) => ({ index, counterpartyId: `c${index}`, counterpartyName: null, indirectPartnerId: null, amount: '1.00', memo: '' })), now);
}
