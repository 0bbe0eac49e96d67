// A plan runs in one place at a time. The runner takes the plan's run lock before it sends
// anything and gives it back when it ends. In a team the lock is the database's
// (infra/team/plan-run-lock.ts: held by a connection, released by the server when the
// workstation dies, refused elsewhere with TEAM_PLAN_RUNNING_ELSEWHERE); solo, one process
// owns the data folder, so a lock in memory is enough.
import { EventEmitter } from 'node:events';
import { AppError } from '../../../../shared/contract';

/** What the runner needs of a held lock (PlanRunLease satisfies it). */
export interface RunLease {
  /** True once the lock is gone: nothing more may be sent under it. */
  readonly lost: boolean;
  /** Fires once when the lock is lost while held. */
  readonly events: Pick<EventEmitter<{ lost: [Error] }>, 'once' | 'off'>;
  release(): Promise<void>;
}

export interface RunLocks {
  /** Takes the plan's run lock, or throws the typed refusal naming the holder. */
  acquire(planId: string): Promise<RunLease>;
  /** Who holds the plan's lock now, null when nobody (team only: a plan `running` with no
   *  holder was interrupted; solo, no runner here means interrupted). */
  holder?(planId: string): Promise<unknown>;
}

/** The solo lock: plans running in this process. */
export function inProcessRunLocks(): RunLocks {
  const held = new Set<string>();
  return {
    async acquire(planId) {
      if (held.has(planId)) throw new AppError('PLAN_WRONG_STATE', { status: 'running' });
      held.add(planId);
      let released = false;
      return {
        lost: false,
        events: new EventEmitter<{ lost: [Error] }>(),
        async release() {
          if (released) return;
          released = true;
          held.delete(planId);
        },
      };
    },
  };
}

/** The process's own solo locks, the runner's default: one process per data folder. */
export const SOLO_RUN_LOCKS: RunLocks = inProcessRunLocks();
