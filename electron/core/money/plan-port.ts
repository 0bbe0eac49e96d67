// Adapter from the money runtime to what batch plans need (plans/run/money-port.ts).
import type { MoneyExecutor } from '../infra/writes/executor';
import type { PlanMoneyPort } from '../plans/run/money-port';
import type { MoneyRuntime } from './runtime';

/** The active profile's executor as a plan port; null when no money session is open. */
export function planMoneyPort(runtime: MoneyRuntime): PlanMoneyPort | null {
  const money = runtime.active;
  if (!money) return null;
  return planPortOf(money.executor);
}

/** Any journaled executor as a plan port (the app's, and a test's or the bench's own). */
export function planPortOf(executor: MoneyExecutor): PlanMoneyPort {
  return {
    execute: ({ operator, ...intent }) => executor.execute(intent, { operator }),
    async executeMany(intents) {
      if (intents.length === 0) return [];
      const operator = intents[0]!.operator;
      const results = await executor.executeMany(intents.map(({ operator: _, ...intent }) => intent), { operator });
      return results.map((r) => (r.ok ? r : { ok: false as const, error: { code: r.error.code, message: r.error.message } }));
    },
    reconcile: (entryId, operator) => executor.reconcile(entryId, { operator }),
    entriesOf: async (planId, planItemId) => executor.journal.byPlanItem(planId, planItemId),
  };
}
