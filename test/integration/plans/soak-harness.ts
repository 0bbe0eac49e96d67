// Executes plans against an in-process sandbox in child processes that are hard-killed
// mid-batch and restarted, then compares the sandbox's applied-operation log with the
// journal item by item. Used by the resume-after-kill test, the soak test and the bench.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Journal, openJournalDb } from '../../../electron/core/money';
import { PlanRepository, type NewItem } from '../../../electron/core/plans/plan-repository';
import type { PlanKind, PlanParams } from '../../../shared/contract/channels/plans';
import { compareCoupons, compareQuotaGrants, SOAK_PARENT_QUOTA, SOAK_QUOTA } from './coupon-compare';
import { createRng } from '../../../electron/sandbox/util/rng';
import { DEMO_SP, DEMO_T1, DEMO_T2S, FIXTURE_CUSTOMERS, startSandbox, type FaultKind, type RunningSandbox } from '../../../electron/sandbox/index';

const root = resolve(import.meta.dirname, '../../..');
/** plan-child.ts's exit code when the data folder is held by another process. */
export const EXIT_FOLDER_IN_USE = 4;

export interface ChildArgs {
  readonly sandboxUrl: string;
  readonly planDb: string;
  readonly journalDb: string;
  readonly planId: string;
  readonly ak: string;
  readonly sk: string;
  readonly domainId: string;
  /** Requests per second per operation when the client's own 10/s limit is replaced (clientLimiter false). */
  readonly ratePerSecond: number;
  /** Use the client's own 10/s per-operation limiter (true) or one at `ratePerSecond` (fast soak). */
  readonly clientLimiter: boolean;
  /** Only take the data folder's lock and hold it until killed (the first of two processes). */
  readonly holdOnly?: boolean;
}

export function openPlanDb(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  PlanRepository.applySchema(db);
  return db;
}

export interface SoakOptions {
  readonly seed: number;
  /** What the plans do: customer fundings (default) or coupons issued from the SP's quota in calls of 100. */
  readonly kind?: 'fund-customers' | 'issue-coupons' | 'grant-quotas';
  /** Seconds the write's records lag behind it in the list APIs (records the reconciliation reads). */
  readonly recordLagSeconds?: number;
  /** Faults that fire once each, in this order, on the first calls (the fault matrix), before the random ones. */
  readonly matrix?: readonly FaultKind[];
  /** Total money operations planned, split into plans of at most `planSize` items. */
  readonly operations: number;
  readonly planSize: number;
  /** Share of requests that meet an injected fault (0.1 = 10%). */
  readonly faultRate: number;
  /** Hard kills per plan (SIGKILL at a random point of the batch). */
  readonly killsPerPlan: number;
  readonly ratePerSecond?: number;
  readonly latencyMs?: number;
  readonly log?: (line: string) => void;
}

export interface SoakResult {
  readonly planned: number;
  readonly applied: number;
  readonly kills: number;
  readonly faultsFired: number;
  /** Of `matrix`, the kinds that fired. */
  readonly matrixFired: readonly FaultKind[];
  /** Second processes started on the same data folder while a plan ran: each must be refused. */
  readonly intruders: number;
  readonly intrudersRefused: number;
  /** Items not applied exactly once + sandbox operations no journal entry explains + journal claims the sandbox never applied. */
  readonly mismatches: number;
  /** Coupons: customers given a second coupon for one plan item (or a coupon no entry explains). */
  readonly duplicates: number;
  /** Coupons: items that ended failed with the refusal that explains them (code → count). */
  readonly refusals: Readonly<Record<string, number>>;
  readonly details: string[];
}

/** Post-commit faults leave the client unsure (unknown); pre-commit ones are refusals or resets. */
const FAULT_MIX: readonly [FaultKind, number][] = [
  ['drop-after-commit', 0.25], ['error-after-commit', 0.2], ['malformed-body', 0.1],
  ['error-before-commit', 0.2], ['reset', 0.15], ['throttle', 0.1],
];

const FACE_VALUES = ['20.00', '50.00', '100.00'];

function spawnChild(args: ChildArgs): { exited: Promise<number | null>; kill(): void; output: string[] } {
  const output: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/integration/plans/plan-child.ts'), JSON.stringify(args)], {
    cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (c: Buffer) => output.push(c.toString()));
  child.stderr.on('data', (c: Buffer) => output.push(c.toString()));
  return { exited: new Promise((r) => child.once('exit', (code) => r(code))), kill: () => child.kill('SIGKILL'), output };
}

/** Resale customers of the solution provider, each used once per plan. */
function spCustomers(sb: RunningSandbox): string[] {
  const list = sb.control.sandbox.world.store.customersByOwner.get(DEMO_SP.domainId) ?? [];
  return list.filter((c) => c.associationType === '2').map((c) => c.id);
}

/** A saved plan with its items frozen, as execute leaves it (approval is not what a soak tests). */
export function createPlan(planDb: string, planId: string, kind: PlanKind, items: readonly NewItem[], params: PlanParams = {}): void {
  const db = openPlanDb(planDb);
  const repo = new PlanRepository(db);
  const now = new Date().toISOString();
  repo.insert(
    { id: planId, name: planId, kind, params, status: 'ready', author: 'soak', createdAt: now, updatedAt: now, requiresApproval: false,
      contentHash: '0'.repeat(64), total: '0.00', errorRows: 0, problems: [], allocatable: null, approval: null, startedAt: null, finishedAt: null },
    [],
  );
  repo.createItems(planId, items, now);
  db.close();
}

export function createFundingPlan(planDb: string, planId: string, customerIds: readonly string[], amounts: readonly string[]): void {
  createPlan(planDb, planId, 'fund-customers', customerIds.map((id, index) => ({ index, counterpartyId: id, counterpartyName: null, indirectPartnerId: null, amount: amounts[index]!, memo: '' })));
}

/**
 * T2 quota grants of the T1's main quota: round r grants every T2 the amount of that round
 * (an amount per round, so a round's T2s share one call and no two grants of a T2 look alike).
 */
export function createGrantPlan(planDb: string, planId: string, rounds: readonly string[]): void {
  const items = rounds.flatMap((amount, r) => DEMO_T2S.map((t2, i) => ({
    index: r * DEMO_T2S.length + i, counterpartyId: t2.domainId, counterpartyName: null, indirectPartnerId: null, amount, memo: '', details: { quotaId: SOAK_PARENT_QUOTA },
  })));
  createPlan(planDb, planId, 'grant-quotas', items, { quotaId: SOAK_PARENT_QUOTA });
}

/** Coupons of the SP's main quota, one per customer, the face values given. */
export function createCouponPlan(planDb: string, planId: string, customerIds: readonly string[], faceValues: readonly string[]): void {
  const items = customerIds.map((id, index) => ({
    index, counterpartyId: id, counterpartyName: null, indirectPartnerId: null, amount: faceValues[index]!, memo: '', details: { quotaId: SOAK_QUOTA },
  }));
  createPlan(planDb, planId, 'issue-coupons', items, { quotaId: SOAK_QUOTA });
}

export async function runSoak(o: SoakOptions): Promise<SoakResult> {
  const rng = createRng(o.seed);
  const sb = await startSandbox({ seed: o.seed, customers: 3000, rateLimits: false, latencyMs: o.latencyMs ?? 0 });
  const dir = mkdtempSync(join(tmpdir(), 'plans-soak-'));
  const planDb = join(dir, 'plans.db');
  const journalDb = join(dir, 'journal.db');
  const log = o.log ?? (() => undefined);
  try {
    const coupons = o.kind === 'issue-coupons';
    const grants = o.kind === 'grant-quotas';
    const operation = coupons ? 'CreatePartnerCoupons' : grants ? 'UpdateCouponQuotas' : 'UpdateCustomerAccountAmount';
    const caller = grants ? DEMO_T1 : DEMO_SP;
    // A delay past the client's 5 s timeout: the call is applied, the client has given up
    // (plan-child waits this out before it jumps the world clock).
    const matrix = (o.matrix ?? []).map((kind) => sb.control.addFault({ operation, kind, probability: 1, times: 1, ...(kind === 'delay' ? { delayMs: 6000 } : {}) }));
    for (const [kind, share] of o.faultRate > 0 ? FAULT_MIX : []) {
      sb.control.addFault({ operation, kind, probability: o.faultRate * share });
    }
    if (o.recordLagSeconds) sb.control.setRecordLag({ operation, seconds: o.recordLagSeconds });
    const pool = spCustomers(sb).filter((c) => !coupons || c !== FIXTURE_CUSTOMERS.custodied);
    const plans: { id: string; size: number }[] = [];
    let kills = 0;
    let intruders = 0;
    let intrudersRefused = 0;
    for (let planned = 0, n = 0; planned < o.operations; n++) {
      const size = Math.min(o.planSize, o.operations - planned, pool.length);
      const id = `soak-${o.seed}-${n}`;
      const start = Math.floor(rng() * Math.max(1, pool.length - size));
      // Coupons of a promotion come in a few face values: items of one value share calls of 100.
      const amounts = Array.from({ length: size }, () =>
        coupons ? FACE_VALUES[Math.floor(rng() * FACE_VALUES.length)]! : `${1 + Math.floor(rng() * 50)}.${String(Math.floor(rng() * 100)).padStart(2, '0')}`);
      const targets = pool.slice(start, start + size);
      if (grants) {
        // Rounds of distinct amounts (1.01, 1.02…): each round one call of every T2.
        const rounds = Array.from({ length: Math.ceil(size / DEMO_T2S.length) }, (_, r) => `${1 + n}.${String(r + 1).padStart(2, '0')}`);
        createGrantPlan(planDb, id, rounds);
      } else if (coupons) {
        // One customer per plan that the API refuses inside a successful call (custodied
        // sub-account, CBC.50000034): a partial failure the result must explain.
        targets.splice(0, 1);
        targets.splice(Math.floor(rng() * targets.length), 0, FIXTURE_CUSTOMERS.custodied);
        createCouponPlan(planDb, id, targets, amounts);
      } else createFundingPlan(planDb, id, targets, amounts);
      plans.push({ id, size });
      planned += size;
      const args: ChildArgs = {
        sandboxUrl: sb.url, planDb, journalDb, planId: id, ak: caller.ak, sk: caller.sk, domainId: caller.domainId,
        ratePerSecond: o.ratePerSecond ?? 200, clientLimiter: false,
      };
      {
        // A second process on a data folder another one holds is refused, and sends nothing.
        const holder = spawnChild({ ...args, holdOnly: true });
        while (!holder.output.join('').includes('"locked"')) await new Promise((r) => setTimeout(r, 5));
        intruders += 1;
        const before = sb.control.log().length;
        const intruder = spawnChild(args);
        const code = await intruder.exited;
        if (code === EXIT_FOLDER_IN_USE && intruder.output.join('').includes('DATA_FOLDER_IN_USE') && sb.control.log().length === before) intrudersRefused += 1;
        else log(`plan ${id}: a second process on the folder was not refused (exit ${code}): ${intruder.output.join('')}`);
        holder.kill();
        await holder.exited;
      }
      for (let k = 0; k < o.killsPerPlan; k++) {
        const before = sb.control.log().length;
        // Coupons land 100 to a call: kill somewhere within the next call or two.
        const killAt = before + 1 + Math.floor(rng() * Math.max(1, coupons ? 150 : size * 0.8 / o.killsPerPlan));
        const child = spawnChild(args);
        let running = true;
        void child.exited.then(() => (running = false));
        while (running && sb.control.log().length < killAt) await new Promise((r) => setTimeout(r, 5));
        if (running) {
          child.kill();
          kills += 1;
          log(`plan ${id}: killed after ${sb.control.log().length - before} applied operations`);
        }
        await child.exited;
      }
      const final = spawnChild(args);
      const code = await final.exited;
      if (code !== 0) throw new Error(`plan child failed (${code}):\n${final.output.join('')}`);
      log(`plan ${id}: ${final.output.join('').trim().split('\n').pop()}`);
    }
    const result = coupons
      ? compareCoupons(sb, journalDb, planDb, plans)
      : grants ? compareQuotaGrants(sb, journalDb, planDb, plans) : { ...compare(sb, journalDb, planDb, plans), duplicates: 0, refusals: {} };
    const left = new Set(sb.control.faults().map((f) => f.id));
    const matrixFired = matrix.filter((m) => !left.has(m.id)).map((m) => m.kind);
    const faultsFired = sb.control.faults().reduce((n, f) => n + f.fired, 0) + matrixFired.length;
    return { ...result, kills, intruders, intrudersRefused, faultsFired, matrixFired };
  } finally {
    await sb.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The sandbox's applied-operation log against the journal and the plan items, item by item. */
function compare(sb: RunningSandbox, journalDb: string, planDb: string, plans: readonly { id: string; size: number }[]) {
  const details: string[] = [];
  const applied = sb.control.log();
  const journal = new Journal(openJournalDb(journalDb));
  const repo = new PlanRepository(openPlanDb(planDb));
  const byTrans = new Map(applied.map((e) => [e.transId, e]));
  const claimed = new Set<string>();
  let planned = 0;
  for (const p of plans) {
    for (const item of repo.items(p.id)) {
      planned += 1;
      const entries = journal.byPlanItem(p.id, String(item.index));
      const good = entries.filter((e) => e.state === 'done' || e.state === 'reconciled-done');
      if (good.length !== 1) details.push(`${p.id}#${item.index}: ${good.length} applied journal entries (${entries.map((e) => e.state).join(',')})`);
      for (const e of good) {
        const s = e.transId ? byTrans.get(e.transId) : undefined;
        if (!s) details.push(`${p.id}#${item.index}: journal says applied as ${e.transId}, the sandbox has no such operation`);
        else if (s.customerId !== item.counterpartyId || s.amount !== item.amount) details.push(`${p.id}#${item.index}: ${e.transId} moved ${s.amount} to ${s.customerId}`);
        if (e.transId) claimed.add(e.transId);
      }
      if (item.outcome !== 'done' && item.outcome !== 'reconciled-done') details.push(`${p.id}#${item.index}: item ends ${item.outcome}`);
    }
  }
  for (const e of applied) if (e.transId && !claimed.has(e.transId)) details.push(`sandbox applied ${e.transId} (${e.customerId} ${e.amount}) that no journal entry explains`);
  return { planned, applied: applied.length, mismatches: details.length, details };
}
