// Builds the alerts area for the composition root: the service over the session's alert store
// and snapshot store, the check after every finished sync, and the handlers.
import type { AreaHandlers, Contract } from '../../../shared/contract';
import type { CoreContext } from '../core-context';
import type { AlertStore } from '../infra/alert-store/alert-records';
import type { ProfileStore } from '../infra/store/profile-store';
import { currentLanguage } from '../settings/settings-handlers';
import { AlertsService, type DraftPlanRequest, type HostNotifier } from './alerts-service';

export interface AlertsAreaOptions {
  /** The active profile's alert store (the team area picks the operations file or the team database). */
  readonly alerts: () => AlertStore;
  readonly store: ProfileStore;
  readonly notifier?: HostNotifier;
  readonly now?: () => Date;
  readonly createDraftPlan: (request: DraftPlanRequest, operator: string) => Promise<{ readonly id: string }>;
}

export interface AlertsArea {
  readonly service: AlertsService;
  readonly handlers: AreaHandlers<Contract, 'alerts'>;
  dispose(): void;
}

/** A draft plan request as the sheet the plans area imports (its own CSV reader, headers in English). */
export function draftPlanSheet(request: DraftPlanRequest): string {
  const target = request.kind === 'fund-t2s' ? 't2_id' : 'customer_id';
  const lines = [`${target},amount,memo`, ...request.rows.map((r) => `${r.target},${r.amount},${r.memo}`)];
  return `${lines.join('\r\n')}\r\n`;
}

export function createAlertsArea(core: CoreContext, options: AlertsAreaOptions): AlertsArea {
  const service = new AlertsService({
    session: () => core.sessions.require(),
    store: options.alerts,
    snapshot: () => options.store.store().db,
    events: core.events,
    language: () => currentLanguage(core),
    now: options.now,
    notifier: options.notifier,
    createDraftPlan: options.createDraftPlan,
  });
  // After every sync: a failed check (e.g. the store was closed by a profile switch) is logged, never thrown into the sync.
  const unsubscribe = core.events.subscribe((event) => {
    if (event.name !== 'sync.finished') return;
    service.check().catch((error: unknown) => core.log.warn({ err: error }, 'alerts: the check after a sync failed'));
  });
  const handlers: AreaHandlers<Contract, 'alerts'> = {
    rules: () => service.rules(),
    saveRules: ({ rules }) => service.saveRules(rules),
    list: (input) => service.list(input?.limit ?? 100),
    check: () => service.check(),
    fundThese: ({ seq }, ctx) => service.fundThese(seq, ctx.operator),
    markNotified: ({ seq }, ctx) => service.markNotified(seq, ctx.operator),
  };
  return { service, handlers, dispose: unsubscribe };
}
