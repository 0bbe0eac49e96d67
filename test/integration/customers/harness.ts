// The customers channels behind the real router and gate checks, over an in-process sandbox,
// for a China-site partner (the harness's session) or the international demo partner.
import pino from 'pino';
import { createHttpClient } from '../../../electron/core/infra/http';
import { createPartnerApi } from '../../../electron/core/infra/partner-api';
import type { ProfileSession, SessionManager } from '../../../electron/core/infra/session';
import { EventBus } from '../../../electron/core/event-bus';
import { OperationsStore } from '../../../electron/core/infra/journal/operations-store';
import { createMoneyRuntime } from '../../../electron/core/money/runtime';
import { createCustomersService } from '../../../electron/core/customers/customers-service';
import { customersHandlers } from '../../../electron/core/customers/customers-handlers';
import { createRealnameService } from '../../../electron/core/customers/realname';
import { offboardingHandlers } from '../../../electron/core/customers/offboarding';
import { activityHandlers } from '../../../electron/core/activity/activity-handlers';
import { createGateChecks } from '../../../electron/core/gate-checks';
import { createRouter } from '../../../electron/core/router';
import { contract, type CallContext } from '../../../shared/contract';
import type { DemoAccount, RunningSandbox } from '../../../electron/sandbox/index';
import type { WorldClock } from '../../support/world-clock';
import { SESSION_TIMEOUT_MS } from '../money/harness';

export function customersRig(sb: RunningSandbox, profileDir: string, who: DemoAccount, clock: WorldClock, site: 'cn' | 'intl' = 'cn') {
  const client = createHttpClient({
    endpoint: sb.url, site, totalTimeoutMs: SESSION_TIMEOUT_MS, now: clock.now,
    credentials: { ak: who.ak, getSecret: async () => who.sk, domainId: who.domainId },
  });
  const session: ProfileSession = {
    profile: { id: `p-${who.accountName}`, name: who.accountName, site: site === 'intl' ? 'intl' : 'custom', endpoint: sb.url, akMasked: 'SBX****', domainId: who.domainId, role: who.role, builtIn: false, active: true },
    profileDir,
    endpoint: sb.url,
    api: createPartnerApi(client),
    log: pino({ enabled: false }),
  };
  const sessions: SessionManager = { active: session, require: () => session, onChange: () => () => {} };
  const operations = new OperationsStore(sessions);
  const money = createMoneyRuntime({ sessions, events: new EventBus(), operations, reconcile: { now: clock.now, clientTimeoutMs: SESSION_TIMEOUT_MS } });
  const service = createCustomersService({ money, now: clock.now });
  const router = createRouter(
    { customers: contract.customers, activity: contract.activity },
    { customers: customersHandlers(service, offboardingHandlers(money, clock.now), createRealnameService({ money, now: clock.now })), activity: activityHandlers(money) },
    {
      language: () => 'en',
      gates: createGateChecks({ money, instance: { assertHeld: () => {} }, singleOperationApprovalLimit: () => null, planApproved: () => { throw new Error('no plans'); } }),
    },
  );
  async function call<T = unknown>(channel: string, input: unknown, ctx: CallContext = { transport: 'test', operator: 'alice' }): Promise<T> {
    const r = await router.invoke(channel, input, ctx);
    if (!r.ok) throw r.error;
    return r.value as T;
  }
  /** Preview then execute with its confirmation, as the screens do. */
  async function confirmed<T>(preview: string, execute: string, input: Record<string, unknown>): Promise<T> {
    const p = await call<{ confirmation: string }>(preview, input);
    return call<T>(execute, { ...input, confirmation: p.confirmation });
  }
  return {
    call, confirmed, money, service,
    close() {
      service.dispose();
      money.dispose();
      operations.dispose();
      client.close();
    },
  };
}
