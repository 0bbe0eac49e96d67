import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientConfig } from '../../electron/core/infra/team/connection';
import { migrateTeamDatabase, TEAM_MIGRATIONS, TEAM_SCHEMA_VERSION } from '../../electron/core/infra/team/migrations';
import { createTeamFixture, type TeamFixture } from './support';

let t: TeamFixture;
beforeAll(async () => {
  t = await createTeamFixture();
});
afterAll(() => t.close());

const connect = async (user: string) => {
  const c = new pg.Client(clientConfig(t.config(user)));
  await c.connect();
  return c;
};

describe('the team database schema', () => {
  it('is refused to an operator while the database is behind: only the owner role may create or upgrade it', async () => {
    await expect(t.open(t.alice)).rejects.toMatchObject({
      code: 'TEAM_SCHEMA_NEEDS_UPGRADE',
      details: { database: 0, app: TEAM_SCHEMA_VERSION, role: t.alice, owner: `${t.database}_owner` },
    });
  });

  it('is created on the administrator’s first connect, once, even when two connect at the same moment', async () => {
    const [a, b] = await Promise.all([connect(t.admin), connect(t.admin)]);
    const reports = await Promise.all([migrateTeamDatabase(a), migrateTeamDatabase(b)]);
    await Promise.all([a.end(), b.end()]);
    expect(reports.map((r) => r.applied.length).sort()).toEqual([0, TEAM_MIGRATIONS.length]);
    expect(reports.every((r) => r.to === TEAM_SCHEMA_VERSION)).toBe(true);
    const db = await t.open(t.alice);
    expect(db.migration).toEqual({ from: TEAM_SCHEMA_VERSION, to: TEAM_SCHEMA_VERSION, applied: [] });
    const owners = await db.pool.query<{ owner: string }>(
      "SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'partner_desk'",
    );
    expect(owners.rows).toEqual([{ owner: `${t.database}_owner` }]);
    const applied = await db.pool.query<{ version: number; applied_by: string }>('SELECT version, applied_by FROM schema_migration ORDER BY version');
    expect(applied.rows).toEqual(TEAM_MIGRATIONS.map((m) => ({ version: m.version, applied_by: t.admin })));
  });

  it('refuses a database newer than this app with a clear typed error, changing nothing', async () => {
    const admin = await connect(t.admin);
    await admin.query("SET ROLE " + `"${t.database}_owner"`);
    await admin.query("INSERT INTO schema_migration (version, name) VALUES (99, 'from a later Partner Desk')");
    await admin.query('RESET ROLE');
    const tables = async () => (await admin.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'partner_desk'")).rows[0].n as number;
    const before = await tables();
    for (const user of [t.alice, t.admin]) {
      const error = await t.open(user).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'TEAM_SCHEMA_NEWER', details: { database: 99, app: TEAM_SCHEMA_VERSION } });
      expect((error as Error).message).toMatch(/newer than this Partner Desk understands/);
    }
    expect(await tables()).toBe(before);
    await admin.end();
  });
});
