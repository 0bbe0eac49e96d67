// Adapter from the money runtime to what batch plans need (plans/run/money-port.ts).
import type { PlanMoneyPort } from '../plans/run/money-port';
import type { MoneyRuntime } from './runtime';

/** The active profile's executor as a plan port; null when no money session is open. */
export function planMoneyPort(runtime: MoneyRuntime): PlanMoneyPort | null {
  const money = runtime.active;
  if (!money) return null;
  const { executor } = money;
  return {
    execute: ({ operator, ...intent }) => executor.execute(intent, { operator }),
    reconcile: (entryId, operator) => executor.reconcile(entryId, { operator }),
    entriesOf: (planId, planItemId) => executor.journal.byPlanItem(planId, planItemId),
  };
}
