// A plan runs on one workstation at a time: its run holds a session-level advisory lock
// (pg_try_advisory_lock on the plan's run_lock_key) on a connection of its own, not a pooled
// one, for as long as the run lasts. When the workstation dies, its connection drops and the
// server ends the session, which releases the lock; the plan is then resumable elsewhere
// (after reconciliation of its unresolved entries, as after a crash on one workstation).
// TCP keepalives on both ends bound how long a vanished machine (power cut, cable) holds it.
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { AppError } from '../../../../shared/contract/errors';
import { clientConfig, createTeamPool, type TeamConnectionConfig } from './connection';

export interface PlanLockHolder {
  readonly role: string;
  readonly applicationName: string;
  readonly pid: number;
  readonly since: string | null;
}

export interface PlanRunLease {
  readonly planId: string;
  /** The server process holding the lock (pg_stat_activity.pid). */
  readonly backendPid: number;
  /** Set once the connection is gone: the server has released the lock, the run must stop sending. */
  readonly lost: boolean;
  /** 'lost' fires when the connection drops while the lease is held. */
  readonly events: EventEmitter<{ lost: [Error] }>;
  release(): Promise<void>;
}

const SERVER_KEEPALIVE = ['SET tcp_keepalives_idle = 15', 'SET tcp_keepalives_interval = 5', 'SET tcp_keepalives_count = 3'];

export class PlanRunLocks {
  private lookups: pg.Pool | null = null;

  constructor(private readonly config: TeamConnectionConfig) {}

  /** Takes the plan's run lock or throws TEAM_PLAN_RUNNING_ELSEWHERE naming the holder. */
  async acquire(planId: string): Promise<PlanRunLease> {
    const client = new pg.Client({ ...clientConfig(this.config), keepAliveInitialDelayMillis: 10_000 });
    client.on('error', () => undefined);
    await client.connect();
    try {
      for (const sql of SERVER_KEEPALIVE) await client.query(sql);
      const key = await lockKey(client, planId);
      const got = await client.query<{ ok: boolean; pid: number }>('SELECT pg_try_advisory_lock($1::bigint) AS ok, pg_backend_pid() AS pid', [key]);
      if (!got.rows[0]!.ok) {
        const holder = await holderOf(client, key);
        throw new AppError('TEAM_PLAN_RUNNING_ELSEWHERE', { planId, holder: holder?.role ?? '?', application: holder?.applicationName ?? '?' });
      }
      return lease(client, planId, key, got.rows[0]!.pid);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  /** Who holds the plan's run lock now, if anyone (for the plans screen). One small pool of
   *  its own: every list of a running plan asks, and a connection per ask is slow. */
  async holder(planId: string): Promise<PlanLockHolder | null> {
    const pool = (this.lookups ??= createTeamPool(this.config, 1));
    return holderOf(pool, await lockKey(pool, planId));
  }

  /** Ends the look-up pool (leases end with their runs). */
  async close(): Promise<void> {
    const pool = this.lookups;
    this.lookups = null;
    await pool?.end().catch(() => undefined);
  }
}

type Queryable = Pick<pg.ClientBase, 'query'>;

async function lockKey(client: Queryable, planId: string): Promise<string> {
  const r = await client.query<{ k: string }>('SELECT run_lock_key AS k FROM plans WHERE id = $1', [planId]);
  if (!r.rows[0]) throw new AppError('NOT_FOUND', { what: `plan ${planId}` });
  return r.rows[0].k;
}

/** pg_locks names a one-bigint advisory lock by its high and low halves (classid, objid; objsubid 1). */
async function holderOf(client: Queryable, key: string): Promise<PlanLockHolder | null> {
  const r = await client.query<{ role: string; app: string; pid: number; since: Date | null }>(
    `SELECT a.usename AS role, a.application_name AS app, a.pid, a.backend_start AS since
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND l.classid::bigint = ($1::bigint >> 32) AND l.objid::bigint = ($1::bigint & 4294967295)`,
    [key],
  );
  const row = r.rows[0];
  return row ? { role: row.role, applicationName: row.app, pid: row.pid, since: row.since?.toISOString() ?? null } : null;
}

function lease(client: pg.Client, planId: string, key: string, backendPid: number): PlanRunLease {
  const events = new EventEmitter<{ lost: [Error] }>();
  let held = true;
  let lost = false;
  const drop = (error: Error) => {
    if (!held || lost) return;
    lost = true;
    events.emit('lost', error);
  };
  client.on('error', drop);
  client.on('end', () => drop(new Error('the connection holding the plan run lock closed')));
  return {
    planId,
    backendPid,
    get lost() {
      return lost;
    },
    events,
    async release() {
      if (!held) return;
      held = false;
      if (!lost) await client.query('SELECT pg_advisory_unlock($1::bigint)', [key]).catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}
