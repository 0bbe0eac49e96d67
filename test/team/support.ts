// Each team test file gets its own database on the run's private server (global-setup.ts),
// provisioned the way a team's administrator would (infra/team/provision.ts): an owner group
// with one administrator login, an operator group with two operator logins.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import type { TeamConnectionConfig } from '../../electron/core/infra/team/connection';
import { provisionTeamDatabase } from '../../electron/core/infra/team/provision';
import { openTeamDatabase, type TeamDatabase } from '../../electron/core/infra/team/team-database';

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

export async function createTeamFixture(): Promise<TeamFixture> {
  const server = inject('teamPg');
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

/** A raw connection as a login (for what the app never does: raw UPDATE/DELETE attempts). */
export async function rawClient(fixture: TeamFixture, user: string): Promise<pg.Client> {
  const { options: _o, ...rest } = { ...fixture.config(user), options: undefined };
  const c = new pg.Client({ ...rest, options: '-c search_path=partner_desk' });
  c.on('error', () => undefined);
  await c.connect();
  return c;
}

export interface TeamSuite {
  readonly t: TeamFixture;
  /** Two operators' workstations (pools), on a database the administrator has migrated. */
  readonly alice: TeamDatabase;
  readonly bob: TeamDatabase;
}

/** Registers the suite's hooks: a fresh fixture migrated by its administrator, two operators open. */
export function useTeamSuite(): TeamSuite {
  const state: { t?: TeamFixture; alice?: TeamDatabase; bob?: TeamDatabase } = {};
  beforeAll(async () => {
    state.t = await createTeamFixture();
    await state.t.open(state.t.admin);
    state.alice = await state.t.open(state.t.alice);
    state.bob = await state.t.open(state.t.bob);
  });
  afterAll(() => state.t?.close());
  return {
    get t() { return state.t!; },
    get alice() { return state.alice!; },
    get bob() { return state.bob!; },
  };
}

/** Polls `check` every 10 ms until it holds; throws after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
