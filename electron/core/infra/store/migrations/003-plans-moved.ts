// Version 3 used to create the batch-plan tables here. Plans are operator-authored records,
// not a re-fetchable snapshot, so they moved to the operations file (journal.db, journal
// migration 2). The step stays, empty, because versions must be contiguous. A database
// already past it keeps its old plan tables untouched; their plans are copied once into the
// operations file (plans/legacy-plans.ts).
import type { Migration } from './migration';

export const m003PlansMoved: Migration = {
  version: 3,
  name: 'placeholder: batch plans moved to the operations file',
  up: () => undefined,
};
