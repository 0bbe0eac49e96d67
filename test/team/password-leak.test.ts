// Security gate: the team database password goes into the keychain and never comes out.
// A login with a canary password joins, works (a funding, a plan list, a status), has the
// database taken away and given back, fails a join with a wrong password on purpose, leaves
// and joins again; then every reply the renderer received, every event, every log line and
// every file the app wrote is scanned for the canary (raw, base64, hex, URL-encoded).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Envelope } from '../../shared/contract';
import type { TeamStatusView } from '../../shared/contract/channels/team';
import { createAppCore, type AppCore } from '../../electron/core/app-core';
import { createConfSettings } from '../../electron/core/settings/conf-settings';
import { createMemoryVault } from '../../electron/core/infra/vault/memory-vault';
import { DEMO_SP, startSandbox, type RunningSandbox } from '../../electron/sandbox';
import { resaleCustomer } from '../integration/money/harness';
import { scanDir, scanText } from '../integration/profiles/leak-scanner';
import { createTeamFixture, type TeamFixture } from './support';

const CANARY = `CANARY${randomBytes(12).toString('hex')}pw`;
const LOGIN = `canary_${randomBytes(3).toString('hex')}`;

let t: TeamFixture;
let sb: RunningSandbox;
let core: AppCore;
let dataDir: string;
const replies: string[] = [];
const events: string[] = [];
const logLines: string[] = [];

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const r: Envelope = await core.router.invoke(channel, input, { transport: 'test', operator: 'os-user' });
  replies.push(JSON.stringify(r));
  if (!r.ok) throw Object.assign(new Error(r.error.code), r.error);
  return r.value as T;
}

async function status(want: TeamStatusView['state']): Promise<void> {
  const end = Date.now() + 25_000;
  while ((await call<TeamStatusView>('team.status')).state !== want) {
    if (Date.now() > end) throw new Error(`team status never became ${want}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  t = await createTeamFixture();
  await t.open(t.admin);
  const server = inject('teamPg');
  const su = new pg.Client({ host: server.host, port: server.port, user: server.superuser, password: server.superPassword, database: 'postgres' });
  await su.connect();
  await su.query(`CREATE ROLE ${LOGIN} LOGIN PASSWORD ${su.escapeLiteral(CANARY)} IN ROLE ${t.database}_operator`);
  await su.end();
  sb = await startSandbox({ customers: 40, seed: 1616, rateLimits: false });
  dataDir = mkdtempSync(join(tmpdir(), 'pd-team-leak-'));
  core = await createAppCore({ dataDir, version: '0.0.0-test', host: 'web', settings: createConfSettings(dataDir), profiles: { vault: createMemoryVault(), logTee: (line) => logLines.push(line) } });
  core.events.subscribe((e) => events.push(JSON.stringify(e)));
});
afterAll(async () => {
  await core?.dispose();
  await sb?.close();
  await t?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the team database password', () => {
  it('never reaches the renderer, an event, a log line or a file', async () => {
    const profile = await call<{ id: string }>('profiles.create', { name: 'Leak desk', site: 'custom', endpoint: sb.url, ak: DEMO_SP.ak, domainId: DEMO_SP.domainId, role: 'SP', sk: DEMO_SP.sk });
    await call('profiles.activate', { id: profile.id });
    const config = t.config(LOGIN);
    const join = (password: string) => call('team.join', { profileId: profile.id, host: config.host, port: String(config.port), database: t.database, user: LOGIN, password });
    await expect(join(`${CANARY}x`)).rejects.toMatchObject({ code: 'TEAM_LOGIN_REJECTED' });
    await join(CANARY);
    await status('connected');
    const i = { operation: 'fundCustomer', counterpartyId: resaleCustomer(sb, DEMO_SP.domainId), amount: '2.22' };
    const p = await call<{ confirmation: string }>('money.preview', i);
    expect(await call('money.execute', { ...i, confirmation: p.confirmation })).toMatchObject({ operator: LOGIN });
    await call('plans.list');
    await call('profiles.list');

    const admin = await t.superuser();
    await admin.query(`ALTER ROLE ${LOGIN} NOLOGIN`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1', [LOGIN]);
    await status('disconnected');
    await expect(call('activity.list', { filters: {}, offset: 0, limit: 10 })).rejects.toMatchObject({ code: 'TEAM_DISCONNECTED' });
    await admin.query(`ALTER ROLE ${LOGIN} LOGIN`);
    await status('connected');

    await call('team.leave', { profileId: profile.id });
    await join(CANARY);
    await status('connected');

    const hits = [
      ...replies.flatMap((body, n) => scanText(`reply #${n}`, body, CANARY)),
      ...events.flatMap((body, n) => scanText(`event #${n}`, body, CANARY)),
      ...logLines.flatMap((line, n) => scanText(`log line #${n}`, line, CANARY)),
      ...scanDir(dataDir, CANARY),
    ];
    expect(hits).toEqual([]);
    // The scan sees what it looks for: the replies did carry the login and the log the join.
    expect(replies.some((r) => r.includes(LOGIN))).toBe(true);
    expect(logLines.some((l) => l.includes('joined a team database'))).toBe(true);
  });
});
