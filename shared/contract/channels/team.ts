// Team mode (issue #16): a profile whose operations file (journal, plans, approvals, roster)
// lives in the team's shared PostgreSQL database instead of this workstation's journal.db.
// The snapshot store stays local, so review works when the database is out of reach; money
// actions then stop with TEAM_DISCONNECTED and its reason. The password goes in (join) and
// never comes out: no result type below has a field that could carry it.
import { z } from 'zod';
import { channel, type InputOf } from '../define';
import type { ErrorCode } from '../errors';

/** What the renderer may see of a profile's team connection (the password stays in the keychain). */
export interface TeamConnectionView {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  /** The login role: on a shared profile every record's operator is this role. */
  readonly user: string;
  /** True when a CA certificate is stored (TLS with verification). */
  readonly tls: boolean;
}

export type TeamLinkState = 'solo' | 'connecting' | 'connected' | 'disconnected';

export interface TeamStatusView {
  /** The active profile (null: none active). */
  readonly profileId: string | null;
  readonly state: TeamLinkState;
  readonly connection: TeamConnectionView | null;
  /** Why the database cannot be used now (state disconnected): the server's or the network's words. */
  readonly reason?: string;
  /** The role the database knows this workstation as (session_user), once connected. */
  readonly role?: string;
  /** Whether that role may administer the team database (member of its owner role). */
  readonly administrator?: boolean;
  /** The database's schema version once connected. */
  readonly schemaVersion?: number;
  /** ISO time of the last state change. */
  readonly since: string;
}

export interface SoloImportView {
  readonly entries: number;
  readonly events: number;
  readonly plans: number;
  /** Solo plans that were approved but not run: their solo approval is not copied, so they
   *  come back to draft and need an approval recorded in the team database. */
  readonly plansNeedingApproval: number;
}

// ---- field rules, shared by the form (instant feedback) and the service (the authority) ----

export type TeamField = 'host' | 'port' | 'database' | 'user' | 'password' | 'caPem';

export interface TeamFieldProblem {
  readonly field: TeamField;
  readonly code: ErrorCode;
}

export interface TeamFields {
  readonly host?: string;
  readonly port?: string;
  readonly database?: string;
  readonly user?: string;
  readonly password?: string;
  readonly caPem?: string;
}

/** Database names as the server's role names need them (infra/team/connection.ts teamRoles). */
export const TEAM_DATABASE_PATTERN = /^[a-z_][a-z0-9_]{0,47}$/;
export const TEAM_USER_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]{0,62}$/;
const HOST_PATTERN = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\d{1,3}(\.\d{1,3}){3}$|^::1$/;
const TEAM_LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;
export const TEAM_PORT_DEFAULT = 5432;

export const isLoopbackHost = (host: string): boolean => TEAM_LOOPBACK.test(host.trim());

/** Every problem of a draft, in form order. Off this machine the server's CA is required (TLS). */
export function checkTeamFields(f: TeamFields): TeamFieldProblem[] {
  const problems: TeamFieldProblem[] = [];
  const host = (f.host ?? '').trim();
  if (!HOST_PATTERN.test(host)) problems.push({ field: 'host', code: 'TEAM_HOST_INVALID' });
  const port = (f.port ?? '').trim();
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) problems.push({ field: 'port', code: 'TEAM_PORT_INVALID' });
  if (!TEAM_DATABASE_PATTERN.test((f.database ?? '').trim())) problems.push({ field: 'database', code: 'TEAM_DATABASE_INVALID' });
  if (!TEAM_USER_PATTERN.test((f.user ?? '').trim())) problems.push({ field: 'user', code: 'TEAM_USER_INVALID' });
  if (!f.password) problems.push({ field: 'password', code: 'TEAM_PASSWORD_REQUIRED' });
  const ca = (f.caPem ?? '').trim();
  if (ca && !/^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----$/.test(ca)) problems.push({ field: 'caPem', code: 'TEAM_CA_INVALID' });
  else if (!ca && host && HOST_PATTERN.test(host) && !isLoopbackHost(host)) problems.push({ field: 'caPem', code: 'TEAM_CA_REQUIRED' });
  return problems;
}

// ---- channels ----

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().max(max);

const fieldErrors: readonly ErrorCode[] = [
  'TEAM_HOST_INVALID',
  'TEAM_PORT_INVALID',
  'TEAM_DATABASE_INVALID',
  'TEAM_USER_INVALID',
  'TEAM_PASSWORD_REQUIRED',
  'TEAM_CA_REQUIRED',
  'TEAM_CA_INVALID',
];

const connectErrors: readonly ErrorCode[] = [
  'TEAM_CONNECT_FAILED',
  'TEAM_LOGIN_REJECTED',
  'TEAM_NOT_PROVISIONED',
  'TEAM_SCHEMA_NEWER',
  'TEAM_SCHEMA_NEEDS_UPGRADE',
  'KEYCHAIN_UNAVAILABLE',
  'KEYCHAIN_FAILED',
];

export const teamChannels = {
  /** The active profile's link to its team database (state solo for a profile of its own). */
  status: channel<TeamStatusView>()(z.undefined().optional()),
  /** Makes a profile shared: validates, stores the password in the keychain, connects once
   *  (migrating the schema, or refusing a newer one), then saves; any failure leaves nothing. */
  join: channel<TeamStatusView>()(
    z.strictObject({
      profileId: id,
      host: text(253),
      port: text(8),
      database: text(64),
      user: text(63),
      password: text(1024),
      caPem: text(20_000).optional(),
    }),
    [...fieldErrors, ...connectErrors, 'PROFILE_NOT_FOUND', 'PROFILE_BUILTIN_READONLY'],
  ),
  /** The profile goes back to this workstation's operations file; the team's records stay in
   *  the team database. */
  leave: channel<TeamStatusView>()(z.strictObject({ profileId: id }), ['PROFILE_NOT_FOUND', 'TEAM_NOT_SHARED', 'KEYCHAIN_UNAVAILABLE', 'KEYCHAIN_FAILED']),
  /** Administrators only, once: moves this workstation's operations file of the active shared
   *  profile's partner account into the team database, keeping every entry. */
  importSolo: channel<SoloImportView>()(z.undefined().optional(), [
    'TEAM_NOT_SHARED',
    'TEAM_DISCONNECTED',
    'TEAM_IMPORT_NEEDS_OWNER',
    'TEAM_IMPORT_ALREADY_DONE',
    'TEAM_IMPORT_NOT_EMPTY',
    'TEAM_IMPORT_NOTHING',
    'STORE_CORRUPT',
  ]),
};

/** What joining sends: the form's fields and the password, once. */
export type TeamJoinInput = InputOf<typeof teamChannels.join>;
