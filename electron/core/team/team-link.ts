// The active shared profile's link to its team database (issue #16): opens it when the
// session starts (migrating, or refusing a newer schema), listens for the team's changes, and
// keeps trying while the server is out of reach. Solo profiles have no link. Money, plans and
// the gates ask the link for the database; while it is not connected they are refused with
// TEAM_DISCONNECTED and its reason, and review (local SQLite) keeps working.
import type { TeamStatusView } from '../../../shared/contract/channels/team';
import { AppError } from '../../../shared/contract/errors';
import type { EventBus } from '../event-bus';
import type { Logger } from '../infra/logging/logger';
import type { ProfileSession, SessionManager } from '../infra/session';
import type { TeamConnectionConfig } from '../infra/team/connection';
import { teamRoles } from '../infra/team/connection';
import { PlanRunLocks } from '../infra/team/plan-run-lock';
import { openTeamDatabase, type TeamDatabase } from '../infra/team/team-database';
import { TeamEvents, type TeamChange } from '../infra/team/team-events';
import type { Vault } from '../infra/vault/vault';
import { teamSecretKey, type StoredTeamConnection } from '../profiles/profile';
import { connectionFailure } from './team-errors';

export interface TeamLinkDeps {
  readonly sessions: SessionManager;
  readonly vault: Vault;
  readonly events: EventBus;
  /** The stored team connection of a profile (settings file), null for a solo profile. */
  readonly connectionOf: (profileId: string) => StoredTeamConnection | null;
  readonly log?: Logger;
  readonly now?: () => Date;
  /** Shown in pg_stat_activity (the run-lock holder's name on other workstations). */
  readonly applicationName?: string;
  /** Reconnect backoff (tests shorten it). */
  readonly retry?: { readonly minMs: number; readonly maxMs: number };
  /** Called with each change another workstation (or this one) committed. */
  readonly onChange?: (change: TeamChange) => void;
  readonly onResync?: () => void;
}

export interface TeamLink {
  /** True when the active profile is shared (whatever the connection's state). */
  readonly shared: boolean;
  status(): TeamStatusView;
  /** The open database; TEAM_DISCONNECTED (with the reason) while it cannot be used. */
  database(): TeamDatabase;
  /** The run locks of the open database (same refusal). */
  runLocks(): PlanRunLocks;
  /** Resolves once the active shared profile is connected (at once for a solo profile). */
  ready(): Promise<void>;
  dispose(): Promise<void>;
}

interface Open {
  readonly session: ProfileSession;
  readonly config: TeamConnectionConfig;
  db: TeamDatabase | null;
  events: TeamEvents | null;
  locks: PlanRunLocks | null;
  view: TeamStatusView;
  closed: boolean;
  timer: NodeJS.Timeout | null;
  /** The next reconnect wait while the database does not open. */
  delay: number;
  connected: Promise<void>;
  markConnected: () => void;
}

export function createTeamLink(deps: TeamLinkDeps): TeamLink {
  const retry = deps.retry ?? { minMs: 1_000, maxMs: 15_000 };
  const now = () => (deps.now?.() ?? new Date()).toISOString();
  let current: Open | null = null;

  const solo = (): TeamStatusView => ({ profileId: deps.sessions.active?.profile.id ?? null, state: 'solo', connection: null, since: now() });

  const publish = (o: Open, view: Omit<TeamStatusView, 'profileId' | 'connection' | 'since'>) => {
    if (o.closed) return;
    const changed = o.view.state !== view.state || o.view.reason !== view.reason;
    o.view = { ...o.view, ...view, since: changed ? now() : o.view.since };
    if (!view.reason) o.view = withoutReason(o.view);
    if (changed) deps.events.emit('team.status', o.view);
  };

  const schedule = (o: Open) => {
    if (o.closed || o.timer) return;
    const wait = o.delay;
    o.delay = Math.min(o.delay * 2, retry.maxMs);
    o.timer = setTimeout(() => {
      o.timer = null;
      void connect(o);
    }, wait);
  };

  const connect = async (o: Open): Promise<void> => {
    if (o.closed) return;
    let password: string | null;
    try {
      password = await deps.vault.getSecret(teamSecretKey(o.session.profile.id));
    } catch (error) {
      publish(o, { state: 'disconnected', reason: error instanceof AppError ? error.code : String(error) });
      return schedule(o);
    }
    if (password === null) {
      publish(o, { state: 'disconnected', reason: 'TEAM_PASSWORD_MISSING' });
      return schedule(o);
    }
    const config = { ...o.config, password };
    let db: TeamDatabase | null = null;
    try {
      db = await openTeamDatabase(config, deps.now ? { now: deps.now } : {});
      const who = (
        await db.pool.query<{ role: string; admin: boolean }>("SELECT session_user AS role, pg_has_role(session_user, $1, 'MEMBER') AS admin", [teamRoles(config.database).owner])
      ).rows[0]!;
      if (o.closed) return void (await db.close());
      const opened = db;
      const events = new TeamEvents(config, { minDelayMs: retry.minMs, maxDelayMs: retry.maxMs });
      events.on('change', (change) => deps.onChange?.(change));
      events.on('status', (s) => {
        if (!s.connected) return publish(o, { state: 'disconnected', reason: s.reason, role: who.role, administrator: who.admin });
        publish(o, { state: 'connected', role: who.role, administrator: who.admin, schemaVersion: opened.migration.to });
        o.markConnected();
      });
      events.on('resync', () => deps.onResync?.());
      o.db = opened;
      o.locks = new PlanRunLocks(config);
      o.events = events;
      // A listener whose first connection fails keeps retrying by itself (status events).
      await events.start().catch(() => undefined);
    } catch (error) {
      await db?.close().catch(() => undefined);
      const failure = connectionFailure(error, config);
      deps.log?.warn({ code: failure.code, host: config.host, database: config.database }, 'team database: not connected');
      publish(o, { state: 'disconnected', reason: reasonText(failure) });
      schedule(o);
    }
  };

  const close = async (): Promise<void> => {
    const o = current;
    current = null;
    if (!o) return;
    o.closed = true;
    if (o.timer) clearTimeout(o.timer);
    await o.events?.stop();
    await o.locks?.close();
    await o.db?.close().catch(() => undefined);
  };

  const open = (session: ProfileSession | null) => {
    void close();
    const stored = session ? deps.connectionOf(session.profile.id) : null;
    if (!session || !stored) {
      deps.events.emit('team.status', solo());
      return;
    }
    let markConnected!: () => void;
    const connected = new Promise<void>((resolve) => (markConnected = resolve));
    const o: Open = {
      session,
      config: {
        host: stored.host,
        port: stored.port,
        database: stored.database,
        user: stored.user,
        password: '',
        caPem: stored.caPem ?? null,
        applicationName: deps.applicationName ?? 'Partner Desk',
      },
      db: null,
      events: null,
      locks: null,
      view: { profileId: session.profile.id, state: 'connecting', connection: viewOf(stored), since: now() },
      closed: false,
      timer: null,
      delay: retry.minMs,
      connected,
      markConnected,
    };
    current = o;
    deps.events.emit('team.status', o.view);
    void connect(o);
  };

  const unsubscribe = deps.sessions.onChange(open);
  if (deps.sessions.active) open(deps.sessions.active);

  const usable = (): Open => {
    const o = current;
    if (!o || o.session !== deps.sessions.active) throw new AppError('TEAM_NOT_SHARED');
    if (o.view.state !== 'connected' || !o.db) throw new AppError('TEAM_DISCONNECTED', { reason: o.view.reason ?? (o.view.state === 'connecting' ? 'connecting' : 'unknown') });
    return o;
  };

  return {
    get shared() {
      return current !== null && current.session === deps.sessions.active;
    },
    status: () => (current && current.session === deps.sessions.active ? current.view : solo()),
    database: () => usable().db!,
    runLocks: () => usable().locks!,
    ready: () => (current ? current.connected : Promise.resolve()),
    async dispose() {
      unsubscribe();
      await close();
    },
  };
}

function viewOf(stored: StoredTeamConnection): TeamStatusView['connection'] {
  return { host: stored.host, port: stored.port, database: stored.database, user: stored.user, tls: Boolean(stored.caPem) };
}

function withoutReason(view: TeamStatusView): TeamStatusView {
  const { reason: _reason, ...rest } = view;
  return rest;
}

/** The status line's reason: the refusal's own words where there are some (server, network). */
function reasonText(error: AppError): string {
  const reason = error.details.reason;
  return typeof reason === 'string' && reason ? reason : error.code;
}
