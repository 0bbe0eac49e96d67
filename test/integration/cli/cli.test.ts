// `partner-desk` against the sandbox, every command as a script would run it: its --json
// document parsed, each exit code reached (0 done, 1 refused, 2 bad input, 3 unknown), a lost
// answer exiting 3 and `activity reconcile` resolving it once the world clock has moved past
// the production settle time, and a refusal while another process holds the data folder.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { acquireDataFolderLock } from '../../../electron/core/infra/instance/data-folder-lock';
import { effectiveSettleMs } from '../../../electron/core/infra/writes/reconcile';
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { sandboxWorldClock } from '../../support/world-clock';
import { buildCli, runCli } from './cli-harness';

const T2 = '2c9e2f4d73fa6c80be5f3f40'; // reseller_north, a T2 of the demo T1 the Sandbox profile signs as
const API = 'UpdateCustomerAccountAmount';
/** The CLI's client timeout is the production default (30 s): its settle time is 3 minutes. */
const SETTLE_MS = effectiveSettleMs({ clientTimeoutMs: 30_000 });

// Every case starts CLI processes (a second or more each on a busy machine).
vi.setConfig({ testTimeout: 120_000 });

let sb: RunningSandbox;
let dataDir: string;
let customers: string[];
let clock: Awaited<ReturnType<typeof sandboxWorldClock>>;
const cli = (...args: string[]) => runCli(sb.url, dataDir, args);
const applied = (amount: string) => sb.control.log().filter((l) => l.amount === amount);

beforeAll(async () => {
  buildCli();
  sb = await startSandbox({ customers: 300, seed: 15, rateLimits: false });
  clock = await sandboxWorldClock(sb.url);
  dataDir = mkdtempSync(join(tmpdir(), 'pd-cli-'));
  const listed = (await (await fetch(`${sb.url}/_sandbox/customers?owner=${T2}&association_type=2&limit=5`)).json()) as { customers: { id: string }[] };
  customers = listed.customers.map((c) => c.id);
}, 60_000);

afterAll(async () => {
  await sb?.close();
});

describe('partner-desk: reading and fetching', () => {
  it('profiles: lists the built-in Sandbox profile as active (exit 0)', async () => {
    const r = await cli('--json', 'profiles');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ ok: true, exitCode: 0 });
    expect(r.json!.value.profiles.find((p: { active: boolean }) => p.active)).toMatchObject({ id: 'sandbox', role: 'T1' });
  });

  it('sync: fetches the lists into the store, progress on stderr, the document on stdout', async () => {
    const r = await cli('--json', 'sync', '--lists', 'customers,resellers,partnerBalances');
    expect(r.code).toBe(0);
    const lists = r.json!.value.lists as { list: string; state: string; rowCount: number }[];
    expect(lists.find((l) => l.list === 'customers')).toMatchObject({ state: 'done' });
    expect(lists.find((l) => l.list === 'customers')!.rowCount).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/customers: done/);
  });

  it('customers search and export read the synced store', async () => {
    const found = await cli('--json', 'customers', 'search', customers[0]!);
    expect(found.code).toBe(0);
    expect(found.json!.value.rows.map((c: { customerId: string }) => c.customerId)).toContain(customers[0]);
    const out = join(dataDir, 'customers.csv');
    const exported = await cli('--json', 'customers', 'export', '--format', 'csv', '--out', out);
    expect(exported.code).toBe(0);
    expect(exported.json!.value).toMatchObject({ path: out, format: 'csv' });
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain(customers[0]);
  });

  it('statements export writes the statements of every customer for a month as one workbook (exit 0); a bad month exits 2', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const out = join(dataDir, 'statements.xlsx');
    const exported = await cli('--json', 'statements', 'export', '--from', month, '--out', out);
    expect(exported.code, JSON.stringify(exported.json)).toBe(0);
    expect(exported.json!.value).toMatchObject({ path: out, format: 'xlsx' });
    expect(exported.json!.value.customerCount).toBeGreaterThan(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect((await cli('--json', 'statements', 'export', '--from', '2026-13')).code).toBe(2);
  });

  it('activity list: the journal, filtered by state (exit 0)', async () => {
    const r = await cli('--json', 'activity', 'list', '--state', 'done');
    expect(r.code).toBe(0);
    expect(r.json!.value).toMatchObject({ unresolved: 0 });
  });
});

describe('partner-desk: moving money', () => {
  it('fund without --yes shows the preview and sends nothing (exit 0); with --yes it is sent once (exit 0)', async () => {
    const args = ['fund', '--customer', customers[0]!, '--t2', T2, '--amount', '10.01'];
    const preview = await cli('--json', ...args);
    expect(preview.code).toBe(0);
    expect(preview.json!.value).toMatchObject({ sent: false, preview: { operation: 'fundT2Customer', amount: '10.01' } });
    expect(applied('10.01')).toHaveLength(0);
    const sent = await cli('--json', ...args, '--yes');
    expect(sent.code).toBe(0);
    expect(sent.json!.value.entry).toMatchObject({ state: 'done', amount: '10.01' });
    expect(applied('10.01')).toHaveLength(1);
    expect(sent.json!.value.entry.transId).toBe(applied('10.01')[0]!.transId);
  });

  it('refuses what the balance checks refuse (exit 1), in the language asked for; nothing is sent', async () => {
    const r = await cli('--json', '--lang', 'zh-CN', 'fund', '--customer', customers[1]!, '--t2', T2, '--amount', '99999999', '--yes');
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ ok: false, exitCode: 1, error: { code: 'MONEY_OVER_T2_BALANCE' } });
    expect(r.json!.error!.message).toMatch(/云经销商/);
    expect(applied('99999999.00')).toHaveLength(0);
  });

  it('bad input exits 2: a malformed amount, an unknown command, an unknown flag, an unknown profile', async () => {
    const amount = await cli('--json', 'fund', '--customer', customers[1]!, '--t2', T2, '--amount', '12.345');
    expect(amount).toMatchObject({ code: 2 });
    expect(amount.json!.error!.code).toBe('MONEY_AMOUNT_DECIMALS');
    expect(await cli('--json', 'transfer')).toMatchObject({ code: 2, json: { ok: false, error: { code: 'INVALID_INPUT' } } });
    const flag = await cli('fund', '--customer', customers[1]!, '--amount', '1', '--colour', 'red');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--colour/);
    expect(await cli('--json', '--profile', 'no-such-profile', 'profiles')).toMatchObject({ code: 2, json: { error: { code: 'PROFILE_NOT_FOUND' } } });
  });

  it('a lost answer exits 3; activity reconcile stays undecided before the settle time and resolves it after', async () => {
    // The records show two minutes late, as on the real service; the answer is lost after the money moved.
    sb.control.setRecordLag({ operation: API, seconds: 120 });
    sb.control.addFault({ operation: API, kind: 'drop-after-commit', times: 1 });
    const lost = await cli('--json', 'fund', '--customer', customers[2]!, '--t2', T2, '--amount', '20.02', '--yes');
    expect(lost.code).toBe(3);
    const entry = lost.json!.value.entry as { id: string; state: string };
    expect(entry.state).toBe('unknown');
    expect(applied('20.02')).toHaveLength(1);

    const early = await cli('--json', 'activity', 'reconcile', entry.id);
    expect(early.code).toBe(3);
    expect(early.json!.value).toMatchObject({ id: entry.id, state: 'unknown' });
    expect((await cli('--json', 'activity', 'list', '--state', 'unknown')).json!.value.unresolved).toBe(1);

    // Minutes pass for every process: the sandbox keeps the jumped time, each CLI reads it.
    await clock.advance(SETTLE_MS + 1000);
    const late = await cli('--json', 'activity', 'reconcile', entry.id);
    expect(late.code).toBe(0);
    expect(late.json!.value).toMatchObject({ id: entry.id, state: 'reconciled-done', transId: applied('20.02')[0]!.transId });
    expect(applied('20.02')).toHaveLength(1);
    sb.control.clearRecordLags();

    const all = await cli('--json', 'activity', 'reconcile', '--all');
    expect(all.code).toBe(0);
    expect(all.json!.value).toMatchObject({ stillUnknown: 0 });
  }, 120_000);
});

describe('partner-desk: batch plans', () => {
  let planId = '';

  it('plans import: a sheet becomes a draft (exit 0); one with a bad row is kept and exits 2', async () => {
    const good = join(dataDir, 'good.csv');
    writeFileSync(good, `customer_id,amount,memo\n${customers[3]},5.05,cli\n${customers[4]},6.06,cli\n`);
    const r = await cli('--json', 'plans', 'import', good, '--kind', 'fund-customers', '--name', 'CLI plan');
    expect(r.code).toBe(0);
    expect(r.json!.value).toMatchObject({ status: 'draft', rowCount: 2, errorRows: 0, total: '11.11' });
    planId = r.json!.value.id;
    const bad = join(dataDir, 'bad.csv');
    writeFileSync(bad, `customer_id,amount\n${customers[3]},1.001\n`);
    const refused = await cli('--json', 'plans', 'import', bad, '--kind', 'fund-customers');
    expect(refused.code).toBe(2);
    expect(refused.json!.value.errorRows).toBe(1);
    expect(await cli('--json', 'plans', 'import', join(dataDir, 'missing.csv'), '--kind', 'fund-customers')).toMatchObject({ code: 2 });
  });

  it('plans status lists the plans and shows one (exit 0)', async () => {
    const list = await cli('--json', 'plans', 'status');
    expect(list.code).toBe(0);
    expect(list.json!.value.map((p: { id: string }) => p.id)).toContain(planId);
    const one = await cli('--json', 'plans', 'status', planId);
    expect(one).toMatchObject({ code: 0, json: { value: { id: planId, name: 'CLI plan' } } });
  });

  it('plans approve and execute go through the same four-eyes rules and gates: refused (exit 1), nothing sent', async () => {
    const before = sb.control.log().length;
    const approve = await cli('--json', 'plans', 'approve', planId);
    expect(approve.code).toBe(1);
    // The author cannot approve their own plan, whatever the keychain holds.
    expect(['PLAN_APPROVER_IS_AUTHOR', 'PLAN_WRONG_STATE', 'KEYCHAIN_UNAVAILABLE', 'KEYCHAIN_FAILED', 'PLAN_APPROVAL_KEY_NOT_ENROLLED']).toContain(approve.json!.error!.code);
    const execute = await cli('--json', 'plans', 'execute', planId);
    expect(execute.code).toBe(1);
    // The approved gate refuses before anything runs: no valid signed approval (or no keychain to check it with).
    expect(execute.json!.error!.code).toMatch(/^(PLAN_|KEYCHAIN_)/);
    expect(sb.control.log().length).toBe(before);
  });
});

describe('partner-desk: vouchers (issue #12)', () => {
  it('issue: the preview names each customer (exit 0); --yes issues them from the T2’s quota (exit 0); reclaim takes one back', async () => {
    const store = sb.control.sandbox.world.store;
    const quota = [...store.quotas.values()].find((q) => q.parentId && q.ownerId === T2 && q.status === 0 && q.balance.gt(100))!;
    expect((await cli('sync', '--lists', 'customers,resellers,quotas,childQuotas,issuedCoupons')).code).toBe(0);
    const args = ['vouchers', 'issue', '--quota', quota.id, '--customers', `${customers[3]},${customers[4]}`, '--t2', T2, '--face-value', '10'];
    const preview = await cli('--json', ...args);
    expect(preview.code).toBe(0);
    expect(preview.json!.value).toMatchObject({ sent: false, preview: { operation: 'issueCoupon', sendCount: 2, total: '20.00' } });
    const before = [...store.coupons.values()].filter((c) => c.quotaId === quota.id).length;
    const issued = await cli('--json', ...args, '--yes');
    expect(issued.code).toBe(0);
    expect(issued.json!.value.result).toMatchObject({ done: 2, failed: 0, unknown: 0 });
    const coupons = [...store.coupons.values()].filter((c) => c.quotaId === quota.id);
    expect(coupons.length).toBe(before + 2);
    const couponId = issued.json!.value.result.items[0].entry.transId as string;

    // The reclaim preview reads the coupons from the store: sync the new ones first.
    expect((await cli('sync', '--lists', 'issuedCoupons')).code).toBe(0);
    const look = await cli('--json', 'vouchers', 'reclaim', '--coupons', couponId, '--t2', T2);
    expect(look.code).toBe(0);
    expect(look.json!.value.preview).toMatchObject({ operation: 'reclaimCoupon', sendCount: 1, items: [{ key: couponId, problems: [] }] });
    const reclaim = await cli('--json', 'vouchers', 'reclaim', '--coupons', couponId, '--t2', T2, '--yes');
    expect(reclaim.code).toBe(0);
    expect(reclaim.json!.value.result).toMatchObject({ done: 1 });
    expect(await cli('--json', 'vouchers', 'issue', '--quota', 'QNOSUCH', '--customers', customers[3]!, '--t2', T2, '--face-value', '10')).toMatchObject({
      code: 2,
      json: { error: { code: 'VOUCHER_QUOTA_UNKNOWN' } },
    });
  }, 120_000);
});

describe('partner-desk: one process per data folder', () => {
  it('refuses while the desktop app or a web host holds the data folder, and says who (exit 1)', async () => {
    const lock = acquireDataFolderLock(dataDir, { host: 'web' });
    try {
      const text = await cli('profiles');
      expect(text.code).toBe(1);
      expect(text.stderr).toMatch(/web host/);
      expect(text.stderr).toMatch(/网页宿主/);
      const json = await cli('--json', 'profiles');
      expect(json).toMatchObject({ code: 1, json: { ok: false, error: { code: 'DATA_FOLDER_IN_USE' } } });
    } finally {
      lock.release();
    }
    expect((await cli('--json', 'profiles')).code).toBe(0);
  });
});
