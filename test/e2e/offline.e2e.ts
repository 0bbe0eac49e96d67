// Issue #7 "done when": sync a custom-endpoint T1 profile from a sandbox running as its own
// process, stop the sandbox, restart the app on the same data folder — every review screen still
// shows, searches and exports its data with its as-of time, the banner says since when, API
// actions are disabled with the reason (English and Chinese, axe on each). Then the database is
// truncated: after a restart the damage is shown, the user starts fresh and syncs the data back.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, statSync, truncateSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDataDir, invoke, launchApp, seriousA11yViolations, type LaunchedApp } from './fixture';

const root = resolve(import.meta.dirname, '../..');

interface SandboxProcess {
  readonly url: string;
  readonly t1: { ak: string; sk: string; domainId: string };
  stop(): Promise<void>;
}

/** `electron/sandbox/cli.ts` as its own process; resolves with its JSON ready line. */
function startSandboxProcess(port = 0): Promise<SandboxProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/sandbox/cli.ts', '--port', String(port), '--customers', '300'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox did not start:\n${output}`)), 60_000);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stdout!.on('data', (c: Buffer) => {
      output += c.toString('utf8');
      if (!output.includes('\n')) return;
      clearTimeout(timer);
      const ready = JSON.parse(output.split('\n')[0]!) as { url: string; accounts: { role: string; ak: string; sk: string; domainId: string }[] };
      resolvePromise({
        url: ready.url,
        t1: ready.accounts.find((a) => a.role === 'T1')!,
        stop: async () => {
          if (child.exitCode !== null) return;
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited with ${code}:\n${output}`));
    });
  });
}

/** One sync runs at a time: wait for the previous one to end. */
async function syncIdle(app: LaunchedApp): Promise<void> {
  await expect.poll(async () => (await invoke<{ running: boolean }>(app, 'sync.status')).running, { timeout: 120_000, interval: 250 }).toBe(false);
}

async function setLanguage(page: Page, language: 'en' | 'zh-CN'): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('language-select').selectOption(language);
}

const rowCell = (page: Page, table: string, col: number) =>
  page.locator(`[data-testid="${table}-grid"] [role="row"][aria-rowindex="2"] [aria-colindex="${col}"]`);

/** Each review screen: its table, and a text column whose value is searched for. */
const screens = [
  { nav: 'customers', table: 'customers', searchCol: 2 },
  { nav: 'resellers', table: 'resellers', searchCol: 3 },
  { nav: 'records', table: 'adjust-records', searchCol: 4 },
  { nav: 'vouchers', table: 'quotas', searchCol: 1 },
  { nav: 'bills', table: 'bill-sums', searchCol: 1 },
] as const;

const text = {
  en: { rows: /^[1-9][\d,]* rows( match)?$/, match: /^[1-9][\d,]* rows? match$/, asOf: /As of \d{4}-\d{2}-\d{2}/, since: /unreachable since \d{4}-\d{2}-\d{2} \d{2}:\d{2}/, csv: 'Export CSV', xlsx: 'Export XLSX' },
  'zh-CN': { rows: /^(共 [1-9][\d,]* 行|[1-9][\d,]* 行符合条件)$/, match: /^[1-9][\d,]* 行符合条件$/, asOf: /数据时间/, since: /自 \d{4}-\d{2}-\d{2} \d{2}:\d{2}.*起无法连接/, csv: '导出 CSV', xlsx: '导出 XLSX' },
} as const;

describe('offline review after a restart with the sandbox stopped', () => {
  let sandbox: SandboxProcess;
  let app: LaunchedApp;
  let profileId: string;
  const dataDir = freshDataDir('offline');
  /** What each screen counted while online, to compare after the restart. */
  const counts = new Map<string, string>();
  let shownLanguage: 'en' | 'zh-CN' = 'en';

  beforeAll(async () => {
    sandbox = await startSandboxProcess();
    app = await launchApp({ dataDir });
  });
  afterAll(async () => {
    await app?.close();
    await sandbox?.stop();
  });

  it('creates and activates a custom-endpoint T1 profile for the sandbox process', async () => {
    const profile = await invoke<{ id: string }>(app, 'profiles.create', {
      name: 'Sandbox process T1',
      site: 'custom',
      endpoint: sandbox.url,
      ak: sandbox.t1.ak,
      domainId: sandbox.t1.domainId,
      role: 'T1',
      sk: sandbox.t1.sk,
    });
    profileId = profile.id;
    await invoke(app, 'profiles.activate', { id: profileId });
    await app.page.reload();
    await app.page.waitForSelector('body[data-ready="true"]');
  });

  it('syncs every review screen through its own sync button', async () => {
    const { page } = app;
    for (const s of screens) {
      await page.getByTestId(`nav-${s.nav}`).click();
      await syncIdle(app);
      await page.getByTestId(`${s.nav}-sync`).click();
      await syncIdle(app);
      await expect.poll(() => page.getByTestId(`${s.table}-count`).textContent(), { timeout: 30_000 }).toMatch(text.en.rows);
      counts.set(s.nav, (await page.getByTestId(`${s.table}-count`).textContent())!);
    }
    expect(await page.getByTestId('offline-banner').count()).toBe(0);
  });

  it('restarts with the sandbox stopped: the banner says since when, without any sync', async () => {
    await sandbox.stop();
    await app.close();
    app = await launchApp({ dataDir });
    await app.page.getByTestId('offline-banner').waitFor({ timeout: 30_000 });
    expect(await app.page.getByTestId('offline-banner').textContent()).toMatch(text.en.since);
  });

  for (const language of ['en', 'zh-CN'] as const) {
    for (const s of screens) {
      it(`${s.nav} (${language}): shows and searches the stored data with its as-of time; sync disabled with the reason; exports`, async () => {
        const { page } = app;
        const l = text[language];
        if (shownLanguage !== language) {
          await setLanguage(page, language);
          shownLanguage = language;
        }
        await page.getByTestId(`nav-${s.nav}`).click();
        await page.getByTestId(`${s.table}-search`).fill('');
        await expect.poll(() => page.getByTestId(`${s.table}-count`).textContent()).toMatch(l.rows);
        if (language === 'en') expect(await page.getByTestId(`${s.table}-count`).textContent()).toBe(counts.get(s.nav));
        expect(await page.getByTestId(`${s.nav}-as-of`).textContent()).toMatch(l.asOf);
        expect(await page.getByTestId('offline-banner').textContent()).toMatch(l.since);

        const sync = page.getByTestId(`${s.nav}-sync`);
        expect(await sync.isDisabled()).toBe(true);
        expect(await page.locator(`#${s.nav}-sync-why`).textContent()).toBeTruthy();

        const term = (await rowCell(page, s.table, s.searchCol).textContent())!.trim();
        await page.getByTestId(`${s.table}-search`).fill(term);
        await expect.poll(() => page.getByTestId(`${s.table}-count`).textContent()).toMatch(l.match);
        expect(await rowCell(page, s.table, s.searchCol).textContent()).toContain(term);

        const csv = page.waitForEvent('download');
        await page.getByTestId(`${s.table}-export`).getByRole('button', { name: l.csv }).click();
        const csvText = readFileSync((await (await csv).path())!, 'utf8');
        expect(csvText.charCodeAt(0)).toBe(0xfeff);
        expect(csvText).toContain(term);
        const xlsx = page.waitForEvent('download');
        await page.getByTestId(`${s.table}-export`).getByRole('button', { name: l.xlsx }).click();
        expect(readFileSync((await (await xlsx).path())!).subarray(0, 2).toString('latin1')).toBe('PK');

        await app.screenshot(`offline-${s.nav}-${language}`);
        expect(await seriousA11yViolations(page)).toEqual([]);
        await page.getByTestId(`${s.table}-search`).fill('');
      });
    }
  }

  it('funding is disabled with the reason while offline', async () => {
    const { page } = app;
    await setLanguage(page, 'en');
    await page.getByTestId('nav-funding').click();
    await page.getByTestId('funding-offline').waitFor();
    expect(await page.getByTestId('funding-review').isDisabled()).toBe(true);
  });

  it('a truncated database is shown after a restart; start fresh keeps the file and a sync brings the data back', async () => {
    await app.close();
    const file = join(dataDir, 'profiles', profileId, 'partner-desk.db');
    const damagedSize = Math.floor(statSync(file).size / 2) + 7;
    truncateSync(file, damagedSize);
    sandbox = await startSandboxProcess(Number(new URL(sandbox.url).port));
    app = await launchApp({ dataDir });
    const { page } = app;
    await page.getByTestId('nav-customers').click();
    const damaged = page.getByTestId('store-damaged');
    await damaged.waitFor();
    expect(await damaged.textContent()).toContain(file);
    expect(await damaged.textContent()).toMatch(/truncated/);
    await app.screenshot('store-damaged-en');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByTestId('store-start-fresh').click();
    await page.getByRole('button', { name: 'Move aside and start fresh' }).click();
    const kept = await page.getByTestId('store-fresh-kept').textContent();
    expect(kept).toContain(`${file}.corrupt-`);
    const movedTo = /kept at (\S+)\. Sync/.exec(kept!)![1]!;
    expect(statSync(movedTo).size).toBe(damagedSize);
    await page.getByTestId('store-fresh-sync').click();
    await syncIdle(app);
    await expect.poll(() => page.getByTestId('customers-count').textContent(), { timeout: 30_000 }).toBe(counts.get('customers'));
    await app.screenshot('store-fresh-en');
  });
});
