// A separate process that executes one plan against a sandbox, exactly as the app would:
// plan database + journal database on disk, signed client, journaled executor, plan runner.
// The parent kills it with SIGKILL mid-batch and starts it again to resume.
// Usage: node --import tsx plan-child.ts '<json ChildArgs>'
import { createHttpClient, createRateLimiter, type RateLimiter } from '../../../electron/core/infra/http';
import { createMoneyExecutor, Journal, openJournalDb } from '../../../electron/core/money';
import { partnerApiWire } from '../../../electron/core/infra/writes/partner-api-wire';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import { PlanRepository } from '../../../electron/core/plans/plan-repository';
import { PlanRunner } from '../../../electron/core/plans/run/plan-runner';
import type { PlanMoneyPort } from '../../../electron/core/plans/run/money-port';
import { planPortOf } from '../../../electron/core/money/plan-port';
import { effectiveSettleMs } from '../../../electron/core/infra/writes/reconcile';
import { sandboxWorldClock } from '../../support/world-clock';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { acquireDataFolderLock } from '../../../electron/core/infra/instance/data-folder-lock';
import { EXIT_FOLDER_IN_USE, openPlanDb, type ChildArgs } from './soak-harness';

const CLIENT_TIMEOUT_MS = 5000;
/**
 * At least the longest `delay` fault the harness sets (6 s): counted from the round's end, it
 * also covers a held request sent by a child that was killed before its answer came.
 */
const SERVER_DELAY_HEADROOM_MS = 6500;

async function main(): Promise<void> {
  const a = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;
  // One process per data folder, as the app and the web host take it before opening anything.
  try {
    acquireDataFolderLock(dirname(a.journalDb), { host: 'cli', holderWaitMs: 2000 });
  } catch (error) {
    if (error instanceof AppError && error.code === 'DATA_FOLDER_IN_USE') {
      process.stdout.write(`${JSON.stringify({ refused: error.code })}\n`);
      process.exit(EXIT_FOLDER_IN_USE);
    }
    throw error;
  }
  process.stdout.write(`${JSON.stringify({ locked: true })}\n`);
  if (a.holdOnly) await new Promise(() => setInterval(() => undefined, 1000));
  // Time is the sandbox's: shared by every child (also one restarted after a kill).
  const clock = await sandboxWorldClock(a.sandboxUrl);
  const client = createHttpClient({
    endpoint: a.sandboxUrl,
    now: clock.now,
    credentials: { ak: a.ak, domainId: a.domainId, getSecret: async () => a.sk },
    totalTimeoutMs: CLIENT_TIMEOUT_MS,
    ...(a.clientLimiter ? {} : { limiter: soakLimiter(a.ratePerSecond) }),
  });
  const executor = createMoneyExecutor({
    journal: new Journal(openJournalDb(a.journalDb), clock.now),
    wire: partnerApiWire(createPartnerApi(client)),
    profile: { id: 'sandbox', name: 'Sandbox', currency: 'CNY' },
    // The production settle rules; between rounds the world clock jumps past them.
    reconcile: { clientTimeoutMs: CLIENT_TIMEOUT_MS, now: clock.now },
  });
  const money: PlanMoneyPort = planPortOf(executor);
  const repo = new PlanRepository(openPlanDb(a.planDb));
  const runnerOf = () => new PlanRunner(a.planId, { repo, money, operator: 'soak', concurrency: 8 });
  // Rounds: run (recover + send), wait for records to settle, reconcile what is unknown,
  // run again to re-send what was proven not applied; until every item is applied or failed.
  for (let round = 0; round < 20; round++) {
    const runner = runnerOf();
    await runner.run();
    const open = repo.items(a.planId).filter((i) => i.outcome === 'unknown' || i.outcome === 'in-flight' || i.outcome === 'reconciled-not-applied');
    process.stdout.write(`${JSON.stringify({ round, open: open.length, rateLimited: runner.rateLimited })}\n`);
    if (open.length === 0) break;
    // The world clock jumps minutes in an instant, but a request the sandbox is still holding
    // (a `delay` fault past the client's timeout) is applied in real time: let it land first,
    // as it would long before a real settle time of minutes had passed.
    await new Promise((r) => setTimeout(r, SERVER_DELAY_HEADROOM_MS));
    await clock.advance(effectiveSettleMs({ clientTimeoutMs: CLIENT_TIMEOUT_MS }) + 1000);
    await runnerOf().reconcileUnknown();
  }
  client.close();
}

/** The client's limiter at `rate` per operation (the sandbox has no limits); after an
 *  injected 429 it holds the lane 200 ms, as the API's 2–5 s would only slow the soak. */
function soakLimiter(rate: number): RateLimiter {
  const inner = createRateLimiter();
  return {
    acquire: (key) => inner.acquire(key, rate),
    penalize: (key) => inner.penalize(key, 200),
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
