// A journaled executor of one demo partner, talking to an in-process sandbox over real HTTP
// through the signed client, with short timeouts so faults resolve quickly.
import { createHttpClient } from '../../../electron/core/infra/http';
import { openJournalDb } from '../../../electron/core/infra/journal/database';
import { createMoneyExecutor, Journal, type MoneyExecutor } from '../../../electron/core/money';
import { partnerApiWire } from '../../../electron/core/infra/writes/partner-api-wire';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import pino from 'pino';
import type { ProfileSession, SessionManager } from '../../../electron/core/infra/session';
import { DEMO_SP, type DemoAccount, type RunningSandbox } from '../../../electron/sandbox/index';
import { effectiveSettleMs } from '../../../electron/core/infra/writes/reconcile';
import { worldClock, type WorldClock } from '../../support/world-clock';
import { contract, type CallContext } from '../../../shared/contract';
import { createRouter } from '../../../electron/core/router';
import { createGateChecks, type InstanceGuard } from '../../../electron/core/gate-checks';
import type { MoneyRuntime } from '../../../electron/core/money/runtime';
import { moneyHandlers } from '../../../electron/core/money/money-handlers';
import { activityHandlers } from '../../../electron/core/activity/activity-handlers';

export const CLIENT_TIMEOUT_MS = 300;

/** The settle time these executors use: the production default (minutes), never 0. */
export const SETTLE_MS = effectiveSettleMs({ clientTimeoutMs: CLIENT_TIMEOUT_MS });

/** A world clock driving the workstation and this sandbox's server clock together. */
export function clockFor(sb: RunningSandbox): WorldClock {
  return worldClock({ setClockOffset: (s) => sb.control.setClockOffset(s) });
}

/** A signed client of one demo partner on this sandbox, with the short test timeouts. */
export function signedClientFor(sb: RunningSandbox, who: DemoAccount, clock: WorldClock): ReturnType<typeof createHttpClient> {
  return createHttpClient({
    now: clock.now,
    endpoint: sb.url,
    site: 'cn',
    credentials: { ak: who.ak, getSecret: async () => who.sk, domainId: who.domainId },
    connectTimeoutMs: CLIENT_TIMEOUT_MS,
    totalTimeoutMs: CLIENT_TIMEOUT_MS,
    maxReadRetries: 2,
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))),
  });
}

export function executorFor(sb: RunningSandbox, who: DemoAccount, clock: WorldClock = clockFor(sb)): { executor: MoneyExecutor; journal: Journal; clock: WorldClock; close(): void } {
  const client = signedClientFor(sb, who, clock);
  const journal = new Journal(openJournalDb(':memory:'), clock.now);
  const executor = createMoneyExecutor({
    journal,
    wire: partnerApiWire(createPartnerApi(client)),
    profile: { id: who.domainId, name: who.accountName, currency: 'CNY' },
    // Production settle rules; tests move the world clock past them instead of waiting.
    reconcile: { clientTimeoutMs: CLIENT_TIMEOUT_MS, now: clock.now },
  });
  return { executor, journal, clock, close: () => client.close() };
}

/** A resale customer of `owner` with more than `min` partner-funded balance. */
export function resaleCustomer(sb: RunningSandbox, owner: string, min = 100): string {
  const list = sb.control.sandbox.world.store.customersByOwner.get(owner) ?? [];
  const c = list.find((x) => x.associationType === '2' && x.balance !== undefined && x.balance.gt(min));
  if (!c) throw new Error(`no funded resale customer of ${owner} in the seed`);
  return c.id;
}

export const SESSION_TIMEOUT_MS = 2000;

/** A profile session of the demo SP (or T1) over the sandbox, as the session manager would open it. */
export function sessionFor(sb: RunningSandbox, profileDir: string, who: DemoAccount = DEMO_SP, clock?: WorldClock): { sessions: SessionManager; session: ProfileSession; close(): void } {
  const client = createHttpClient({
    endpoint: sb.url, site: 'cn', totalTimeoutMs: SESSION_TIMEOUT_MS, ...(clock ? { now: clock.now } : {}),
    credentials: { ak: who.ak, getSecret: async () => who.sk, domainId: who.domainId },
  });
  const session: ProfileSession = {
    profile: { id: `p-${who.role}`, name: who.role, site: 'custom', endpoint: sb.url, akMasked: 'SBX****', domainId: who.domainId, role: who.role, builtIn: false, active: true },
    profileDir,
    endpoint: sb.url,
    api: createPartnerApi(client),
    log: pino({ enabled: false }),
  };
  const sessions: SessionManager = { active: session, require: () => session, onChange: () => () => {} };
  return { sessions, session, close: () => client.close() };
}

/**
 * The money and activity channels behind the real router and gate checks, as app-core wires
 * them: `call` resolves with the value or rejects with the typed IPC error.
 */
export function moneyRouter(runtime: MoneyRuntime, instance: InstanceGuard = { assertHeld: () => {} }, limit: string | null = null) {
  return gatedRouter(runtime, { money: contract.money, activity: contract.activity }, { money: moneyHandlers(runtime), activity: activityHandlers(runtime) }, instance, limit);
}

/** Some areas' channels behind the real router and gate checks (no plans). */
export function gatedRouter<C extends Parameters<typeof createRouter>[0]>(
  runtime: MoneyRuntime, areas: C, handlers: Parameters<typeof createRouter<C>>[1], instance: InstanceGuard = { assertHeld: () => {} }, limit: string | null = null,
) {
  const router = createRouter(areas, handlers, {
    language: () => 'en',
    gates: createGateChecks({
      money: runtime, instance, singleOperationApprovalLimit: () => limit,
      planApproved: () => { throw new Error('no plans here'); },
    }),
  });
  async function call<T = unknown>(channel: string, input: unknown, ctx: CallContext = { transport: 'test', operator: 'alice' }): Promise<T> {
    const r = await router.invoke(channel, input, ctx);
    if (!r.ok) throw r.error;
    return r.value as T;
  }
  return { router, call };
}
