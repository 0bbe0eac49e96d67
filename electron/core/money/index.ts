// What other areas (batch plans, services) import from the money core.
export { createMoneyExecutor, SYSTEM_OPERATOR } from '../infra/writes/executor';
export type { ExecContext, MoneyExecutor, MoneyExecutorDeps, MoneyIntent, ProfileRef } from '../infra/writes/executor';
export type { AdjustRecord, AdjustRecordQuery, MoneyCall, MoneyCallResult, MoneyWire } from '../infra/writes/wire';
export { Journal, JournalTransitionError } from '../infra/journal/journal';
export { openJournalDb, journalPath } from '../infra/journal/database';
