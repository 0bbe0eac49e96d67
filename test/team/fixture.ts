// A team database on a PostgreSQL server, provisioned the way a team's administrator would
// (infra/team/provision.ts): an owner group with one administrator login, an operator group
// with two operator logins. Free of vitest, so the bench (a durable server of its own) and the
// soak's harness use it as the team tests do (support.ts gives it the run's server).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TeamConnectionConfig } from '../../electron/core/infra/team/connection';
import { provisionTeamDatabase } from '../../electron/core/infra/team/provision';
import { openTeamDatabase, type TeamDatabase } from '../../electron/core/infra/team/team-database';
import type { PgServer } from './pg-server';

export interface TeamFixture {
  readonly database: string;
  readonly admin: string;
  readonly alice: string;
  readonly bob: string;
  /** Connection settings for a login of this fixture. */
  config(user: string, applicationName?: string): TeamConnectionConfig;
  /** Opens (migrating as needed) as that login; closed by `close()`. */
  open(user: string, options?: Parameters<typeof openTeamDatabase>[1]): Promise<TeamDatabase>;
  /** The harness superuser, for what only a server administrator does (pg_terminate_backend). */
  superuser(): Promise<pg.Client>;
  close(): Promise<void>;
}

/** A fresh database and its logins on `server`. */
export async function provisionTeamFixture(server: PgServer): Promise<TeamFixture> {
  const suffix = randomBytes(4).toString('hex');
  const password = randomBytes(12).toString('base64url');
  const names = { database: `pd_${suffix}`, admin: `admin_${suffix}`, alice: `alice_${suffix}`, bob: `bob_${suffix}` };
  const superConfig = { host: server.host, port: server.port, user: server.superuser, password: server.superPassword, database: 'postgres' };
  const boot = new pg.Client(superConfig);
  await boot.connect();
  try {
    await provisionTeamDatabase(boot, {
      database: names.database,
      administrators: [{ name: names.admin, password }],
      operators: [{ name: names.alice, password }, { name: names.bob, password }],
    });
  } finally {
    await boot.end();
  }
  const opened: TeamDatabase[] = [];
  const clients: pg.Client[] = [];
  const config = (user: string, applicationName?: string): TeamConnectionConfig => ({
    host: server.host, port: server.port, database: names.database, user, password, applicationName,
  });
  return {
    ...names,
    config,
    async open(user, options) {
      const db = await openTeamDatabase(config(user, `test ${user}`), options);
      opened.push(db);
      return db;
    },
    async superuser() {
      const c = new pg.Client({ ...superConfig, database: names.database });
      c.on('error', () => undefined);
      await c.connect();
      clients.push(c);
      return c;
    },
    async close() {
      await Promise.all(opened.map((d) => d.close().catch(() => undefined)));
      await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    },
  };
}
