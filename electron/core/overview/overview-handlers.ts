// The overview channel: one read of the active profile's store, journal and alert log. The
// customer threshold and the expiry horizon come from the profile's alert rules, so the
// overview and the alerts agree on who "needs money".
import { AppError, type AreaHandlers, type Contract } from '../../../shared/contract';
import type { OverviewView } from '../../../shared/contract/channels/overview';
import type { AlertsService } from '../alerts/alerts-service';
import type { CoreContext } from '../core-context';
import type { ProfileStore } from '../infra/store/profile-store';
import { attention, expiring, lastSync, months, ownBalances, resellerBalances, OVERVIEW_ROWS } from './overview-query';

/** Expiry horizon when the profile has no expiry rule. */
const DEFAULT_EXPIRY_DAYS = 30;

export function overviewHandlers(core: CoreContext, store: ProfileStore, alerts: AlertsService, now: () => Date = () => new Date()): AreaHandlers<Contract, 'overview'> {
  return {
    get: async (): Promise<OverviewView> => {
      const session = core.sessions.require();
      const local = store.store();
      // Without the team database (a shared profile offline) the overview still shows what this
      // workstation fetched; the banner says why the journal and the alert log are missing.
      const team = <T,>(read: () => Promise<T>, fallback: T): Promise<T> =>
        read().catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'TEAM_DISCONNECTED') return fallback;
          throw error;
        });
      const rules = (await team(() => alerts.rules(), [])).filter((r) => r.enabled);
      const threshold = rules.find((r) => r.kind === 'customer-below')?.amount ?? null;
      const days = rules.filter((r) => r.kind === 'vouchers-expiring' || r.kind === 'quota-expiring').reduce((d, r) => Math.max(d, r.days ?? 0), 0) || DEFAULT_EXPIRY_DAYS;
      const journal = core.money.active?.executor.journal;
      const unresolved = journal ? await team(() => journal.unresolved(), []) : [];
      const at = now();
      return {
        profile: { id: session.profile.id, name: session.profile.name, role: session.profile.role },
        currency: session.profile.site === 'intl' ? 'USD' : 'CNY',
        balances: ownBalances(local.db),
        resellers: session.profile.role === 'T1' ? resellerBalances(local.db) : null,
        attention: attention(local, threshold),
        expiring: expiring(local, days, at),
        unresolved: { total: unresolved.length, entries: unresolved.slice(0, OVERVIEW_ROWS) },
        lastSync: lastSync(local),
        months: months(local.db, at),
        alerts: await team(() => alerts.firing(), { firing: 0, lastCheckedAt: null }),
      };
    },
  };
}
