// Builds the plans service for the composition root: the active profile's store (opened on
// first use, closed when the profile changes), reference data read from it, and the
// journaled money executor supplied by the money area.
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError, type ProgressEvent } from '../../../../shared/contract';
import type { CoreContext } from '../../core-context';
import { storeReferenceSource } from '../../plans/store-reference';
import type { PlanMoneyPort } from '../../plans/run/money-port';
import { LocalStore } from '../../store/local-store';
import { DB_FILE_NAME } from '../../store/open-database';
import { PlansService, type PlansServiceDeps } from './plans-service';

export interface PlansAreaOptions {
  /** The active profile's journaled executor as a plan port; null when none is available. */
  readonly money?: () => PlanMoneyPort | null;
  readonly runner?: PlansServiceDeps['runner'];
}

export interface PlansArea {
  readonly service: () => PlansService;
  dispose(): void;
}

export function createPlansArea(core: CoreContext, options: PlansAreaOptions = {}): PlansArea {
  let open: { dir: string; store: LocalStore; service: PlansService } | null = null;
  const close = () => {
    open?.store.close();
    open = null;
  };
  const unsubscribe = core.sessions.onChange(close);

  const service = (): PlansService => {
    const session = core.sessions.active;
    if (!session) throw new AppError('NO_ACTIVE_PROFILE');
    if (open?.dir !== session.profileDir) {
      close();
      const store = LocalStore.open(join(session.profileDir, DB_FILE_NAME));
      const db = (): Database => store.db;
      open = {
        dir: session.profileDir,
        store,
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
      close();
    },
  };
}
