// activity.* channels: the journal of the active profile, reconciliation, export.
import { join } from 'node:path';
import type { AreaHandlers, Contract } from '../../../shared/contract';
import { AppError } from '../../../shared/contract/errors';
import type { MoneyRuntime } from '../money/runtime';
import { exportJournal } from './journal-export';

const EXPORT_MAX = 100_000;

export function activityHandlers(runtime: MoneyRuntime): AreaHandlers<Contract, 'activity'> {
  return {
    list: ({ filters, offset, limit }) => runtime.require().executor.journal.list(filters, offset, limit),
    get: async ({ id }) => {
      const e = await runtime.require().executor.journal.get(id);
      if (!e) throw new AppError('NOT_FOUND', { what: `journal entry ${id}` });
      return e;
    },
    reconcile: ({ id }, ctx) => runtime.require().executor.reconcile(id, { operator: ctx.operator }),
    reconcileAll: (_input, ctx) => runtime.require().executor.reconcileAll({ operator: ctx.operator }),
    export: async ({ format, filters, language }) => {
      const money = runtime.require();
      const page = await money.executor.journal.list(filters, 0, EXPORT_MAX);
      try {
        return await exportJournal(page.entries, format, language, join(money.session.profileDir, 'exports'));
      } catch (error) {
        throw new AppError('EXPORT_FAILED', { reason: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}
