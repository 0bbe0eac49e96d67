// The built-in "Sandbox" profile: no setup, no keychain. Activating it starts the partner-API
// emulator in this process; its demo SK is a public constant, not a secret.
import { SANDBOX_PROFILE_ID, maskAk, type ProfileView } from '../../../shared/contract/channels/profiles';

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
  return {
    id: SANDBOX_PROFILE_ID,
    name: 'Sandbox',
    site: 'sandbox',
    endpoint: running?.url ?? '',
    akMasked: running ? maskAk(running.account.ak) : '',
    domainId: running?.account.domainId ?? '',
    role: 'T1',
    builtIn: true,
    active,
  };
}
