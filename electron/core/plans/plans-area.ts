// Builds the plans service for the composition root: plans live in the session's operations
// file (journal/operations-store.ts, beside the money journal), reference data for validation
// is read from the snapshot store (store/profile-store.ts), and the journaled money executor
// is supplied by the money area. Both handles are shared and owned by the composition root.
import type { ProgressEvent } from '../../../shared/contract';
import type { CoreContext } from '../core-context';
import { operatorKeys } from './four-eyes/operator-keys';
import type { OperationsStore } from '../infra/journal/operations-store';
import { storeReferenceSource } from './store-reference';
import type { PlanMoneyPort } from './run/money-port';
import type { ProfileSession } from '../infra/session';
import type { ProfileStore } from '../infra/store/profile-store';
import type { Vault } from '../infra/vault/vault';
import { ApproversService } from './approvers-service';
import { PlansService, type PlansServiceDeps } from './plans-service';
import type { PlanStores } from './plan-store';
import type { RunLocks } from './run/run-locks';

export interface PlansAreaOptions {
  /** The session's snapshot store, shared with the review area: reference data only. */
  readonly store: ProfileStore;
  /** The session's operations file, shared with the money runtime: the plan tables. */
  readonly operations: OperationsStore;
  /** The active profile's journaled executor as a plan port; null when none is available. */
  readonly money?: () => PlanMoneyPort | null;
  readonly runner?: PlansServiceDeps['runner'];
  /** Where operators' signing keys live: the OS keychain (the in-memory vault in tests). */
  readonly vault: Vault;
  /** A shared profile's stores (infra/team: TeamPlanStore, TeamPolicyStore); default: the operations file's. */
  readonly stores?: () => PlanStores;
  /** A shared profile's run locks (PlanRunLocks); default: this process's. */
  readonly runLocks?: RunLocks;
}

export interface PlansArea {
  readonly service: () => PlansService;
  /** Four-eyes setup of the active profile's partner account. */
  readonly approvers: () => ApproversService;
  dispose(): void;
}

export function createPlansArea(core: CoreContext, options: PlansAreaOptions): PlansArea {
  // One service per session: its running plans belong to that profile.
  let open: { session: ProfileSession; service: PlansService } | null = null;
  const unsubscribe = core.sessions.onChange(() => (open = null));
  const keys = operatorKeys(options.vault);
  // The partner account the policy, roster and signatures belong to.
  const account = () => core.sessions.require().profile.domainId;
  const db = () => options.operations.db();

  const service = (): PlansService => {
    // Not the snapshot store's session: plans stay readable while that file is damaged.
    const session = core.sessions.require();
    if (open?.session !== session) {
      open = {
        session,
        service: new PlansService({
          db,
          stores: options.stores,
          runLocks: options.runLocks,
          account,
          keys,
          reference: storeReferenceSource(() => options.store.store().db),
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
    approvers: () => new ApproversService({ db, stores: options.stores, account, keys }),
    dispose() {
      unsubscribe();
      open = null;
    },
  };
}
