// The team soak (issue #16): four workstation processes on two data folders — Alice's two
// (folder A) and Bob's two (folder B) — share one team database and one sandbox. They run the
// same plans and are offered the same single fundings, with faults injected on the funding
// API and random SIGKILLs (each killed child is started again). At the end whatever is still
// unknown is reconciled, and the sandbox's applied log is compared with the team journal
// (soak-compare.ts). Used by test/team/soak.test.ts and the bench (team_soak_duplicates).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHttpClient } from '../../electron/core/infra/http';
import { createPartnerApi } from '../../electron/core/infra/partner-api';
import type { TeamDatabase } from '../../electron/core/infra/team/team-database';
import { createMoneyExecutor } from '../../electron/core/infra/writes/executor';
import { partnerApiWire } from '../../electron/core/infra/writes/partner-api-wire';
import { effectiveSettleMs } from '../../electron/core/infra/writes/reconcile';
import { createRng } from '../../electron/sandbox/util/rng';
import { DEMO_SP, startSandbox, type FaultKind, type RunningSandbox } from '../../electron/sandbox/index';
import type { TeamFixture } from './fixture';
import { compareTeamSoak, type Comparison } from './soak-compare';
import { preparePlans, type SelfApprovals } from './soak-prepare';
import { SOAK_CLIENT_TIMEOUT_MS, WORLD_SPEED, worldNow, type Offer, type SoakChildArgs, type WorldClockSpec } from './soak-world';

const root = resolve(import.meta.dirname, '../..');
const API = 'UpdateCustomerAccountAmount';

export interface TeamSoakOptions {
  readonly team: TeamFixture;
  readonly seed: number;
  readonly plans: number;
  readonly planSize: number;
  /** Single fundings offered to every child. */
  readonly offers: number;
  /** Share of funding calls that meet an injected fault (0.1 = 10%). */
  readonly faultRate: number;
  /** SIGKILLs of random children while money moves. */
  readonly kills: number;
  /** Real time the children get before the soak fails. */
  readonly timeoutMs: number;
  readonly latencyMs?: number;
}

export interface TeamSoakResult extends Comparison {
  readonly seed: number;
  /** Children SIGKILLed (each started again). */
  readonly kills: number;
  readonly faultsFired: number;
  readonly selfApprovals: SelfApprovals;
  /** What the children reported, by kind (twin-refused, plan-running-elsewhere…). */
  readonly events: Readonly<Record<string, number>>;
  /** The children's plan-error and offer-error lines: refusals they met (none expected but late records). */
  readonly errors: readonly string[];
  /** Unresolved entries the parent reconciled at the end. */
  readonly reconciledAtEnd: number;
}

/** Lost answers after commit, 5xx before and after commit, resets, 429s. */
const FAULT_MIX: readonly [FaultKind, number][] = [
  ['drop-after-commit', 0.3], ['error-after-commit', 0.2], ['error-before-commit', 0.2], ['reset', 0.15], ['throttle', 0.15],
];

interface Child {
  readonly index: number;
  /** Set before the parent kills it: its exit is not a failure. */
  killed: boolean;
  /** Connected and working (its `ready` line): only such a child is killed, mid-run. */
  ready: boolean;
  readonly exited: Promise<number | null>;
  readonly output: string[];
  kill(): void;
}

function spawnChild(args: SoakChildArgs, events: Map<string, number>, errors: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/team/soak-child.ts'), JSON.stringify(args)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const self: Child = {
    index: args.index, killed: false, ready: false, output: [],
    exited: new Promise((r) => child.once('exit', (code) => r(code))),
    kill: () => void child.kill('SIGKILL'),
  };
  let partial = '';
  child.stdout.on('data', (c: Buffer) => {
    const lines = (partial + c.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      self.output.push(line);
      if (!line.startsWith('{')) continue; // not an event: kept in the output
      const e = JSON.parse(line) as { ev: string; error?: string };
      events.set(e.ev, (events.get(e.ev) ?? 0) + 1);
      if (e.ev === 'ready') self.ready = true;
      if (e.error) errors.push(line);
    }
  });
  child.stderr.on('data', (c: Buffer) => self.output.push(c.toString()));
  return self;
}

/** Resale customers of the solution provider, shuffled: each is funded once in the whole soak. */
function customers(sb: RunningSandbox, rng: () => number): string[] {
  const list = (sb.control.sandbox.world.store.customersByOwner.get(DEMO_SP.domainId) ?? []).filter((c) => c.associationType === '2').map((c) => c.id);
  return list.sort(() => rng() - 0.5);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const amountOf = (rng: () => number) => `${1 + Math.floor(rng() * 50)}.${String(Math.floor(rng() * 100)).padStart(2, '0')}`;

export async function runTeamSoak(o: TeamSoakOptions): Promise<TeamSoakResult> {
  const rng = createRng(o.seed);
  const clock: WorldClockSpec = { t0: Date.now(), speed: WORLD_SPEED };
  const now = worldNow(clock);
  const need = o.plans * o.planSize + o.offers;
  // About a third of the seeded customers are the solution provider's resale customers.
  const sb = await startSandbox({ seed: o.seed, customers: Math.max(1500, need * 4), rateLimits: false, latencyMs: o.latencyMs ?? 5 });
  // The sandbox keeps the soak's world time too (soak-world.ts).
  sb.control.sandbox.now = () => now().getTime();
  const dir = mkdtempSync(join(tmpdir(), 'team-soak-'));
  const t = o.team;
  const opened: TeamDatabase[] = [];
  const children = new Map<number, Child>();
  const open = async (user: string) => {
    const db = await t.open(user, { now });
    opened.push(db);
    return db;
  };
  try {
    await open(t.admin);
    const alice = await open(t.alice);
    const bob = await open(t.bob);
    const pool = customers(sb, rng);
    if (pool.length < need) throw new Error(`the sandbox has ${pool.length} resale customers, the soak needs ${need}`);
    const specs = Array.from({ length: o.plans }, (_, p) => ({
      items: pool.slice(p * o.planSize, (p + 1) * o.planSize).map((customerId) => ({ customerId, amount: amountOf(rng) })),
    }));
    const offers: Offer[] = pool.slice(o.plans * o.planSize, need).map((customerId, n) => ({ n, customerId, amount: amountOf(rng) }));
    const { planIds, selfApprovals } = await preparePlans({ alice, bob, logins: { alice: t.alice, bob: t.bob }, account: DEMO_SP.domainId, now }, specs);
    for (const [kind, share] of o.faultRate > 0 ? FAULT_MIX : []) sb.control.addFault({ operation: API, kind, probability: o.faultRate * share });

    const events = new Map<string, number>();
    const errors: string[] = [];
    const folders = { A: join(dir, 'folder-A'), B: join(dir, 'folder-B') };
    mkdirSync(folders.A);
    mkdirSync(folders.B);
    const startAt = Date.now() + 6000;
    const deadline = Date.now() + o.timeoutMs;
    const argsOf = (index: number, incarnation: number): SoakChildArgs => {
      const ws = index <= 2 ? 'A' : 'B';
      return {
        index, folder: folders[ws], team: t.config(ws === 'A' ? t.alice : t.bob, `soak ws-${ws} child ${index}`),
        sandboxUrl: sb.url, ak: DEMO_SP.ak, sk: DEMO_SP.sk, domainId: DEMO_SP.domainId, accountName: DEMO_SP.accountName,
        clock, planIds, offers, seed: o.seed * 100 + index * 10 + incarnation, startAt, deadline,
      };
    };
    const kills = await supervise(children, { argsOf, events, errors, sb, rng, seed: o.seed, kills: o.kills, need, deadline });
    // Counted before the leftovers are reconciled (which clears the faults).
    const faultsFired = sb.control.faults().reduce((n, f) => n + f.fired, 0);
    const reconciledAtEnd = await reconcileLeftovers(sb, alice, now);
    const comparison = await compareTeamSoak(sb, alice, planIds, offers);
    return {
      ...comparison, seed: o.seed, kills, faultsFired, selfApprovals,
      events: Object.fromEntries([...events.entries()].sort()), errors, reconciledAtEnd,
    };
  } finally {
    // A failed soak leaves no process behind to work on after the sandbox and server are gone.
    for (const c of children.values()) c.kill();
    await Promise.all(opened.map((d) => d.close().catch(() => undefined)));
    await sb.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Supervision {
  readonly argsOf: (index: number, incarnation: number) => SoakChildArgs;
  readonly events: Map<string, number>;
  readonly errors: string[];
  readonly sb: RunningSandbox;
  readonly rng: () => number;
  readonly seed: number;
  readonly kills: number;
  /** Operations the soak is sure to apply: the kills fall within them. */
  readonly need: number;
  readonly deadline: number;
}

/**
 * Starts children 1–4 and waits until all four exit 0, SIGKILLing a working one (connected,
 * not finished) after a random number of applied operations, `kills` times, and starting it
 * again each time. A child that fails on its own fails the soak. Returns the kills made.
 */
async function supervise(children: Map<number, Child>, s: Supervision): Promise<number> {
  const finished = new Set<number>();
  let failed: Error | null = null;
  const start = (index: number, incarnation: number) => {
    const c = spawnChild(s.argsOf(index, incarnation), s.events, s.errors);
    children.set(index, c);
    void c.exited.then((code) => {
      if (c.killed) return;
      if (code === 0) finished.add(index);
      else failed ??= new Error(`soak child ${index} exited ${code} (seed ${s.seed}):\n${c.output.join('\n').slice(-4000)}`);
    });
  };
  const working = () => [...children.values()].filter((c) => c.ready && !finished.has(c.index));
  /** Waits until `done` holds, failing on a failed child or the deadline. */
  const until = async (done: () => boolean) => {
    while (!done()) {
      if (failed) throw failed;
      if (Date.now() > s.deadline + 10_000) throw new Error(`the soak did not finish in time (seed ${s.seed})`);
      await sleep(10);
    }
  };
  for (const i of [1, 2, 3, 4]) start(i, 0);
  const every = Math.max(1, Math.floor(s.need / (s.kills + 2)));
  let kills = 0;
  while (kills < s.kills && finished.size < 4) {
    const killAt = s.sb.control.log().length + 1 + Math.floor(s.rng() * every);
    await until(() => finished.size === 4 || (s.sb.control.log().length >= killAt && working().length > 0));
    const live = working();
    if (finished.size === 4 || !live.length) break;
    const victim = live[Math.floor(s.rng() * live.length)]!;
    victim.killed = true;
    victim.kill();
    await victim.exited;
    kills += 1;
    start(victim.index, kills);
  }
  await until(() => finished.size === 4);
  if (failed) throw failed;
  return kills;
}

/** Whatever the children left unresolved, reconciled once the settle time has passed (as on the next start). */
async function reconcileLeftovers(sb: RunningSandbox, db: TeamDatabase, now: () => Date): Promise<number> {
  const todo = await db.journal.unresolved();
  if (!todo.length) return 0;
  sb.control.clearFaults();
  await sleep((effectiveSettleMs({ clientTimeoutMs: SOAK_CLIENT_TIMEOUT_MS }) + 60_000) / WORLD_SPEED);
  const client = createHttpClient({
    endpoint: sb.url, site: 'cn', now, totalTimeoutMs: SOAK_CLIENT_TIMEOUT_MS,
    credentials: { ak: DEMO_SP.ak, domainId: DEMO_SP.domainId, getSecret: async () => DEMO_SP.sk },
  });
  try {
    const executor = createMoneyExecutor({
      journal: db.journal, wire: partnerApiWire(createPartnerApi(client)),
      profile: { id: DEMO_SP.domainId, name: DEMO_SP.accountName, currency: 'CNY' },
      reconcile: { clientTimeoutMs: SOAK_CLIENT_TIMEOUT_MS, now },
    });
    await executor.reconcileAll({ operator: 'Partner Desk' });
    return todo.length;
  } finally {
    client.close();
  }
}
