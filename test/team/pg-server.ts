// A private PostgreSQL server for the team tests: Debian's `postgresql` binaries, a fresh
// data folder under the temp dir, a free loopback port, stopped and removed afterwards.
// Run as root (CI), the server runs as the `postgres` user (initdb refuses root) and the
// data folder is owned by it; run as anyone else, it runs as that user.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PgServer {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  /** Superuser (bootstrap) role and its password, for the harness only: the app never uses it. */
  readonly superuser: string;
  readonly superPassword: string;
}

const PREFIX = 'pd-team-pg-';
const OWNER_FILE = 'harness-owner.pid';

/** The newest installed major version's bin folder. */
export function pgBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = versions.map((v) => join(root, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install postgresql (the team tests need its initdb, pg_ctl and postgres)');
  return bin;
}

const asRoot = process.getuid?.() === 0;
/** As root the server runs as `postgres`, which must reach the folder: /tmp, whatever TMPDIR says. */
const parentDir = () => (asRoot ? '/tmp' : tmpdir());

/** Runs a server binary as the user that owns the data folder. */
function runPg(bin: string, args: readonly string[]): string {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, [...args]];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${bin.split('/').pop()} failed (${r.status ?? r.signal}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A test run killed before its teardown leaves a server behind: stop those whose harness
 * process is gone (only folders this harness made: our prefix and our owner file).
 */
export function stopAbandoned(): void {
  const bin = pgBinDir();
  for (const name of readdirSync(parentDir()).filter((n) => n.startsWith(PREFIX))) {
    const dir = join(parentDir(), name);
    const ownerFile = join(dir, OWNER_FILE);
    if (!existsSync(ownerFile)) continue;
    const owner = Number(readFileSync(ownerFile, 'utf8'));
    if (alive(owner)) continue;
    stopServer({ dataDir: dir }, bin);
  }
}

/** `durable`: fsync on, as a team's server runs (the bench); tests turn it off for speed. */
export async function startServer(options: { durable?: boolean } = {}): Promise<PgServer> {
  const bin = pgBinDir();
  const dataDir = mkdtempSync(join(parentDir(), PREFIX));
  writeFileSync(join(dataDir, OWNER_FILE), String(process.pid));
  const pgdata = join(dataDir, 'data');
  const superuser = 'pd_harness';
  const superPassword = `harness-${Math.random().toString(36).slice(2)}`;
  const pwfile = join(dataDir, 'pwfile');
  writeFileSync(pwfile, superPassword, { mode: 0o600 });
  if (asRoot) {
    const { uid, gid } = postgresIds();
    chownSync(dataDir, uid, gid);
    chownSync(pwfile, uid, gid);
  }
  try {
    // Loopback TCP with passwords (scram), as a team's server would ask; no trust anywhere.
    runPg(join(bin, 'initdb'), ['-D', pgdata, '-U', superuser, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    rmSync(pwfile);
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const port = await freePort();
      const opts = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=${options.durable ? 'on' : 'off'} -c max_connections=60`;
      try {
        // -w waits until the server accepts connections (pg_ctl polls with pg_isready's check).
        runPg(join(bin, 'pg_ctl'), ['-D', pgdata, '-o', opts, '-l', join(dataDir, 'server.log'), '-w', '-t', '60', 'start']);
        return { host: '127.0.0.1', port, dataDir, superuser, superPassword };
      } catch (error) {
        lastError = error; // the port was taken between probe and start: try another
      }
    }
    throw lastError;
  } catch (error) {
    stopServer({ dataDir }, bin);
    throw error;
  }
}

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error('no `postgres` user: apt-get install postgresql creates it');
  return { uid, gid };
}

/** Stops the server (fast: rolls back open transactions, closes connections) and removes its folder. */
export function stopServer(server: Pick<PgServer, 'dataDir'>, bin = pgBinDir()): void {
  const pgdata = join(server.dataDir, 'data');
  try {
    if (existsSync(join(pgdata, 'postmaster.pid'))) runPg(join(bin, 'pg_ctl'), ['-D', pgdata, '-m', 'fast', '-w', '-t', '60', 'stop']);
  } finally {
    rmSync(server.dataDir, { recursive: true, force: true });
  }
}
