// Live changes from the team database: one connection of its own LISTENs on the channel the
// triggers NOTIFY on (journal events, plans, plan items, approvals, roster), delivered when the
// writing transaction commits. Notifications sent while the connection is down are lost, so
// after every reconnect listeners get `resync` and reload what they show; `status` says
// whether the database is reachable (a workstation without it keeps read-only review and
// says why money actions are disabled).
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { clientConfig, TEAM_CHANNEL, type TeamConnectionConfig } from './connection';

export type TeamChange =
  | { readonly kind: 'journal'; readonly entryId: string; readonly state: string; readonly seq: number; readonly operator: string; readonly planId: string | null }
  | { readonly kind: 'plan'; readonly planId: string; readonly status: string | null; readonly op: string }
  | { readonly kind: 'plan-item' | 'approval'; readonly planId: string; readonly op: string }
  | { readonly kind: 'roster'; readonly seq: number; readonly change: string };

export type TeamLinkStatus = { readonly connected: true } | { readonly connected: false; readonly reason: string; readonly retryInMs: number };

interface TeamEventMap {
  change: [TeamChange];
  status: [TeamLinkStatus];
  /** Connected again after a gap: changes may have been missed, reload. */
  resync: [];
}

export interface TeamEventsOptions {
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
}

const KINDS = new Set(['journal', 'plan', 'plan-item', 'approval', 'roster']);

function parse(payload: string | undefined): TeamChange | null {
  try {
    const v = JSON.parse(payload ?? '') as { kind?: unknown };
    return typeof v === 'object' && v !== null && typeof v.kind === 'string' && KINDS.has(v.kind) ? (v as TeamChange) : null;
  } catch {
    return null;
  }
}

export class TeamEvents extends EventEmitter<TeamEventMap> {
  private client: pg.Client | null = null;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private delay: number;
  private everConnected = false;

  constructor(
    private readonly config: TeamConnectionConfig,
    private readonly options: TeamEventsOptions = {},
  ) {
    super();
    this.delay = options.minDelayMs ?? 250;
  }

  /** Resolves once listening (or rejects with the first connection error; retries go on). */
  start(): Promise<void> {
    return this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client(clientConfig({ ...this.config, applicationName: `${this.config.applicationName ?? 'Partner Desk'} (events)` }));
    this.client = client;
    const lost = (error: Error) => this.lost(client, error);
    client.on('error', lost);
    client.on('end', () => lost(new Error('the connection to the team database closed')));
    client.on('notification', (n) => {
      if (n.channel !== TEAM_CHANNEL) return;
      const change = parse(n.payload);
      if (change) this.emit('change', change);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${TEAM_CHANNEL}`);
    } catch (error) {
      this.lost(client, error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    if (this.client !== client) return;
    this.delay = this.options.minDelayMs ?? 250;
    this.emit('status', { connected: true });
    if (this.everConnected) this.emit('resync');
    this.everConnected = true;
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.client !== client) return; // a connection we already gave up on
    this.client = null;
    client.removeAllListeners();
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    const retryInMs = this.delay;
    this.delay = Math.min(this.delay * 2, this.options.maxDelayMs ?? 5_000);
    this.emit('status', { connected: false, reason: error.message, retryInMs });
    this.timer = setTimeout(() => {
      this.timer = null;
      this.connect().catch(() => undefined);
    }, retryInMs);
  }

  /** The server process of the listening connection (tests end it to prove reconnection). */
  async backendPid(): Promise<number | null> {
    const c = this.client;
    if (!c) return null;
    return (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const c = this.client;
    this.client = null;
    if (c) {
      c.removeAllListeners();
      c.on('error', () => undefined);
      await c.end().catch(() => undefined);
    }
  }
}
