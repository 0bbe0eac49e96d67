// Team mode end to end (issue #16): two workstations (two web hosts, two data folders, two
// browsers) on one partner account, one private PostgreSQL server and one sandbox. Alice
// connects her profile to the team database through the profiles screen, Bob too; Alice
// prepares a plan, Bob sees it arrive without reloading and approves it (Alice cannot approve
// her own), and while Alice runs it Bob watches it run live — where it runs, then finished,
// every item applied once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTeamDatabase } from '../../electron/core/infra/team/provision';
import { openTeamDatabase } from '../../electron/core/infra/team/team-database';
import { DEMO_SP, startSandbox, type RunningSandbox } from '../../electron/sandbox';
import type { PlanDetail, PlanSummary } from '../../shared/contract/channels/plans';
import { startServer, stopServer, type PgServer } from '../team/pg-server';
import { invoke, launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';

const DATABASE = 'pd_finance';
const PASSWORD = 'e2e-Team-Passw0rd';
const PLAN = 'Team top-ups';

describe('two workstations on one shared profile', () => {
  let server: PgServer;
  let sb: RunningSandbox;
  let alice: LaunchedApp;
  let bob: LaunchedApp;
  const profileOf = new Map<LaunchedApp, string>();
  let planId = '';
  const dir = mkdtempSync(join(tmpdir(), 'team-e2e-'));

  const workstation = async (): Promise<LaunchedApp> => {
    const app = await launchApp();
    const p = await invoke<{ id: string }>(app, 'profiles.create', {
      name: 'Finance SP', site: 'custom', endpoint: sb.url, ak: DEMO_SP.ak, domainId: DEMO_SP.domainId, role: 'SP', sk: DEMO_SP.sk,
    });
    await invoke(app, 'profiles.activate', { id: p.id });
    profileOf.set(app, p.id);
    // Plan validation reads the workstation's own snapshot store.
    await invoke(app, 'sync.start', { lists: ['customers', 'partnerBalances'] });
    for (let i = 0; i < 600 && (await invoke<{ running: boolean }>(app, 'sync.status')).running; i++) await new Promise((r) => setTimeout(r, 200));
    return app;
  };

  beforeAll(async () => {
    server = await startServer();
    const boot = new pg.Client({ host: server.host, port: server.port, user: server.superuser, password: server.superPassword, database: 'postgres' });
    await boot.connect();
    await provisionTeamDatabase(boot, {
      database: DATABASE,
      administrators: [{ name: 'admin', password: PASSWORD }],
      operators: [{ name: 'alice', password: PASSWORD }, { name: 'bob', password: PASSWORD }],
    });
    await boot.end();
    // The administrator connects once: the schema is theirs to apply.
    await (await openTeamDatabase({ host: server.host, port: server.port, database: DATABASE, user: 'admin', password: PASSWORD })).close();
    // The API's own rate limits and a realistic latency: a run lasts long enough to be watched.
    sb = await startSandbox({ customers: 400, seed: 1616, latencyMs: 120 });
    alice = await workstation();
    bob = await workstation();
  });

  afterAll(async () => {
    await alice?.close();
    await bob?.close();
    await sb?.close();
    if (server) stopServer(server);
  });

  /** The profiles screen's team form, filled and sent for this workstation's profile. */
  const submitTeamForm = async (app: LaunchedApp, user: string, password: string) => {
    const { page } = app;
    await page.getByTestId('nav-profiles').click();
    await page.getByTestId(`team-profile-${profileOf.get(app)}`).getByTestId('team-connect').click();
    await page.getByTestId('team-host').fill('127.0.0.1');
    await page.getByTestId('team-port').fill(String(server.port));
    await page.getByTestId('team-database').fill(DATABASE);
    await page.getByTestId('team-user').fill(user);
    await page.getByTestId('team-password').fill(password);
    await page.getByTestId('team-submit').click();
  };

  const joinThroughTheScreen = async (app: LaunchedApp, user: string) => {
    await submitTeamForm(app, user, PASSWORD);
    const card = app.page.getByTestId(`team-profile-${profileOf.get(app)}`);
    await expect.poll(() => card.getByTestId('team-summary').textContent(), { timeout: 20_000 }).toContain(DATABASE);
    await expect.poll(() => app.page.getByTestId('team-badge').textContent(), { timeout: 20_000 }).toContain(user);
  };

  it('each operator connects the profile to the team database on the profiles screen; a wrong password is said as such', async () => {
    const { page } = alice;
    await submitTeamForm(alice, 'alice', 'not-her-password');
    await expect.poll(() => page.getByRole('alert').allTextContents(), { timeout: 20_000 }).toEqual(expect.arrayContaining([expect.stringContaining('refused the login "alice"')]));
    await alice.screenshot('team-join-refused');
    await page.reload();
    await joinThroughTheScreen(alice, 'alice');
    await alice.screenshot('team-joined');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await joinThroughTheScreen(bob, 'bob');
  });

  it("Alice prepares a plan; Bob sees it arrive without reloading, approves it, and Alice's own approval is refused", async () => {
    // Bob's signing key, enrolled in the team's roster (the four-eyes screens have their own tests).
    await invoke(bob, 'plans.createSigningKey');
    const enrolment = await invoke<{ content: string }>(bob, 'plans.exportEnrolment');
    await invoke(alice, 'plans.enrolApprover', { content: enrolment.content });

    await bob.page.getByTestId('nav-plans').click();
    const listed = (await (await fetch(`${sb.url}/_sandbox/customers?owner=${DEMO_SP.domainId}&association_type=2&limit=60`)).json()) as { customers: { id: string }[] };
    const ids = listed.customers.map((c) => c.id).slice(0, 60);
    expect(ids).toHaveLength(60);
    const csv = join(dir, 'team-60.csv');
    writeFileSync(csv, `customer_id,amount,memo\n${ids.map((id, i) => `${id},${i + 1}.25,team ${i + 1}`).join('\n')}\n`);
    const a = alice.page;
    await a.getByTestId('nav-plans').click();
    await a.getByTestId('plan-kind').selectOption('fund-customers');
    await a.getByTestId('plan-name').fill(PLAN);
    await a.getByTestId('plan-file').setInputFiles(csv);
    await a.getByTestId('plan-import').click();
    await expect.poll(() => a.getByTestId('plan-rows').textContent()).toBe('60');
    await a.getByTestId('plan-save').click();
    await expect.poll(() => a.getByTestId('plan-status').textContent()).toBe('Ready');
    planId = (await invoke<PlanSummary[]>(alice, 'plans.list')).find((p) => p.name === PLAN)!.id;

    const b = bob.page;
    const entry = b.getByRole('button', { name: new RegExp(PLAN) });
    await expect.poll(() => entry.count(), { timeout: 5_000 }).toBe(1); // live: Bob never reloaded
    await entry.click();
    const hash = (await invoke<PlanDetail>(alice, 'plans.get', { id: planId })).contentHash;
    await expect(invoke(alice, 'plans.approve', { id: planId, contentHash: hash })).rejects.toThrow('PLAN_APPROVER_IS_AUTHOR');
    await b.getByTestId('plan-approve').click();
    await expect.poll(() => b.getByTestId('plan-approval-state').textContent()).toContain('bob');
    await expect.poll(() => a.getByTestId('plan-approval-state').textContent(), { timeout: 5_000 }).toContain('bob');
    await bob.screenshot('team-approved-by-bob');
  });

  it('Alice runs it; Bob watches it run live on her workstation until it is finished, every item applied once', async () => {
    const a = alice.page;
    const b = bob.page;
    const before = sb.control.log().length;
    await a.getByTestId('plan-execute').click();
    await a.getByRole('button', { name: 'Execute now' }).click();
    await expect.poll(() => b.getByTestId('plan-running-on').first().textContent(), { timeout: 15_000 }).toContain('alice');
    await bob.screenshot('team-running-on-alice');
    // Bob can neither run, pause nor cancel Alice's run: those are hers.
    expect(await b.getByTestId('plan-pause').count()).toBe(0);
    expect(await b.getByTestId('plan-cancel').count()).toBe(0);
    await expect(invoke(bob, 'plans.execute', { id: planId })).rejects.toThrow(/TEAM_PLAN_RUNNING_ELSEWHERE|PLAN_WRONG_STATE/);
    await expect(invoke(bob, 'plans.pause', { id: planId })).rejects.toThrow('TEAM_PLAN_RUNNING_ELSEWHERE');
    await expect.poll(() => b.getByTestId('plan-status').textContent(), { timeout: 90_000, interval: 500 }).toBe('Finished');
    await expect.poll(() => a.getByTestId('plan-status').textContent(), { timeout: 30_000 }).toBe('Finished');
    await bob.screenshot('team-finished-seen-by-bob');

    const detail = await invoke<PlanDetail>(bob, 'plans.get', { id: planId });
    expect(detail.execution).toMatchObject({ total: 60, succeeded: 60, failed: 0, unknown: 0 });
    const applied = sb.control.log().slice(before);
    expect(applied).toHaveLength(60);
    expect(new Set(applied.map((l) => l.transId)).size).toBe(60);
    const activity = await invoke<{ entries: { operator: string; planId: string | null; state: string }[] }>(bob, 'activity.list', { filters: {}, offset: 0, limit: 200 });
    const ofPlan = activity.entries.filter((e) => e.planId === planId);
    // One applied entry per item; a call the API throttled (429, proven not applied) is a
    // failed entry of its own, re-sent as a new one.
    expect(ofPlan.filter((e) => e.state === 'done' || e.state === 'reconciled-done')).toHaveLength(60);
    expect(ofPlan.filter((e) => e.state !== 'done' && e.state !== 'reconciled-done').every((e) => e.state === 'failed' || e.state === 'reconciled-not-applied')).toBe(true);
    expect(ofPlan.every((e) => e.operator === 'alice')).toBe(true);
  });

  it('a workstation that loses the database says why money actions are disabled, keeps review, and comes back by itself', async () => {
    const su = new pg.Client({ host: server.host, port: server.port, user: server.superuser, password: server.superPassword, database: DATABASE });
    await su.connect();
    const b = bob.page;
    try {
      await su.query('ALTER ROLE bob NOLOGIN');
      await su.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'bob'");
      const banner = b.getByTestId('team-disconnected');
      await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);
      expect(await banner.textContent()).toContain('The team database cannot be reached');
      await b.getByTestId('nav-customers').click();
      await expect.poll(() => b.getByRole('row').count(), { timeout: 10_000 }).toBeGreaterThan(5);
      await bob.screenshot('team-disconnected-review-goes-on');
      const i = { operation: 'fundCustomer', counterpartyId: (await invoke<PlanDetail>(alice, 'plans.get', { id: planId })).items[0]!.counterpartyId, amount: '1.01' };
      const refused = await invoke<{ confirmation: string }>(bob, 'money.preview', i)
        .then((p) => invoke(bob, 'money.execute', { ...i, confirmation: p.confirmation }))
        .catch((e: Error) => e.message);
      expect(refused).toContain('TEAM_DISCONNECTED');
    } finally {
      await su.query('ALTER ROLE bob LOGIN');
      await su.end();
    }
    await expect.poll(() => b.getByTestId('team-badge').count(), { timeout: 30_000 }).toBe(1);
    expect(await b.getByTestId('team-disconnected').count()).toBe(0);
  });
});
