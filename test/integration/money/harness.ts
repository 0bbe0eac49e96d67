// A journaled executor of one demo partner, talking to an in-process sandbox over real HTTP
// through the signed client, with short timeouts so faults resolve quickly.
import { createHttpClient } from '../../../electron/core/http';
import { openJournalDb } from '../../../electron/core/journal/database';
import { createMoneyExecutor, Journal, type MoneyExecutor } from '../../../electron/core/money';
import { partnerApiWire } from '../../../electron/core/money/partner-api-wire';
import { createPartnerApi } from '../../../electron/core/partner-api';
import pino from 'pino';
import type { ProfileSession, SessionManager } from '../../../electron/core/session';
import { DEMO_SP, type DemoAccount, type RunningSandbox } from '../../../electron/sandbox/index';

export const CLIENT_TIMEOUT_MS = 300;

export function executorFor(sb: RunningSandbox, who: DemoAccount): { executor: MoneyExecutor; journal: Journal; close(): void } {
  const client = createHttpClient({
    endpoint: sb.url,
    site: 'cn',
    credentials: { ak: who.ak, getSecret: async () => who.sk, domainId: who.domainId },
    connectTimeoutMs: CLIENT_TIMEOUT_MS,
    totalTimeoutMs: CLIENT_TIMEOUT_MS,
    maxReadRetries: 2,
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))),
  });
  const journal = new Journal(openJournalDb(':memory:'));
  const executor = createMoneyExecutor({
    journal,
    wire: partnerApiWire(createPartnerApi(client)),
    profile: { id: who.domainId, name: who.accountName, currency: 'CNY' },
    // The test waits for delayed operations itself; records appear immediately in the sandbox.
    reconcile: { settleMs: 0 },
  });
  return { executor, journal, close: () => client.close() };
}

/** A resale customer of `owner` with more than `min` partner-funded balance. */
export function resaleCustomer(sb: RunningSandbox, owner: string, min = 100): string {
  const list = sb.control.sandbox.world.store.customersByOwner.get(owner) ?? [];
  const c = list.find((x) => x.associationType === '2' && x.balance !== undefined && x.balance.gt(min));
  if (!c) throw new Error(`no funded resale customer of ${owner} in the seed`);
  return c.id;
}

/** A profile session of the demo SP (or T1) over the sandbox, as the session manager would open it. */
export function sessionFor(sb: RunningSandbox, profileDir: string, who: DemoAccount = DEMO_SP): { sessions: SessionManager; session: ProfileSession; close(): void } {
  const client = createHttpClient({
    endpoint: sb.url, site: 'cn', totalTimeoutMs: 2000,
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
