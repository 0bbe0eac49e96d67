// Runs the bundled `partner-desk` CLI (dist-node/partner-desk.mjs, built once per test file)
// as its own process, the way a script would: against a sandbox running in the test process,
// which the CLI's built-in Sandbox profile is pointed at (PARTNER_DESK_TEST_SANDBOX) and
// whose clock is the world clock of every CLI process (sandboxWorldClock moves it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
export const CLI_BUNDLE = join(root, 'dist-node/partner-desk.mjs');

export function buildCli(): void {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-node.mjs')], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0 || !existsSync(CLI_BUNDLE)) throw new Error(`build-node failed:\n${built.stderr}`);
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The --json document, parsed (undefined without --json). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each command answers its own shape; the tests assert on it
  readonly json?: { ok: boolean; value?: any; error?: { code: string; message: string; messages: { en: string; 'zh-CN': string } }; exitCode: number };
}

/** Async on purpose: the sandbox answering the CLI runs in this process's event loop. */
export function runCli(sandboxUrl: string, dataDir: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, '--data-dir', dataDir, ...args], {
      cwd: root,
      env: { ...process.env, PARTNER_DESK_TEST_SANDBOX: sandboxUrl, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      let json: CliRun['json'];
      if (args.includes('--json')) {
        try {
          json = JSON.parse(stdout) as CliRun['json'];
        } catch {
          reject(new Error(`not one JSON document on stdout (exit ${code}):\n${stdout}\n${stderr}`));
          return;
        }
      }
      resolvePromise({ code, stdout, stderr, json });
    });
  });
}
