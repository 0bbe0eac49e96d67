// Setting up a team database once, by whoever administers the PostgreSQL server (a superuser
// or a role with CREATEROLE and CREATEDB): the owner and operator group roles named after the
// database (connection.ts teamRoles), the database owned by the owner role and closed to
// everyone else, and the login roles. Administrators become members of the owner role (they
// upgrade the schema on connect); operators of the operator role only. Idempotent: roles and
// memberships that exist are kept, passwords of existing roles are not changed.
import type pg from 'pg';
import { teamRoles, type TeamRoles } from './connection';

export interface TeamLogin {
  readonly name: string;
  readonly password: string;
}

export interface TeamDatabaseSpec {
  readonly database: string;
  readonly administrators: readonly TeamLogin[];
  readonly operators: readonly TeamLogin[];
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

async function ensureRole(client: pg.ClientBase, name: string, login: TeamLogin | null): Promise<void> {
  if (!ROLE_NAME.test(name)) throw new Error(`role name "${name}": lower-case letters, digits and _ only`);
  const exists = await client.query('SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1', [name]);
  if (exists.rowCount) return;
  const password = login ? ` LOGIN PASSWORD ${client.escapeLiteral(login.password)}` : ' NOLOGIN';
  await client.query(`CREATE ROLE ${client.escapeIdentifier(name)}${password}`);
}

export async function provisionTeamDatabase(client: pg.ClientBase, spec: TeamDatabaseSpec): Promise<TeamRoles> {
  const roles = teamRoles(spec.database);
  const ident = (n: string) => client.escapeIdentifier(n);
  await ensureRole(client, roles.owner, null);
  await ensureRole(client, roles.operator, null);
  const db = await client.query('SELECT 1 FROM pg_catalog.pg_database WHERE datname = $1', [spec.database]);
  // CREATE DATABASE cannot run inside a transaction block: `client` is a plain connection.
  if (!db.rowCount) await client.query(`CREATE DATABASE ${ident(spec.database)} OWNER ${ident(roles.owner)} ENCODING 'UTF8'`);
  await client.query(`REVOKE ALL ON DATABASE ${ident(spec.database)} FROM PUBLIC`);
  await client.query(`GRANT CONNECT ON DATABASE ${ident(spec.database)} TO ${ident(roles.operator)}, ${ident(roles.owner)}`);
  for (const admin of spec.administrators) {
    await ensureRole(client, admin.name, admin);
    await client.query(`GRANT ${ident(roles.owner)} TO ${ident(admin.name)}`);
  }
  for (const operator of spec.operators) {
    await ensureRole(client, operator.name, operator);
    await client.query(`GRANT ${ident(roles.operator)} TO ${ident(operator.name)}`);
  }
  return roles;
}
