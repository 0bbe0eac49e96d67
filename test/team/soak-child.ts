// One workstation process of the team soak, working as its login (alice or bob) against the
// shared team database and the shared sandbox, as the app would: the plans area over the team
// stores with the team's run locks, and the journaled executor over the team journal with a
// signed HTTP client. It runs two loops at once until every plan and every offered single
// operation is settled team-wide; the parent SIGKILLs it at random and starts it again.
//
// Plans: take any plan not settled; one running elsewhere is refused (its run lock,
// TEAM_PLAN_RUNNING_ELSEWHERE, or its status) and another is picked. A finished plan with
// unknown items is reconciled; one with items proven not applied is resumed.
//
// Single operations: every child is offered the same fundings. An operator looks at the team
// journal before pressing Fund, and that look must be current: the child takes the offer's
// desk (a session advisory lock of the soak's own) for the look and what follows, so two
// children never both find "nothing yet" and both send. Under the desk: an applied entry means
// done; an unresolved one is pressed once more (the journal must refuse it as a twin) and then
// reconciled, never re-sent; an entry proven not applied is sent again, once, linked to it.
// Usage: node --import tsx soak-child.ts '<json SoakChildArgs>'
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { JournalEntryView } from '../../shared/contract/channels/activity';
import type { PlanSummary } from '../../shared/contract/channels/plans';
import { AppError } from '../../shared/contract/errors';
import { createHttpClient, createRateLimiter } from '../../electron/core/infra/http';
import { createPartnerApi } from '../../electron/core/infra/partner-api';
import { clientConfig } from '../../electron/core/infra/team/connection';
import { PlanRunLocks } from '../../electron/core/infra/team/plan-run-lock';
import { openTeamDatabase } from '../../electron/core/infra/team/team-database';
import { createMemoryVault } from '../../electron/core/infra/vault/memory-vault';
import { callOfIntent, createMoneyExecutor, type MoneyExecutor, type MoneyIntent } from '../../electron/core/infra/writes/executor';
import { partnerApiWire } from '../../electron/core/infra/writes/partner-api-wire';
import { intentKeyOf } from '../../electron/core/infra/writes/registry';
import { planPortOf } from '../../electron/core/money/plan-port';
import { operatorKeys } from '../../electron/core/plans/four-eyes/operator-keys';
import { PlansService } from '../../electron/core/plans/plans-service';
import { createRng } from '../../electron/sandbox/util/rng';
import { EXIT_DEADLINE, OFFER_LOCK_SPACE, SOAK_CLIENT_TIMEOUT_MS, worldNow, type Offer, type SoakChildArgs, type SoakEvent } from './soak-world';

const a = JSON.parse(process.argv[2] ?? '{}') as SoakChildArgs;
const rng = createRng(a.seed);
const now = worldNow(a.clock);
const operator = a.team.user;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function emit(event: SoakEvent): void {
  const line = `${JSON.stringify({ ...event, child: a.index, pid: process.pid })}\n`;
  process.stdout.write(line);
  appendFileSync(join(a.folder, `child-${a.index}.log`), line);
}

class Deadline extends Error {}
function checkDeadline(): void {
  if (Date.now() > a.deadline) throw new Deadline(`child ${a.index}: deadline passed`);
}

const codeOf = (e: unknown) => (e instanceof AppError ? e.code : e instanceof Error ? e.message.slice(0, 120) : String(e));
/** The code, and for an unexpected error what it says. */
const whatOf = (e: unknown) => (e instanceof AppError ? `${e.code} ${JSON.stringify(e.details).slice(0, 300)}` : codeOf(e));
const applied = (e: JournalEntryView) => e.state === 'done' || e.state === 'reconciled-done';
const unresolved = (e: JournalEntryView) => e.state === 'pending' || e.state === 'sent' || e.state === 'unknown';
const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

async function main(): Promise<void> {
  const db = await openTeamDatabase(a.team, { now });
  const client = createHttpClient({
    endpoint: a.sandboxUrl, site: 'cn', now,
    credentials: { ak: a.ak, domainId: a.domainId, getSecret: async () => a.sk },
    connectTimeoutMs: SOAK_CLIENT_TIMEOUT_MS, totalTimeoutMs: SOAK_CLIENT_TIMEOUT_MS,
    // The sandbox has no limits: a fast lane, and a short hold after an injected 429.
    limiter: (() => {
      const inner = createRateLimiter();
      return { acquire: (key: string) => inner.acquire(key, 200), penalize: (key: string) => inner.penalize(key, 200) };
    })(),
  });
  const executor = createMoneyExecutor({
    journal: db.journal,
    wire: partnerApiWire(createPartnerApi(client)),
    profile: { id: a.domainId, name: a.accountName, currency: 'CNY' },
    reconcile: { clientTimeoutMs: SOAK_CLIENT_TIMEOUT_MS, now },
  });
  const plans = new PlansService({
    stores: () => db,
    runLocks: new PlanRunLocks(a.team),
    // Execution validates nothing against the local store: the approval binds the rows.
    reference: { load: () => Promise.reject(new Error('the soak child imports no sheets')) },
    money: () => planPortOf(executor),
    onProgress: (p) => {
      if (p.state === 'failed') emit({ ev: 'plan-error', plan: p.task.replace(/^plan:/, ''), error: JSON.stringify(p.detail ?? {}) });
    },
    account: () => a.domainId,
    keys: operatorKeys(createMemoryVault()),
    now,
    runner: { concurrency: 4 },
  });
  const desk = new pg.Client(clientConfig(a.team));
  desk.on('error', () => undefined);
  await desk.connect();
  emit({ ev: 'ready' });
  // The first children start together and all reach for the first plan at once.
  await sleep(Math.max(0, a.startAt - Date.now()));
  try {
    await Promise.all([planLoop(plans), offerLoop(executor, desk)]);
    emit({ ev: 'finished' });
  } finally {
    client.close();
    await desk.end().catch(() => undefined);
    await db.close().catch(() => undefined);
  }
}

/** Settled: finished, every item final, none unknown, none proven not applied (to resume). */
function settled(p: PlanSummary): boolean {
  const x = p.execution;
  return p.status === 'finished' && x !== null && x.done === x.total && x.unknown === 0 && x.notApplied === 0;
}

async function planLoop(plans: PlansService): Promise<void> {
  let first = true;
  for (;;) {
    checkDeadline();
    const open = (await plans.list()).filter((p) => a.planIds.includes(p.id) && !settled(p));
    if (!open.length) return;
    const p = (first && open.find((x) => x.id === a.planIds[0])) || pick(open);
    first = false;
    await planStep(plans, p);
    await sleep(50 + rng() * 100);
  }
}

async function planStep(plans: PlansService, p: PlanSummary): Promise<void> {
  if (p.status === 'running') return emit({ ev: 'plan-running', plan: p.id });
  if (p.status === 'finished' && p.execution && p.execution.unknown > 0) {
    try {
      const after = await plans.reconcile(p.id, operator);
      emit({ ev: 'plan-reconciled', plan: p.id });
      // Still too early for some: Huawei's records may not show them yet (a world minute).
      if (after.execution && after.execution.unknown > 0) await sleep(1000);
    } catch (error) {
      emit(codeOf(error) === 'PLAN_WRONG_STATE' ? { ev: 'plan-running', plan: p.id } : { ev: 'plan-error', plan: p.id, error: whatOf(error) });
    }
    return;
  }
  try {
    await plans.execute(p.id, operator);
    // Paused here means interrupted: left running by a process that died (nothing pauses).
    emit({ ev: p.status === 'paused' ? 'plan-resumed' : 'plan-run', plan: p.id });
    await plans.settled(p.id);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'TEAM_PLAN_RUNNING_ELSEWHERE') emit({ ev: 'plan-running-elsewhere', plan: p.id });
    else if (code === 'PLAN_WRONG_STATE') emit({ ev: 'plan-running', plan: p.id });
    else emit({ ev: 'plan-error', plan: p.id, error: whatOf(error) });
  }
}

const intentOf = (o: Offer): MoneyIntent => ({ operation: 'fundCustomer', counterpartyId: o.customerId, amount: o.amount, memo: `offer ${o.n}` });

/** The offer's entries in the team journal, oldest first: the first send and its re-sends. */
async function entriesOf(executor: MoneyExecutor, o: Offer): Promise<JournalEntryView[]> {
  const key = intentKeyOf(callOfIntent(intentOf(o)));
  const page = await executor.journal.list({ counterparty: o.customerId }, 0, 100);
  return page.entries.filter((e) => e.intentKey === key && e.planId === null).sort((x, y) => x.seq - y.seq);
}

async function offerLoop(executor: MoneyExecutor, desk: pg.Client): Promise<void> {
  const done = new Set<number>();
  /** World time before which reconciling an offer again cannot decide it (its settle time). */
  const notBefore = new Map<number, number>();
  const pressed = new Set<string>();
  for (;;) {
    checkDeadline();
    const open = a.offers.filter((o) => !done.has(o.n));
    if (!open.length) return;
    for (const o of [...open].sort(() => rng() - 0.5)) {
      if ((notBefore.get(o.n) ?? 0) > now().getTime()) continue;
      const got = await desk.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [OFFER_LOCK_SPACE, o.n]);
      if (!got.rows[0]!.ok) continue; // another child is at this offer's desk
      try {
        const r = await offerStep(executor, o, pressed);
        if (r === 'applied') done.add(o.n);
        else if (r) notBefore.set(o.n, r);
      } catch (error) {
        emit({ ev: 'offer-error', offer: o.n, error: whatOf(error) });
      } finally {
        await desk.query('SELECT pg_advisory_unlock($1, $2)', [OFFER_LOCK_SPACE, o.n]);
      }
    }
    await sleep(100);
  }
}

/** One look at the offer under its desk: 'applied', or the settle time to wait for, or null. */
async function offerStep(executor: MoneyExecutor, o: Offer, pressed: Set<string>): Promise<'applied' | number | null> {
  const ctx = { operator };
  const chain = await entriesOf(executor, o);
  if (chain.some(applied)) return 'applied';
  const open = chain.find(unresolved);
  if (open) {
    if (!pressed.has(open.id)) {
      // Fund pressed again while the first is unresolved: nothing may be sent.
      pressed.add(open.id);
      try {
        const twin = await executor.execute(intentOf(o), ctx);
        emit({ ev: 'twin-sent', offer: o.n, state: twin.state });
      } catch (error) {
        if (codeOf(error) === 'MONEY_UNRESOLVED_DUPLICATE') emit({ ev: 'twin-refused', offer: o.n });
        else emit({ ev: 'offer-error', offer: o.n, error: whatOf(error) });
      }
    }
    return outcome(await executor.reconcile(open.id, ctx), o, 'offer-reconciled');
  }
  // Nothing yet, or the last send proven not applied: send (again, once, linked to it).
  const last = chain.at(-1);
  const entry = await executor.execute(last ? { ...intentOf(o), retryOf: last.id } : intentOf(o), ctx);
  emit({ ev: last ? 'offer-resent' : 'offer-sent', offer: o.n, state: entry.state });
  return outcome(entry.state === 'unknown' ? await executor.reconcile(entry.id, ctx) : entry, o);
}

function outcome(e: JournalEntryView, o: Offer, ev?: 'offer-reconciled'): 'applied' | number | null {
  if (ev) emit({ ev, offer: o.n, state: e.state });
  if (applied(e)) return 'applied';
  const until = e.evidence?.settleUntil;
  return until ? Date.parse(until) : null;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(error instanceof Deadline ? EXIT_DEADLINE : 1);
  },
);
