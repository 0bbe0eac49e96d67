// A shared profile through the whole app core and its router: two workstations (two data
// folders, two app cores, two keychains) on one partner account, one team database and one
// sandbox over HTTP. What an operator relies on: joining says exactly what is wrong and saves
// nothing until the database answered; once shared, one workstation's operation is the other's
// (its twin refused, its approval limit applied, its Activity live); records carry the login
// role, not a name the client sends; without the database money stops with the reason while
// review goes on, and it comes back by itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope, AppEvent, IpcError } from '../../shared/contract';
import type { JournalPage } from '../../shared/contract/channels/activity';
import type { TeamStatusView } from '../../shared/contract/channels/team';
import { createAppCore, type AppCore } from '../../electron/core/app-core';
import { createConfSettings } from '../../electron/core/settings/conf-settings';
import { createMemoryVault, type MemoryVault } from '../../electron/core/infra/vault/memory-vault';
import { DEMO_SP, startSandbox, type RunningSandbox } from '../../electron/sandbox';
import { resaleCustomer } from '../integration/money/harness';
import { createTeamFixture, type TeamFixture } from './support';

interface Workstation {
  readonly core: AppCore;
  readonly vault: MemoryVault;
  readonly dataDir: string;
  readonly profileId: string;
  readonly events: AppEvent[];
  call<T>(channel: string, input?: unknown): Promise<T>;
  refusal(channel: string, input?: unknown): Promise<IpcError>;
}

let t: TeamFixture;
let sb: RunningSandbox;
let password: string;
const opened: Workstation[] = [];

async function workstation(label: string): Promise<Workstation> {
  const dataDir = mkdtempSync(join(tmpdir(), `pd-shared-${label}-`));
  const vault = createMemoryVault();
  const core = await createAppCore({ dataDir, version: '0.0.0-test', host: 'web', settings: createConfSettings(dataDir), profiles: { vault } });
  // The OS user name differs from the login role on purpose: the role must win.
  const ctx = { transport: 'test' as const, operator: `os-user-${label}` };
  const invoke = (channel: string, input?: unknown) => core.router.invoke(channel, input, ctx) as Promise<Envelope>;
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const r = await invoke(channel, input);
    if (!r.ok) throw Object.assign(new Error(`${channel}: ${r.error.code}`), r.error);
    return r.value as T;
  };
  const refusal = async (channel: string, input?: unknown): Promise<IpcError> => {
    const r = await invoke(channel, input);
    if (r.ok) throw new Error(`${channel} was not refused`);
    return r.error;
  };
  const events: AppEvent[] = [];
  core.events.subscribe((e) => events.push(e));
  const profile = await call<{ id: string }>('profiles.create', {
    name: `SP desk ${label}`, site: 'custom', endpoint: sb.url, ak: DEMO_SP.ak, domainId: DEMO_SP.domainId, role: 'SP', sk: DEMO_SP.sk,
  });
  await call('profiles.activate', { id: profile.id });
  const w = { core, vault, dataDir, profileId: profile.id, events, call, refusal };
  opened.push(w);
  return w;
}

const joinInput = (w: Workstation, user: string, over: Record<string, unknown> = {}) => ({
  profileId: w.profileId, host: t.config(user).host, port: String(t.config(user).port), database: t.database, user, password, ...over,
});

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, ms = 25_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting; last: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const connected = (w: Workstation) => until(() => w.call<TeamStatusView>('team.status'), (s) => s.state === 'connected');

let a: Workstation;
let b: Workstation;

beforeAll(async () => {
  t = await createTeamFixture();
  password = t.config(t.alice).password;
  sb = await startSandbox({ customers: 60, seed: 1606, rateLimits: false });
  a = await workstation('a');
  b = await workstation('b');
});
afterAll(async () => {
  for (const w of opened) {
    await w.core.dispose();
    rmSync(w.dataDir, { recursive: true, force: true });
  }
  await sb?.close();
  await t?.close();
});

describe('joining a team database', () => {
  it('refuses each bad field with its own message, before anything is stored', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ host: 'not a host!' }, 'TEAM_HOST_INVALID', 'host'],
      [{ port: '70000' }, 'TEAM_PORT_INVALID', 'port'],
      [{ database: 'Finance-DB' }, 'TEAM_DATABASE_INVALID', 'database'],
      [{ user: '' }, 'TEAM_USER_INVALID', 'user'],
      [{ password: '' }, 'TEAM_PASSWORD_REQUIRED', 'password'],
      [{ host: 'db.finance.example.com' }, 'TEAM_CA_REQUIRED', 'caPem'],
      [{ caPem: 'not a certificate' }, 'TEAM_CA_INVALID', 'caPem'],
    ];
    for (const [over, code, field] of cases) {
      const e = await a.refusal('team.join', joinInput(a, t.alice, over));
      expect(e.code, JSON.stringify(over)).toBe(code);
      expect(e.details?.field).toBe(field);
      expect(e.messages.en.length).toBeGreaterThan(20);
      expect(e.messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(a.vault.ids()).toEqual([a.profileId]);
  });

  it('a wrong password, an unknown database or a closed port is said as such, and the profile stays solo', async () => {
    expect((await a.refusal('team.join', joinInput(a, t.alice, { password: 'wrong-password' }))).code).toBe('TEAM_LOGIN_REJECTED');
    expect((await a.refusal('team.join', joinInput(a, t.alice, { database: 'pd_no_such_db' }))).code).toBe('TEAM_NOT_PROVISIONED');
    const closed = await a.refusal('team.join', joinInput(a, t.alice, { port: '1' }));
    expect(closed.code).toBe('TEAM_CONNECT_FAILED');
    expect(closed.messages.en).toContain(':1 (');
    expect(a.vault.ids()).toEqual([a.profileId]);
    expect((await a.call<{ team?: unknown }>('profiles.get', { id: a.profileId })).team).toBeUndefined();
    expect((await a.call<TeamStatusView>('team.status')).state).toBe('solo');
  });

  it('an operator cannot be the first to connect: the schema is applied by an administrator', async () => {
    const e = await a.refusal('team.join', joinInput(a, t.alice));
    expect(e.code).toBe('TEAM_SCHEMA_NEEDS_UPGRADE');
    expect(e.messages.en).toContain(`${t.database}_owner`);
    expect(a.vault.ids()).toEqual([a.profileId]);
    await t.open(t.admin); // the administrator connects once
  });

  it('joins: the profile is shared, connected as the login role, its password only in the keychain', async () => {
    await a.call('team.join', joinInput(a, t.alice));
    await b.call('team.join', joinInput(b, t.bob));
    const sa = await connected(a);
    const sbStatus = await connected(b);
    expect(sa).toMatchObject({ profileId: a.profileId, role: t.alice, administrator: false, connection: { database: t.database, user: t.alice, tls: false } });
    expect(sbStatus.role).toBe(t.bob);
    expect(await a.call('profiles.get', { id: a.profileId })).toMatchObject({ team: { host: '127.0.0.1', database: t.database, user: t.alice } });
    expect(JSON.stringify(await a.call('profiles.list'))).not.toContain(password);
    expect(a.vault.ids().sort()).toEqual([a.profileId, `${a.profileId}#team-database`].sort());
    expect(a.events.some((e) => e.name === 'team.status' && e.payload.state === 'connected')).toBe(true);
  });
});

describe('two workstations on one shared profile', () => {
  const fund = async (w: Workstation, amount: string) => {
    const i = { operation: 'fundCustomer', counterpartyId: resaleCustomer(sb, DEMO_SP.domainId), amount };
    const p = await w.call<{ confirmation: string }>('money.preview', i);
    return { i, execute: () => w.call<{ id: string; state: string; operator: string }>('money.execute', { ...i, confirmation: p.confirmation }) };
  };

  it("an operation made on one workstation is in the other's Activity, by the login role, announced within a second", async () => {
    const seen = b.events.length;
    const started = Date.now();
    const entry = await (await fund(a, '3.21')).execute();
    expect(entry).toMatchObject({ state: 'done', operator: t.alice });
    await until(async () => b.events.slice(seen).some((e) => e.name === 'money.journal' && e.payload.entryId === entry.id && e.payload.state === 'done'), Boolean, 1_000);
    expect(Date.now() - started).toBeLessThan(3_000);
    const page = await b.call<JournalPage>('activity.list', { filters: {}, offset: 0, limit: 50 });
    expect(page.entries.find((e) => e.id === entry.id)).toMatchObject({ operator: t.alice, amount: '3.21' });
  });

  it('an identical intent left unresolved on one workstation is refused on the other, and nothing is sent', async () => {
    sb.control.addFault({ operation: 'UpdateCustomerAccountAmount', kind: 'error-before-commit', status: 503, times: 1 });
    const first = await fund(a, '4.32');
    expect((await first.execute()).state).toBe('unknown');
    const before = sb.control.log().length;
    const twin = await b.call<{ confirmation: string }>('money.preview', first.i);
    const e = await b.refusal('money.execute', { ...first.i, confirmation: twin.confirmation });
    expect(e.code).toBe('MONEY_UNRESOLVED_DUPLICATE');
    expect(sb.control.log().length).toBe(before);
  });

  it("one workstation's approval limit gates single operations on the other", async () => {
    await a.call('plans.setApprovalPolicy', { singleOperationLimit: '10.00' });
    const over = await fund(b, '25.00');
    expect((await over.execute().catch((x: IpcError) => x)) as IpcError).toMatchObject({ code: 'MONEY_APPROVAL_REQUIRED' });
    const setup = await b.call<{ policy: { singleOperationLimit: string | null }; events: Array<{ operator: string }> }>('plans.approvalSetup');
    expect(setup.policy.singleOperationLimit).toBe('10.00');
    expect(setup.events[0]!.operator).toBe(t.alice);
    await a.call('plans.setApprovalPolicy', { singleOperationLimit: null });
  });

  it('without the database, money actions stop with the reason in both languages, review goes on, and it reconnects by itself', async () => {
    const admin = await t.superuser();
    const ident = admin.escapeIdentifier(t.bob);
    await admin.query(`ALTER ROLE ${ident} NOLOGIN`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1', [t.bob]);
    try {
      const down = await until(() => b.call<TeamStatusView>('team.status'), (s) => s.state === 'disconnected', 10_000);
      expect(down.reason).toBeTruthy();
      const op = await b
        .call<{ confirmation: string }>('money.preview', { operation: 'fundCustomer', counterpartyId: resaleCustomer(sb, DEMO_SP.domainId), amount: '1.11' })
        .then((p) => b.refusal('money.execute', { operation: 'fundCustomer', counterpartyId: resaleCustomer(sb, DEMO_SP.domainId), amount: '1.11', confirmation: p.confirmation }))
        .catch((x: IpcError) => x);
      expect(op.code).toBe('TEAM_DISCONNECTED');
      expect(op.messages.en).toContain('money actions are disabled');
      expect(op.messages['zh-CN']).toContain('已停用资金操作');
      // Review reads the workstation's own snapshot store.
      expect(await b.call('review.customers', { offset: 0, limit: 5 })).toBeDefined();
      expect(b.events.some((e) => e.name === 'team.status' && e.payload.state === 'disconnected')).toBe(true);
    } finally {
      await admin.query(`ALTER ROLE ${ident} LOGIN`);
    }
    await connected(b);
    expect((await (await fund(b, '5.43')).execute()).operator).toBe(t.bob);
  });

  it('leaving goes back to the workstation’s own operations file; the team keeps its records', async () => {
    await b.call('team.leave', { profileId: b.profileId });
    expect((await b.call<TeamStatusView>('team.status')).state).toBe('solo');
    expect(b.vault.ids()).toEqual([b.profileId]);
    const solo = await b.call<JournalPage>('activity.list', { filters: {}, offset: 0, limit: 50 });
    expect(solo.entries.some((e) => e.operator === t.alice)).toBe(false);
    const team = await a.call<JournalPage>('activity.list', { filters: {}, offset: 0, limit: 50 });
    expect(team.entries.some((e) => e.operator === t.bob)).toBe(true);
  });
});

describe("moving a workstation's operations file into the team database", () => {
  it('is refused to an operator, done once by an administrator keeping every entry and its operator, then refused again', async () => {
    const fresh = await createTeamFixture();
    try {
      await fresh.open(fresh.admin);
      const c = await workstation('c');
      const i = { operation: 'fundCustomer', counterpartyId: resaleCustomer(sb, DEMO_SP.domainId), amount: '6.54' };
      const p = await c.call<{ confirmation: string }>('money.preview', i);
      const solo = await c.call<{ id: string; operator: string }>('money.execute', { ...i, confirmation: p.confirmation });
      expect(solo.operator).toBe('os-user-c');
      const input = (user: string) => ({ profileId: c.profileId, host: fresh.config(user).host, port: String(fresh.config(user).port), database: fresh.database, user, password: fresh.config(user).password });

      await c.call('team.join', input(fresh.alice));
      await connected(c);
      expect((await c.refusal('team.importSolo')).code).toBe('TEAM_IMPORT_NEEDS_OWNER');

      await c.call('team.leave', { profileId: c.profileId });
      await c.call('team.join', input(fresh.admin));
      expect((await connected(c)).administrator).toBe(true);
      expect(await c.call('team.importSolo')).toMatchObject({ entries: 1, plans: 0, plansNeedingApproval: 0 });
      const page = await c.call<JournalPage>('activity.list', { filters: {}, offset: 0, limit: 50 });
      expect(page.entries.find((e) => e.id === solo.id)).toMatchObject({ operator: 'os-user-c', amount: '6.54', state: 'done' });
      expect((await c.refusal('team.importSolo')).code).toBe('TEAM_IMPORT_ALREADY_DONE');
    } finally {
      await fresh.close();
    }
  });

  it('a solo profile has nothing to move and says so', async () => {
    expect((await b.refusal('team.importSolo')).code).toBe('TEAM_NOT_SHARED');
  });
});
