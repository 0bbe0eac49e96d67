// How Partner Desk reaches a team's shared operations database (issue #16): one PostgreSQL
// database per partner account, its objects in the `partner_desk` schema, owned by a group
// role the operators are not members of. Operators log in as their own role: the database,
// not the client, says who did what (session_user).
import pg from 'pg';

export const TEAM_SCHEMA = 'partner_desk';
/** The one LISTEN/NOTIFY channel every journal, plan and approval change is announced on. */
export const TEAM_CHANNEL = 'partner_desk_events';

export interface TeamConnectionConfig {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  /** From the OS keychain at connect time; never stored in settings. */
  readonly password: string;
  /** The server's CA (PEM) when the server is not on loopback: TLS with verification. */
  readonly caPem?: string | null;
  /** Shown in pg_stat_activity, so a plan-lock holder can be named (workstation, host kind). */
  readonly applicationName?: string;
}

/** The group roles of one team database, named after it (roles are cluster-wide). */
export interface TeamRoles {
  /** Owns the schema; only administrators are members; migrations run as it. */
  readonly owner: string;
  /** Every operator login is a member: SELECT/INSERT on the journal, nothing more. */
  readonly operator: string;
}

/** Role names leave room for the suffix within PostgreSQL's 63-byte identifiers. */
export const MAX_DATABASE_NAME = 48;

export function teamRoles(database: string): TeamRoles {
  if (!/^[a-z_][a-z0-9_]*$/.test(database) || database.length > MAX_DATABASE_NAME) {
    throw new Error(`team database name "${database}": lower-case letters, digits and _ only, at most ${MAX_DATABASE_NAME}`);
  }
  return { owner: `${database}_owner`, operator: `${database}_operator` };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** Connection options for one client or pool; TLS is required off loopback. */
export function clientConfig(config: TeamConnectionConfig): pg.ClientConfig {
  const onLoopback = LOOPBACK.test(config.host);
  if (!onLoopback && !config.caPem) throw new Error(`the team database at ${config.host} is not on this machine: its CA certificate is required (TLS)`);
  return {
    host: config.host,
    port: config.port,
    database: config.database,
    user: config.user,
    password: config.password,
    ssl: config.caPem ? { ca: config.caPem, rejectUnauthorized: true } : false,
    application_name: (config.applicationName ?? 'Partner Desk').slice(0, 63),
    // Unqualified names resolve in our schema only; pg_catalog is always searched first.
    options: `-c search_path=${TEAM_SCHEMA}`,
    keepAlive: true,
    connectionTimeoutMillis: 10_000,
  };
}

export function createTeamPool(config: TeamConnectionConfig, max = 4): pg.Pool {
  const pool = new pg.Pool({ ...clientConfig(config), max, idleTimeoutMillis: 30_000 });
  // An idle client's connection dropping must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return pool;
}

/** SQLSTATEs our triggers raise (class PD: Partner Desk), matched by the TypeScript side. */
export const TEAM_SQLSTATE = {
  appendOnly: 'PDA01',
  transition: 'PDT01',
  approvalByAuthor: 'PDF01',
  approvalKeyNotEnrolled: 'PDF02',
  approvalKeyOfAuthor: 'PDF03',
  runWithoutApproval: 'PDF04',
  immutableColumn: 'PDI01',
} as const;

/** First keys of the two-key advisory locks (pg_advisory_xact_lock(int, int)). */
export const LOCK_SPACE = {
  migrations: 0x5044_0001,
  intentKey: 0x5044_0002,
  entry: 0x5044_0003,
  /** One invoice's status changes, one at a time team-wide. */
  invoice: 0x5044_0004,
  /** Numbering our own invoices (<year>-<5 digits>): one issue at a time. */
  invoiceNumber: 0x5044_0005,
} as const;

/** The pg error fields we read (DatabaseError), without trusting the type. */
export function pgError(error: unknown): { code?: string; constraint?: string; message: string; detail?: string } {
  const e = (error ?? {}) as { code?: unknown; constraint?: unknown; message?: unknown; detail?: unknown };
  return {
    code: typeof e.code === 'string' ? e.code : undefined,
    constraint: typeof e.constraint === 'string' ? e.constraint : undefined,
    message: typeof e.message === 'string' ? e.message : String(error),
    detail: typeof e.detail === 'string' ? e.detail : undefined,
  };
}

/** Runs `work` in one transaction on a client of the pool; rolls back on any failure. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await work(client);
    await client.query('COMMIT');
    return out;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
