// In-process API: the app's built-in "Sandbox" profile and the integration tests start it here.
import type { AddressInfo } from 'node:net';
import { DEMO_ACCOUNTS, DEMO_INTL, DEMO_SP, DEMO_T1, DEMO_T2S, type DemoAccount } from './accounts';
import { DEMO_FIXTURE_ACCOUNTS, type FixtureAccount } from './fixture-accounts';
import type { FaultRule, FaultSpec } from './faults';
import type { LedgerSummary } from './ledger/ledger';
import type { MoneyLogEntry } from './ledger/types';
import type { RecordLagSpec } from './record-lag';
import { Sandbox, type SandboxOptions } from './sandbox';
import { SandboxServer } from './server';

export { DEMO_ACCOUNTS, DEMO_INTL, DEMO_SP, DEMO_T1, DEMO_T2S, type DemoAccount };
export { FAULT_BODIES, FAULT_KINDS, type FaultBody, type FaultKind, type FaultRule, type FaultSpec } from './faults';
export type { LedgerSummary } from './ledger/ledger';
export type { MoneyLogEntry } from './ledger/types';
export { LAGGED_OPERATIONS, type LaggedOperation, type RecordLagSpec } from './record-lag';
export { OPERATION_NAMES } from './router';
export { SANDBOX_SMS_CODE } from './handlers/customers';
export {
  DEMO_COUPON_SP, DEMO_CUSTOMER, DEMO_EXITED_T1, DEMO_FIXTURE_ACCOUNTS, DEMO_ORPHAN_T2, DEMO_RESTRICTED_PARENT_T2, DEMO_RESTRICTED_SP,
  DEMO_SP_VIEWER, DEMO_TEST_SP, type FixtureAccount,
} from './fixture-accounts';
export { FIXTURE_CONTACTS, FIXTURE_CUSTOMERS, FIXTURE_QUOTAS, MAGIC_XACCOUNT, PRODUCTS } from './fixtures';

export interface StartOptions extends SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
}

export interface SandboxControl {
  /** Adds a fault rule; returns it with its id. */
  addFault(spec: FaultSpec): FaultRule;
  removeFault(id: number): boolean;
  clearFaults(): void;
  faults(): FaultRule[];
  /** Totals (money and vouchers, both conserved by every API call) and every balance. */
  ledger(): LedgerSummary;
  /** Applied money operations, oldest first; `since` = last seq already seen. */
  log(since?: number): MoneyLogEntry[];
  setClockOffset(seconds: number): void;
  /** How long CreateSubCustomer's association takes from now on (seconds). */
  setAssociationDelay(seconds: number): void;
  /** Records of `operation` (or `*`) show in their list APIs only `seconds` after the write; throws on a bad spec. */
  setRecordLag(spec: RecordLagSpec): void;
  clearRecordLags(): void;
  /** Back to the seeded data; clears faults and the clock offset, keeps record lags. */
  reset(): void;
  /** Direct access to the state, for assertions. */
  sandbox: Sandbox;
}

export interface RunningSandbox {
  url: string;
  accounts: DemoAccount[];
  /** Extra accounts that make documented refusals reachable (T2 caller, IAM operator, customer…). */
  fixtureAccounts: FixtureAccount[];
  /** The international-site demo partner (USD, intl-only operations). */
  intlAccount: DemoAccount;
  control: SandboxControl;
  close(): Promise<void>;
}

export async function startSandbox(options: StartOptions = {}): Promise<RunningSandbox> {
  const sb = new Sandbox(options);
  const server = new SandboxServer(sb);
  await new Promise<void>((resolve, reject) => {
    server.http.once('error', reject);
    server.http.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accounts: [...DEMO_ACCOUNTS],
    intlAccount: DEMO_INTL,
    fixtureAccounts: [...DEMO_FIXTURE_ACCOUNTS],
    control: {
      addFault: (spec) => sb.faults.add(spec),
      removeFault: (id) => sb.faults.remove(id),
      clearFaults: () => sb.faults.clear(),
      faults: () => sb.faults.list(),
      ledger: () => sb.ledger(),
      log: (since) => sb.log(since),
      setClockOffset: (seconds) => sb.setClockOffset(seconds * 1000),
      setRecordLag: (spec) => void sb.recordLag.set(spec),
      setAssociationDelay: (seconds) => void (sb.associationDelayMs = seconds * 1000),
      clearRecordLags: () => sb.recordLag.clear(),
      reset: () => sb.reset(),
      sandbox: sb,
    },
    close: () => new Promise<void>((resolve) => {
      server.http.closeAllConnections();
      server.http.close(() => resolve());
    }),
  };
}

/** The app's built-in Sandbox profile: hosts hand this to the core as its sandbox launcher. */
export function startBuiltInSandbox(options: Pick<SandboxOptions, 'customers'> = {}): Promise<RunningSandbox> {
  return startSandbox({ latencyMs: 0, ...options });
}
