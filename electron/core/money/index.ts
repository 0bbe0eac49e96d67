// What other areas (batch plans, services) import from the money core.
export { createMoneyExecutor, SYSTEM_OPERATOR } from '../writes/executor';
export type { ExecContext, MoneyExecutor, MoneyExecutorDeps, MoneyIntent, ProfileRef } from '../writes/executor';
export { OPERATIONS } from './operations';
export type { AdjustOperationType, OperationFacts } from './operations';
export type { AdjustRecord, AdjustRecordQuery, MoneyCall, MoneyCallResult, MoneyWire } from '../writes/wire';
export { Journal, JournalTransitionError } from '../journal/journal';
export { openJournalDb, journalPath } from '../journal/database';
