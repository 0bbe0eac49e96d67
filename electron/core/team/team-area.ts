// Builds the team area for the composition root: the link to the active shared profile's
// database, what money and plans take from it (journal, stores, run locks), its changes on
// the event bus, and the team channels. Keeps app-core.ts down to a few lines.
import type { EventBus } from '../event-bus';
import type { InvoiceStore } from '../infra/invoice-store/invoice-records';
import type { AlertStore } from '../infra/alert-store/alert-records';
import { AlertLog, SqliteAlertStore } from '../alerts/alert-log';
import { ensureInvoicesSchema } from '../infra/journal/invoices-schema';
import type { OperationsStore } from '../infra/journal/operations-store';
import { InvoiceRepository, SqliteInvoiceStore } from '../invoices/invoice-repository';
import type { Logger } from '../infra/logging/logger';
import type { TeamChange } from '../infra/team/team-events';
import type { MoneyRuntime } from '../money/runtime';
import { SqlitePlanStore, type PlanStores } from '../plans/plan-store';
import { SqlitePolicyStore } from '../plans/four-eyes/policy-store';
import { SOLO_RUN_LOCKS, type RunLocks } from '../plans/run/run-locks';
import type { ProfilesArea } from '../profiles/profiles-area';
import { teamHandlers } from './team-handlers';
import { createTeamLink, type TeamLink } from './team-link';
import { createTeamService } from './team-service';

export interface TeamArea {
  readonly link: TeamLink;
  /** The plans area's stores: the team database on a shared profile, else the operations file. */
  readonly planStores: () => PlanStores;
  /** The plans area's run locks: the database's advisory locks on a shared profile. */
  readonly runLocks: RunLocks;
  /** The invoices area's store: the team database on a shared profile, else the operations file. */
  readonly invoiceStore: () => InvoiceStore;
  /** The alerts area's store: the team's (per partner account) on a shared profile, else the profile's in the operations file. */
  readonly alertStore: () => AlertStore;
  /** The money runtime, once made (it takes the link first), for invalidating balances. */
  bindMoney(money: MoneyRuntime): void;
  readonly handlers: ReturnType<typeof teamHandlers>;
  dispose(): Promise<void>;
}

export function createTeamArea(deps: {
  readonly profiles: ProfilesArea;
  readonly operations: OperationsStore;
  readonly events: EventBus;
  readonly log: Logger;
  readonly host: string;
  readonly now?: () => Date;
}): TeamArea {
  let money: MoneyRuntime | null = null;
  const onChange = (change: TeamChange) => {
    if (change.kind === 'journal') {
      // Another workstation's resolved write moves balances: re-read them.
      if (change.state !== 'pending' && change.state !== 'sent') money?.active?.reads.invalidate();
      deps.events.emit('money.journal', { entryId: change.entryId, state: change.state, planId: change.planId });
      return;
    }
    deps.events.emit('plans.changed', { planId: change.kind === 'roster' ? null : change.planId, kind: change.kind });
  };
  const link = createTeamLink({
    sessions: deps.profiles.sessions,
    vault: deps.profiles.vault,
    events: deps.events,
    connectionOf: (id) => deps.profiles.repo.find(id)?.team ?? null,
    log: deps.log,
    applicationName: `Partner Desk (${deps.host}, pid ${process.pid})`,
    onChange,
    onResync: () => deps.events.emit('plans.changed', { planId: null, kind: 'resync' }),
    ...(deps.now ? { now: deps.now } : {}),
  });
  const service = createTeamService({
    repo: deps.profiles.repo,
    vault: deps.profiles.vault,
    sessions: deps.profiles.sessions,
    link,
    reactivate: (id) => deps.profiles.service.activate(id),
    soloFile: () => deps.operations.db(),
    log: deps.log,
  });
  return {
    link,
    planStores: () => {
      if (link.shared) return link.database();
      const db = deps.operations.db();
      return { plans: new SqlitePlanStore(db), policy: new SqlitePolicyStore(db) };
    },
    runLocks: {
      acquire: (planId) => (link.shared ? link.runLocks().acquire(planId) : SOLO_RUN_LOCKS.acquire(planId)),
      holder: async (planId) => (link.shared ? link.runLocks().holder(planId) : null),
    },
    invoiceStore: () => (link.shared ? link.database().invoices : new SqliteInvoiceStore(new InvoiceRepository(ensureInvoicesSchema(deps.operations.db())))),
    alertStore: () => {
      const session = deps.profiles.sessions.require();
      if (link.shared) return link.database().alerts(session.profile.domainId);
      return new SqliteAlertStore(new AlertLog(deps.operations.db(), session.profile.id, deps.now ?? (() => new Date())));
    },
    bindMoney: (m) => (money = m),
    handlers: teamHandlers(service),
    dispose: () => link.dispose(),
  };
}
