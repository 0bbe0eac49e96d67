// Launches the whole app the way an operator would see it in a browser: the web host as its
// own process with a fresh data folder per test, and Debian's Chromium driven by playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
export const RESULTS_DIR = join(root, 'test-results');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface LaunchedApp {
  readonly url: string;
  readonly token: string;
  readonly dataDir: string;
  readonly page: Page;
  readonly browser: Browser;
  /** Everything the web-host process printed, for leak scans. */
  readonly output: string[];
  screenshot(name: string): Promise<string>;
  /** Stops the browser and the host; keeps the data folder for a restart. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly dataDir?: string;
  readonly extraArgs?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly viewport?: { width: number; height: number };
  /** A browser already running (the bench's cold start: the operator's browser is open); closed by its owner. */
  readonly browser?: Browser;
  /** A tab already open in that browser (the bench: the operator's browser has a window); its context is closed by its owner. */
  readonly page?: Page;
}

export function freshDataDir(label = 'e2e'): string {
  return mkdtempSync(join(tmpdir(), `partner-desk-${label}-`));
}

/** The web host as operators run it: built JavaScript (npm run build:node), no TypeScript loader. */
export const WEB_HOST_BUNDLE = join(root, 'dist-node/web-host.mjs');

function startHost(dataDir: string, extraArgs: readonly string[], env: NodeJS.ProcessEnv | undefined, output: string[]) {
  if (!existsSync(WEB_HOST_BUNDLE)) throw new Error(`${WEB_HOST_BUNDLE} is missing: run npm run build:node (npm run test:e2e does)`);
  const child = spawn(
    process.execPath,
    [WEB_HOST_BUNDLE, '--data-dir', dataDir, '--static-dir', join(root, 'dist/renderer'), ...extraArgs],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise<{ child: ChildProcess; url: string; token: string }>((resolvePromise, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output.join('')}`)), 60_000);
    child.stderr!.on('data', (c: Buffer) => output.push(c.toString('utf8')));
    child.stdout!.on('data', (c: Buffer) => {
      const text = c.toString('utf8');
      output.push(text);
      buffer += text;
      const line = buffer.split('\n')[0];
      if (buffer.includes('\n') && line) {
        clearTimeout(timer);
        try {
          const ready = JSON.parse(line) as { url: string; token: string };
          resolvePromise({ child, ...ready });
        } catch (error) {
          reject(error);
        }
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output.join('')}`));
    });
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
}

/** Apps currently open, so the per-test hook (test/e2e/setup.ts) can screenshot each one. */
export const openApps = new Set<LaunchedApp>();

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const dataDir = options.dataDir ?? freshDataDir();
  const output: string[] = [];
  const host = await startHost(dataDir, options.extraArgs ?? [], options.env, output);
  const browser = options.page?.context().browser() ?? options.browser ?? (await launchChromium());
  const ownContext = !options.page;
  const context = options.page?.context() ?? (await browser.newContext({ viewport: options.viewport ?? { width: 1360, height: 860 }, locale: 'en-US' }));
  const page = options.page ?? (await context.newPage());
  await page.goto(`${host.url}#token=${host.token}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  mkdirSync(RESULTS_DIR, { recursive: true });
  const app: LaunchedApp = {
    url: host.url,
    token: host.token,
    dataDir,
    page,
    browser,
    output,
    async screenshot(name) {
      const path = join(RESULTS_DIR, `${name}.png`);
      mkdirSync(dirname(path), { recursive: true });
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async close() {
      openApps.delete(app);
      if (!ownContext) {
        // the owner's tab: leave it open
      } else if (options.browser) await context.close();
      else await browser.close();
      if (host.child.exitCode === null) {
        const exited = new Promise((r) => host.child.once('exit', r));
        host.child.kill('SIGTERM');
        await exited;
      }
    },
  };
  openApps.add(app);
  return app;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // evaluate() runs over the DevTools protocol, so the page's CSP does not block axe.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return axe.run(document);
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Calls a channel through the web host the way the renderer does; throws on a typed error. */
export async function invoke<T>(app: Pick<LaunchedApp, 'url' | 'token'>, channel: string, input?: unknown): Promise<T> {
  const res = await fetch(new URL('api/invoke', app.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
    body: JSON.stringify({ channel, input }),
  });
  const envelope = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
  return envelope.value;
}
