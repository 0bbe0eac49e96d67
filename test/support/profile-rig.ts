// The per-session pieces app-core wires together, over switchable sessions in `root`: the
// snapshot store, the operations file, the money runtime (on a scripted wire when the session
// has an API) and the plans area, in app-core's order.
import type { CoreContext } from '../../electron/core/core-context';
import { EventBus } from '../../electron/core/event-bus';
import { OperationsStore } from '../../electron/core/infra/journal/operations-store';
import type { MoneyWire } from '../../electron/core/money';
import { planMoneyPort } from '../../electron/core/money/plan-port';
import type { MoneyReads } from '../../electron/core/money/reads';
import { createMoneyRuntime } from '../../electron/core/money/runtime';
import { createPlansArea } from '../../electron/core/plans/plans-area';
import { ProfileStore } from '../../electron/core/infra/store/profile-store';
import { createMemoryVault } from '../../electron/core/infra/vault/memory-vault';
import { switchableSessions } from './switchable-sessions';

const noReads = { invalidate: () => undefined } as unknown as MoneyReads;

export function profileRig(root: string, wire: MoneyWire | null) {
  const s = switchableSessions(root, () => (wire ? { wire } : {}));
  const events = new EventBus();
  const log = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined } as unknown as CoreContext['log'];
  const store = new ProfileStore(s.manager);
  const operations = new OperationsStore(s.manager, log);
  const money = createMoneyRuntime({
    sessions: s.manager,
    events,
    log,
    operations,
    // Services are called here below the router, so no channel gate wraps their writes.
    requireGates: false,
    adapt: (session) => {
      const api = session.api as { wire?: MoneyWire };
      return api.wire ? { wire: api.wire, reads: noReads } : null;
    },
  });
  const core = { events, sessions: s.manager, log, money } as unknown as CoreContext;
  const plans = createPlansArea(core, { store, operations, money: () => planMoneyPort(money), runner: { concurrency: 4 }, vault: createMemoryVault() });
  return {
    ...s,
    store,
    operations,
    money,
    plans,
    async dispose() {
      plans.dispose();
      await store.dispose();
      money.dispose();
      operations.dispose();
    },
  };
}
