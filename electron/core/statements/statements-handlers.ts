// The statements channels over the active profile's offline store (works without the API).
import type { AreaHandlers, Contract } from '../../../shared/contract';
import type { ProfileStore } from '../infra/store/profile-store';
import { consumersOf, syncConsumers } from './consumers';
import { exportStatements } from './statement-export';
import { computeSet, customerStatement, summaryOf, type ComputedSet, type StatementQuery } from './statements-service';

export function statementsHandlers(store: ProfileStore): AreaHandlers<Contract, 'statements'> {
  // The summary is paged by the screen; the set of one query is kept until the data changes
  // (a sync bumps the as-of times) so paging does not recompute 20,000 statements each time.
  let cached: { key: string; set: ComputedSet } | null = null;
  const setOf = (q: StatementQuery): ComputedSet => {
    const db = store.store().db;
    // A running sync changes `done` as its pages arrive, a finished one its times.
    const version = db.prepare("SELECT group_concat(list || state || done || coalesce(as_of, '') || coalesce(last_finished_at, '')) AS v FROM sync_lists").get() as { v: string | null };
    const key = JSON.stringify([store.session().profileDir, q, version.v]);
    if (cached?.key !== key) cached = { key, set: computeSet(db, q, false) };
    return cached.set;
  };
  return {
    summary: ({ offset, limit, ...q }) => summaryOf(setOf(q), offset, limit),
    customer: ({ period, customerId }) => customerStatement(store.store().db, period, customerId),
    consumers: ({ month }) => consumersOf(store.store().db, store.session().profileDir, month),
    syncConsumers: async ({ month }) => {
      const session = store.session();
      await syncConsumers(session.api, session.profileDir, month);
      return consumersOf(store.store().db, session.profileDir, month);
    },
    export: ({ format, language, ...q }) => exportStatements(computeSet(store.store().db, q, true), store.session().profileDir, format, language),
  };
}
