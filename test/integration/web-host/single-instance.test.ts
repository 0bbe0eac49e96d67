// One process per data folder, between real web-host processes: the money guards live in
// memory, so a second host on the same folder must refuse to start, naming the first; the
// OS drops the lock when its holder dies, even on SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOLDER_FILE } from '../../../electron/core/infra/instance/data-folder-lock';

const root = resolve(import.meta.dirname, '../../..');

type Outcome = { kind: 'ready'; url: string; token: string } | { kind: 'exited'; code: number | null; stderr: string };

interface HostProcess {
  readonly child: ChildProcess;
  /** The ready line, or the exit if the host stops before printing it. */
  readonly outcome: Promise<Outcome>;
  readonly exited: Promise<number | null>;
}

function startHost(dataDir: string, staticDir: string): HostProcess {
  // node --import tsx (not npx): the child's pid is the host's own.
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web-host/cli.ts', '--data-dir', dataDir, '--static-dir', staticDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const outcome = new Promise<Outcome>((resolveOutcome) => {
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.stdout!.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
      const newline = stdout.indexOf('\n');
      if (newline >= 0) resolveOutcome({ kind: 'ready', ...(JSON.parse(stdout.slice(0, newline)) as { url: string; token: string }) });
    });
    child.once('close', (code) => resolveOutcome({ kind: 'exited', code, stderr }));
  });
  return { child, outcome, exited };
}

async function ready(host: HostProcess): Promise<{ url: string; token: string }> {
  const outcome = await host.outcome;
  if (outcome.kind !== 'ready') throw new Error(`web host exited with ${outcome.code}:\n${outcome.stderr}`);
  return outcome;
}

async function invoke<T>(at: { url: string; token: string }, channel: string): Promise<T> {
  const res = await fetch(new URL('api/invoke', at.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${at.token}` },
    body: JSON.stringify({ channel }),
  });
  const envelope = (await res.json()) as { ok: boolean; value: T };
  if (!envelope.ok) throw new Error(JSON.stringify(envelope));
  return envelope.value;
}

describe('one web host per data folder', () => {
  let dataDir: string;
  let staticDir: string;
  const hosts: HostProcess[] = [];
  const start = () => {
    const host = startHost(dataDir, staticDir);
    hosts.push(host);
    return host;
  };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pd-single-'));
    staticDir = mkdtempSync(join(tmpdir(), 'pd-single-static-'));
  });
  afterEach(async () => {
    for (const host of hosts.splice(0)) {
      if (host.child.exitCode === null && host.child.signalCode === null) host.child.kill('SIGKILL');
      await host.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('refuses a second host on the folder with exit code 2, naming the first one; the first keeps serving', async () => {
    const first = start();
    const at = await ready(first);

    const second = await start().outcome;
    expect(second.kind).toBe('exited');
    if (second.kind !== 'exited') return;
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`Partner Desk is already open on this data folder (web host, pid ${first.child.pid}, since `);
    expect(second.stderr).toContain('two copies could send the same money operation twice');

    // The first host is untouched, and started its built-in Sandbox with the launcher the host injects.
    const list = await invoke<{ activeId: string; profiles: { id: string; endpoint: string }[] }>(at, 'profiles.list');
    expect(list.activeId).toBe('sandbox');
    expect(list.profiles[0]!.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  }, 60_000);

  it('after the holder is killed (SIGKILL, no clean-up) a new host starts on the folder; a clean stop removes its holder file', async () => {
    const first = start();
    await ready(first);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();

    const next = start();
    const at = await ready(next);
    expect((await invoke<{ activeId: string }>(at, 'profiles.list')).activeId).toBe('sandbox');

    next.child.kill('SIGTERM');
    expect(await next.exited).toBe(0);
    expect(existsSync(join(dataDir, HOLDER_FILE))).toBe(false);
  }, 60_000);
});
