// The command-line sandbox: one JSON ready line with the URL and the demo accounts, serves signed
// requests, and with --state keeps its data across a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from './helpers';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sandbox-cli-'));
const running: ChildProcess[] = [];

afterAll(async () => {
  await Promise.all(running.map(stop));
  rmSync(dir, { recursive: true, force: true });
});

interface ReadyAccount {
  role: string;
  name: string;
  accountName: string;
  domainId: string;
  ak: string;
  sk: string;
}

interface Ready {
  url: string;
  accounts: ReadyAccount[];
  fixtureAccounts: (ReadyAccount & { purpose: string })[];
}

/** Starts the CLI in its own process group (so stopping it stops npx and tsx too) and reads the ready line. */
function launch(...args: string[]): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = spawn('npx', ['tsx', 'electron/sandbox/cli.ts', '--port', '0', '--customers', '50', ...args], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((ok, fail) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => ok({ child, ready: JSON.parse(line) as Ready }));
    child.once('exit', (code) => fail(new Error(`sandbox CLI exited (${code}) before ready: ${stderr}`)));
  });
}

/** Runs the CLI to its exit (for --help and refused flags). */
function runToExit(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn('npx', ['tsx', 'electron/sandbox/cli.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, stdout, stderr })));
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    process.kill(-(child.pid as number), 'SIGTERM');
  });
}

function account(ready: Ready, role: string): ReadyAccount {
  const a = ready.accounts.find((x) => x.role === role);
  if (!a) throw new Error(`no ${role} account in the ready line`);
  return a;
}

describe('sandbox CLI', () => {
  it('prints one JSON ready line with the URL and the T1 and SP accounts, and serves a signed request', async () => {
    const { child, ready } = await launch();
    expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(ready.accounts.map((a) => a.role)).toEqual(['T1', 'SP']);
    for (const a of ready.accounts) expect(a).toEqual({ role: a.role, name: expect.any(String), accountName: expect.any(String), domainId: expect.any(String), ak: expect.any(String), sk: expect.any(String) });
    expect(ready.fixtureAccounts.map((a) => a.role)).toEqual(expect.arrayContaining(['T2', 'IAM', 'CUSTOMER']));
    const r = await call(ready, account(ready, 'SP'), 'GET', '/v2/accounts/partner-accounts/balances');
    expect(r.status).toBe(200);
    expect(r.json.account_balances).toHaveLength(3);
    await stop(child);
  }, 60_000);

  it('keeps data across a restart with --state', async () => {
    const state = join(dir, 'state.json');
    const first = await launch('--state', state);
    const sp = account(first.ready, 'SP');
    const customers = await call(first.ready, sp, 'POST', '/v2/partners/sub-customers/query', { body: { association_type: '2', limit: 1 } });
    const customer = customers.json.customer_infos[0].customer_id as string;
    const grant = await call(first.ready, sp, 'POST', '/v2/accounts/partner-accounts/adjust-amount', { body: { customer_id: customer, amount: '3.21' } });
    expect(grant.status).toBe(200);
    await stop(first.child);

    const second = await launch('--state', state);
    const found = await call(second.ready, sp, 'GET', '/v3/accounts/partner-accounts/adjust-records', { query: { trans_id: grant.json.transfer_id } });
    expect(found.json.records).toEqual([expect.objectContaining({ customer_id: customer, amount: '3.21' })]);
    await stop(second.child);
  }, 60_000);

  it('starts with the record lags of --record-lag OP:SECONDS and lists them on the control API', async () => {
    const { child, ready } = await launch('--record-lag', 'UpdateCustomerAccountAmount:90', '--record-lag', '*:5');
    const lags = await (await fetch(`${ready.url}/_sandbox/record-lag`)).json() as { lags: unknown[] };
    expect(lags.lags).toEqual([{ operation: 'UpdateCustomerAccountAmount', seconds: 90 }, { operation: '*', seconds: 5 }]);
    await stop(child);
  }, 60_000);

  it('refuses a --record-lag for an operation that writes no records, and explains the flags with --help', async () => {
    const refused = await runToExit('--port', '0', '--customers', '0', '--record-lag', 'ListPartnerBalances:90');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('UpdateCustomerAccountAmount');
    const help = await runToExit('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--record-lag OP:SECONDS/);
    expect(help.stdout).toMatch(/--fault OP:KIND/);
  }, 60_000);
});
