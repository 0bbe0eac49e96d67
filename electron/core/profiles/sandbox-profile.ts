// The built-in "Sandbox" profile: no setup, no keychain. Activating it starts the partner-API
// emulator in this process; its demo SK is a public constant, not a secret.
import { SANDBOX_INTL_PROFILE_ID, SANDBOX_PROFILE_ID, maskAk, type ProfileView } from '../../../shared/contract/channels/profiles';

export interface SandboxAccount {
  readonly role: string;
  readonly name: string;
  readonly domainId: string;
  readonly ak: string;
  readonly sk: string;
}

export interface SandboxHandle {
  readonly url: string;
  readonly accounts: readonly SandboxAccount[];
  /** The international-site demo partner (the "Sandbox (international)" profile signs as it). */
  readonly intlAccount?: SandboxAccount;
  close(): Promise<void>;
}

/** Starts one sandbox (latency 0). Injected so tests and hosts decide how it runs. */
export type SandboxLauncher = () => Promise<SandboxHandle>;

/** The account the Sandbox profile signs in as: the T1, which can use every screen. */
export function sandboxAccount(handle: SandboxHandle): SandboxAccount {
  const account = handle.accounts.find((a) => a.role === 'T1') ?? handle.accounts[0];
  if (!account) throw new Error('the sandbox has no account');
  return account;
}

export function sandboxView(active: boolean, running: { url: string; account: SandboxAccount } | null): ProfileView {
  return builtInView({ id: SANDBOX_PROFILE_ID, name: 'Sandbox', site: 'sandbox', role: 'T1' }, active, running);
}

function builtInView(
  p: Pick<ProfileView, 'id' | 'name' | 'site' | 'role'>,
  active: boolean,
  running: { url: string; account: SandboxAccount } | null,
): ProfileView {
  return {
    ...p,
    endpoint: running?.url ?? '',
    akMasked: running ? maskAk(running.account.ak) : '',
    domainId: running?.account.domainId ?? '',
    builtIn: true,
    active,
  };
}

/** The international profile's account: the sandbox's intl demo partner. */
export function sandboxIntlAccount(handle: SandboxHandle): SandboxAccount {
  if (!handle.intlAccount) throw new Error('the sandbox has no international demo partner');
  return handle.intlAccount;
}

/**
 * "Sandbox (international)": the same local sandbox signed as its international-site demo
 * partner (an SP billed in USD), so the intl-only operations (freeze, budgets, postpaid bill)
 * can be tried, and the China-site funding operations are hidden as they are on bss-intl.
 */
export function sandboxIntlView(active: boolean, running: { url: string; account: SandboxAccount } | null): ProfileView {
  return builtInView({ id: SANDBOX_INTL_PROFILE_ID, name: 'Sandbox (international)', site: 'intl', role: 'SP' }, active, running);
}
