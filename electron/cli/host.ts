// Opens the same core the desktop app and the web host run — vault, journal, data-folder
// lock, policies — for one CLI command. Every call goes through the router, so the channel
// gates (single-instance, online, approved, confirmed) apply exactly as in the app.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { AppError, type CallContext, type Envelope, type Language } from '../../shared/contract';
import { SANDBOX_PROFILE_ID } from '../../shared/contract/channels/profiles';
import { createAppCore, type AppCore } from '../core/app-core';
import { defaultDataDir } from '../core/data-dir';
import { acquireDataFolderLock } from '../core/infra/instance/data-folder-lock';
import type { SandboxLauncher } from '../core/profiles/sandbox-profile';
import { createConfSettings } from '../core/settings/conf-settings';
import type { AppSettings, SettingsStore } from '../core/settings/settings-store';
import { readVersion } from '../core/version';
import { DEMO_ACCOUNTS, DEMO_FIXTURE_ACCOUNTS, startSandbox } from '../sandbox';

/**
 * Test hook, never set by operators: the built-in Sandbox profile talks to a sandbox that is
 * already running at this URL (so several CLI processes share one), and the whole core takes
 * its time from that sandbox's clock — the world clock a test moves past settle times
 * (test/support/world-clock.ts sandboxWorldClock), as the plan soak children do.
 */
export const TEST_SANDBOX_ENV = 'PARTNER_DESK_TEST_SANDBOX';

export interface CliCore {
  readonly core: AppCore;
  readonly dataDir: string;
  call<T>(channel: string, input?: unknown): Promise<T>;
  close(): Promise<void>;
}

/** The router's typed error, thrown by `call`. */
export class CallError extends Error {
  constructor(readonly error: Extract<Envelope, { ok: false }>['error']) {
    super(error.message);
  }
}

async function sandboxClock(url: string): Promise<() => Date> {
  const res = await fetch(`${url}/_sandbox/clock`);
  if (!res.ok) throw new Error(`${TEST_SANDBOX_ENV}: ${url}/_sandbox/clock answered HTTP ${res.status}`);
  const { offsetSeconds } = (await res.json()) as { offsetSeconds: number };
  return () => new Date(Date.now() + offsetSeconds * 1000);
}

function launcherFor(dataDir: string, external: string | undefined): SandboxLauncher {
  if (external) {
    return async () => ({ url: external.replace(/\/+$/, ''), accounts: [...DEMO_ACCOUNTS, ...DEMO_FIXTURE_ACCOUNTS], close: async () => undefined });
  }
  // Each CLI command is its own process: the built-in sandbox keeps its state in the data
  // folder, so a funding made by one command is in the records the next one reconciles with.
  const dir = join(dataDir, 'sandbox');
  return async () => {
    mkdirSync(dir, { recursive: true });
    return startSandbox({ latencyMs: 0, statePath: join(dir, 'state.json') });
  };
}

/**
 * `--profile` and `--lang` hold for this command only: read from memory, and an activation
 * during the command is not written back over the desktop app's choice.
 */
function forThisRun(base: SettingsStore, overrides: Partial<AppSettings>): SettingsStore {
  const mine = new Map(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return {
    get: (key) => (mine.has(key) ? (mine.get(key) as never) : base.get(key)),
    set: (key, value) => (mine.has(key) ? void mine.set(key, value) : base.set(key, value)),
    get path() {
      return base.path;
    },
  };
}

/** A profile named by id or name (case-insensitive); the built-in one is "sandbox". */
function profileId(settings: SettingsStore, wanted: string): string {
  const w = wanted.trim().toLowerCase();
  if (w === SANDBOX_PROFILE_ID) return SANDBOX_PROFILE_ID;
  const found = (settings.get('profiles') ?? []).find((p) => p.id.toLowerCase() === w || p.name.toLowerCase() === w);
  if (!found) throw new AppError('PROFILE_NOT_FOUND', { id: wanted });
  return found.id;
}

export async function openCliCore(options: { dataDir?: string; language?: Language; profile?: string }): Promise<CliCore> {
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  mkdirSync(dataDir, { recursive: true });
  // Before anything in the folder is opened: refused while the desktop app or a web host holds it.
  const instanceLock = acquireDataFolderLock(dataDir, { host: 'cli' });
  const external = process.env[TEST_SANDBOX_ENV];
  let core: AppCore;
  try {
    const base = createConfSettings(dataDir);
    const settings = forThisRun(base, {
      language: options.language,
      activeProfileId: options.profile !== undefined ? profileId(base, options.profile) : undefined,
    });
    core = await createAppCore({
      dataDir,
      version: readVersion(),
      host: 'cli',
      settings,
      instanceLock,
      profiles: { sandbox: launcherFor(dataDir, external) },
      ...(external ? { now: await sandboxClock(external) } : {}),
      onInternalError: (ref, channel, error) => process.stderr.write(`[${ref}] ${channel}: ${(error as Error)?.stack ?? String(error)}\n`),
    });
  } catch (error) {
    instanceLock.release();
    throw error;
  }
  // The session's start-up reconciliation runs first, as in the app; a command that
  // reconciled the same entry at the same moment would race it.
  await core.startupReconciled();
  const ctx: CallContext = { transport: 'cli', operator: userInfo().username };
  return {
    core,
    dataDir,
    async call<T>(channel: string, input?: unknown): Promise<T> {
      const envelope = await core.router.invoke(channel, input, ctx);
      if (!envelope.ok) throw new CallError(envelope.error);
      return envelope.value as T;
    },
    close: () => core.dispose(),
  };
}
