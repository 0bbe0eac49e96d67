// What the plans area needs from where plans live, as promises: the solo operations file
// (SQLite, PlanRepository, synchronous underneath) and the team database (PostgreSQL,
// infra/team/team-plan-store.ts) both implement it, so one service and one runner drive either.
// Each method is one durable step: when its promise resolves the change is committed.
import type Database from 'better-sqlite3';
import type { ItemOutcome } from '../../../shared/contract/channels/plans';
import { SqlitePolicyStore, type PolicyStore } from './four-eyes/policy-store';
import { PlanRepository, type ItemPatch, type NewItem, type PlanPatch, type StoredApproval, type StoredPlan, type StoredRow } from './plan-repository';

import type { PlanStore } from '../infra/plan-store/plan-records';

export type { PlanStore } from '../infra/plan-store/plan-records';

/** The solo store: every call is one synchronous SQLite step (its transactions intact), resolved. */
export class SqlitePlanStore implements PlanStore {
  readonly repo: PlanRepository;

  constructor(source: Database.Database | PlanRepository) {
    this.repo = source instanceof PlanRepository ? source : new PlanRepository(source);
  }

  list = async () => this.repo.list();
  get = async (id: string) => this.repo.get(id);
  require = async (id: string) => this.repo.require(id);
  rows = async (id: string) => this.repo.rows(id);
  rowCount = async (id: string) => this.repo.rowCount(id);
  items = async (id: string) => this.repo.items(id);
  insert = async (plan: StoredPlan, rows: readonly StoredRow[]) => this.repo.insert(plan, rows);
  replaceRows = async (id: string, rows: readonly StoredRow[], patch: PlanPatch) => this.repo.replaceRows(id, rows, patch);
  update = async (id: string, patch: PlanPatch) => this.repo.update(id, patch);
  setApproval = async (id: string, approval: StoredApproval | null) => this.repo.setApproval(id, approval);
  delete = async (id: string) => this.repo.delete(id);
  createItems = async (id: string, items: readonly NewItem[], now: string) => this.repo.createItems(id, items, now);
  updateItem = async (id: string, index: number, patch: ItemPatch, now: string) => this.repo.updateItem(id, index, patch, now);
  updateItems = async (id: string, patches: ReadonlyArray<{ readonly index: number; readonly patch: ItemPatch }>, now: string) =>
    this.repo.updateItems(id, patches, now);
  itemsWithOutcome = async (id: string, outcomes: readonly ItemOutcome[]) => this.repo.itemsWithOutcome(id, outcomes);
}

/** A PlanRepository (tests, the bench, the soak children) or any store, as a store. */
export const asPlanStore = (source: PlanStore | PlanRepository): PlanStore => (source instanceof PlanRepository ? new SqlitePlanStore(source) : source);

/** The stores of the active profile's operations: the plans and the policy log. */
export interface PlanStores {
  readonly plans: PlanStore;
  readonly policy: PolicyStore;
}

/** Where the services find their stores: `stores` (team, or any), else the solo file `db`. */
export interface PlanStoreSource {
  readonly stores?: () => PlanStores;
  /** The solo operations file (journal.db) with the plan tables. */
  readonly db?: () => Database.Database;
}

export function storesOf(source: PlanStoreSource): PlanStores {
  if (source.stores) return source.stores();
  if (!source.db) throw new Error('the plans area was given neither stores nor an operations file');
  const db = source.db();
  return { plans: new SqlitePlanStore(db), policy: new SqlitePolicyStore(db) };
}
