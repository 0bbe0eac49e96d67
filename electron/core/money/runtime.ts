// Binds the money executor to the active profile session: takes the profile's journal from
// the session's operations file (journal/operations-store.ts, which owns and closes the
// connection) when a session becomes active and reconciles every unresolved entry in the
// background (nothing is re-sent). Services and batch plans reach the executor through
// `require()`.
import type { ConnectivityEvent } from '../../../shared/contract/events';
import { AppError } from '../../../shared/contract/errors';
import type { EventBus } from '../event-bus';
import { Journal } from '../infra/journal/journal';
import type { OperationsStore } from '../infra/journal/operations-store';
import type { Logger } from '../infra/logging/logger';
import type { PartnerApi } from '../infra/partner-api';
import type { ProfileSession, SessionManager } from '../infra/session';
import { createConfirmations, type Confirmations } from '../infra/writes/confirmation';
import { createMoneyExecutor, SYSTEM_OPERATOR, type MoneyExecutor } from '../infra/writes/executor';
import { partnerApiWire } from '../infra/writes/partner-api-wire';
import { partnerApiReads, type MoneyReads } from './reads';
import type { ReconcileOptions } from '../infra/writes/reconcile';
import type { MoneyWire } from '../infra/writes/wire';
import { assertWriteGated } from '../infra/writes/gate-scope';
import type { TeamLink } from '../team/team-link';
import { linkedJournal } from '../team/linked-journal';

export interface MoneySession {
  readonly executor: MoneyExecutor;
  readonly reads: MoneyReads;
  readonly role: 'SP' | 'T1';
  readonly session: ProfileSession;
  /** Resolves when the start-up reconciliation has finished (tests wait for it). */
  readonly startup: Promise<void>;
}

export interface MoneyRuntime {
  readonly active: MoneySession | null;
  /** The active profile's money session, or NO_ACTIVE_PROFILE. */
  require(): MoneySession;
  /** MONEY_OFFLINE when the endpoint is known to be unreachable. */
  assertOnline(): void;
  readonly confirmations: Confirmations;
  dispose(): void;
}

export interface MoneyRuntimeOptions {
  readonly sessions: SessionManager;
  readonly events: EventBus;
  /** The session's operations file; the composition root owns it (the plans area shares it). */
  readonly operations: OperationsStore;
  /** A shared profile's team database: its journal replaces the operations file's. */
  readonly team?: TeamLink;
  readonly log?: Logger;
  /** Override how a session's API becomes a wire and reads (tests, other hosts). */
  readonly adapt?: (session: ProfileSession) => { wire: MoneyWire; reads: MoneyReads } | null;
  readonly reconcile?: ReconcileOptions;
  /** Refuse any write that did not come through a channel with the write gates (default true;
   *  false only for tests of the executor below the router). */
  readonly requireGates?: boolean;
}

function isPartnerApi(api: unknown): api is PartnerApi {
  return typeof api === 'object' && api !== null && 'funding' in api && 'resellers' in api && 'listAll' in api;
}

function defaultAdapt(session: ProfileSession): { wire: MoneyWire; reads: MoneyReads } | null {
  return isPartnerApi(session.api) ? { wire: partnerApiWire(session.api), reads: partnerApiReads(session.api) } : null;
}

export function createMoneyRuntime(options: MoneyRuntimeOptions): MoneyRuntime {
  const confirmations = createConfirmations();
  let current: MoneySession | null = null;
  let connectivity: ConnectivityEvent | null = null;

  const unsubscribeEvents = options.events.subscribe((e) => {
    if (e.name === 'app.connectivity') connectivity = e.payload;
  });

  const open = (session: ProfileSession | null) => {
    current = null;
    connectivity = null;
    if (!session) return;
    const adapted = (options.adapt ?? defaultAdapt)(session);
    if (!adapted) {
      options.log?.warn({ profile: session.profile.id }, 'money: no partner API for this session; money operations disabled');
      return;
    }
    const shared = options.team?.shared === true;
    const journal = shared ? linkedJournal(options.team!) : new Journal(options.operations.db(), options.reconcile?.now);
    const executor = createMoneyExecutor({
      journal,
      wire: adapted.wire,
      profile: { id: session.profile.id, name: session.profile.name, currency: session.profile.site === 'intl' ? 'USD' : 'CNY' },
      reconcile: options.reconcile,
      assertGated: options.requireGates === false ? undefined : assertWriteGated,
      onChange: (entry) => {
        if (entry.state !== 'pending' && entry.state !== 'sent') adapted.reads.invalidate();
        options.events.emit('money.journal', { entryId: entry.id, state: entry.state, planId: entry.planId });
      },
    });
    // A shared profile reconciles once its database is open (its unresolved entries are there).
    const startup = (shared ? options.team!.ready() : Promise.resolve())
      .then(() => (current?.executor === executor ? executor.reconcileAll({ operator: SYSTEM_OPERATOR }) : { examined: 0 }))
      .then((s) => {
        if (s.examined) options.log?.info({ ...s, entries: undefined }, 'money: start-up reconciliation');
      })
      .catch((error: unknown) => options.log?.error({ err: error }, 'money: start-up reconciliation failed'));
    current = { executor, reads: adapted.reads, role: session.profile.role, session, startup };
  };

  const unsubscribeSessions = options.sessions.onChange(open);
  if (options.sessions.active) open(options.sessions.active);

  return {
    get active() {
      return current;
    },
    require() {
      if (!options.sessions.active) throw new AppError('NO_ACTIVE_PROFILE');
      if (!current) throw new AppError('MONEY_BALANCES_UNAVAILABLE', { reason: 'this profile has no partner API connection' });
      return current;
    },
    assertOnline() {
      // On a shared profile the team's journal decides whether a write was made: none without it.
      if (options.team?.shared) options.team.database();
      if (connectivity && !connectivity.online) throw new AppError('MONEY_OFFLINE', { endpoint: connectivity.endpoint });
    },
    confirmations,
    dispose() {
      unsubscribeEvents();
      unsubscribeSessions();
      current = null;
    },
  };
}
