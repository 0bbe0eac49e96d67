// `npm run web`: the app through the loopback web host (run from its bundle, dist-node/web-host.mjs). Prints one JSON line when ready:
// {"url": "...", "token": "..."}; opens the system browser only with --open.
// Exit codes: 0 stopped (SIGINT/SIGTERM), 1 failed to start, 2 the data folder is in use by
// another Partner Desk (its pid on stderr): one process per data folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError, type Language } from '../../shared/contract/errors';
import type { AppCore } from '../core/app-core';
import { defaultDataDir } from '../core/data-dir';
import { acquireDataFolderLock, startupRefusalText } from '../core/infra/instance/data-folder-lock';
import type { SettingsStore } from '../core/settings/settings-store';
import { readVersion } from '../core/version';
import { startWebHost } from './server';

const here = dirname(fileURLToPath(import.meta.url));
// The built renderer beside the project: from the bundle (dist-node/) or from the source (electron/web-host/).
const defaultStaticDir = [resolve(here, '../dist/renderer'), resolve(here, '../../dist/renderer')].find((d) => existsSync(d)) ?? resolve(here, '../dist/renderer');

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    'static-dir': { type: 'string' },
    open: { type: 'boolean', default: false },
    /** How many customers the built-in sandbox seeds (default 2,000; e.g. 20000 for a large demo). */
    'sandbox-customers': { type: 'string' },
  },
});

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  spawn(cmd, args, { detached: true, stdio: 'ignore' }).on('error', () => {
    process.stderr.write(`Could not open a browser; open ${url} yourself.\n`);
  }).unref();
}

async function main(): Promise<void> {
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  mkdirSync(dataDir, { recursive: true });
  // Before anything in the folder is opened, settings included.
  const instanceLock = acquireDataFolderLock(dataDir, { host: 'web' });
  // Cold start: listen and print the ready line first, and load the core (schemas, stores,
  // the sandbox) while the browser parses the renderer. Loading the core keeps the event loop
  // busy for a good part of a second, so it starts once the browser has every file index.html
  // loads at start, on the first API call, or 1 s after listening, whichever comes first.
  // Calls that arrive before it is ready wait for it.
  let settings: SettingsStore | null = null;
  let listening!: () => void;
  const core: Promise<AppCore> = new Promise<void>((resolve) => (listening = resolve)).then(async () => {
    const [{ createAppCore }, { createConfSettings }] = await Promise.all([import('../core/app-core'), import('../core/settings/conf-settings')]);
    settings = createConfSettings(dataDir);
    return createAppCore({
      dataDir,
      version: readVersion(),
      host: 'web',
      settings,
      instanceLock,
      profiles: {
        sandbox: async () => (await import('../sandbox')).startBuiltInSandbox(values['sandbox-customers'] ? { customers: Number(values['sandbox-customers']) } : {}),
      },
      onInternalError: (ref, channel, error) => process.stderr.write(`[${ref}] ${channel}: ${(error as Error)?.stack ?? error}\n`),
    });
  });
  const awaited = new Set<string>();
  const host = await startWebHost({
    core,
    onRequest: (kind, path) => {
      if (kind === 'api') return listening();
      awaited.delete(path);
      if (awaited.size === 0) listening();
    },
    staticDir: resolve(values['static-dir'] ?? defaultStaticDir),
    port: values.port ? Number(values.port) : undefined,
    operator: userInfo().username,
    // Until the settings are open (a few hundred milliseconds), refusals are in English.
    language: (): Language => settings?.get('language') ?? 'en',
  });
  for (const path of host.startupPaths) awaited.add(path);
  process.stdout.write(`${JSON.stringify({ url: host.url, token: host.token })}\n`);
  if (values.open) openBrowser(`${host.url}#token=${host.token}`);

  // Installed before the core loads, so a stop during start-up still closes cleanly.
  const stop = async () => {
    await host.close();
    await (await core.catch(() => null))?.dispose();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setTimeout(listening, host.startupPaths.length ? 1000 : 0);
  await core; // a core that fails to load exits 1, below
}

main().catch((error: unknown) => {
  if (error instanceof AppError && error.code === 'DATA_FOLDER_IN_USE') {
    process.stderr.write(`${startupRefusalText(error)}\n`);
    process.exit(2);
  }
  process.stderr.write(`Partner Desk web host failed to start: ${(error as Error).message}\n`);
  process.exit(1);
});
