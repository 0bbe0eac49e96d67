// Builds the plans service for the composition root: the active profile's store (the
// session's shared handle, store/profile-store.ts), reference data read from it, and the
// journaled money executor supplied by the money area.
import type { Database } from 'better-sqlite3';
import type { ProgressEvent } from '../../../../shared/contract';
import type { CoreContext } from '../../core-context';
import { storeReferenceSource } from '../../plans/store-reference';
import type { PlanMoneyPort } from '../../plans/run/money-port';
import type { ProfileSession } from '../../session';
import type { ProfileStore } from '../../store/profile-store';
import { PlansService, type PlansServiceDeps } from './plans-service';

export interface PlansAreaOptions {
  /** The session's store handle, shared with the review area; the composition root owns it. */
  readonly store: ProfileStore;
  /** The active profile's journaled executor as a plan port; null when none is available. */
  readonly money?: () => PlanMoneyPort | null;
  readonly runner?: PlansServiceDeps['runner'];
}

export interface PlansArea {
  readonly service: () => PlansService;
  dispose(): void;
}

export function createPlansArea(core: CoreContext, options: PlansAreaOptions): PlansArea {
  // One service per session: its running plans belong to that profile.
  let open: { session: ProfileSession; service: PlansService } | null = null;
  const unsubscribe = core.sessions.onChange(() => (open = null));

  const service = (): PlansService => {
    const session = options.store.session();
    if (open?.session !== session) {
      const db = (): Database => options.store.store().db;
      open = {
        session,
        service: new PlansService({
          db,
          reference: storeReferenceSource(db),
          money: options.money ?? (() => null),
          onProgress: (event: ProgressEvent) => core.events.emit('task.progress', event),
          runner: options.runner,
        }),
      };
    }
    return open.service;
  };

  return {
    service,
    dispose() {
      unsubscribe();
      open = null;
    },
  };
}
