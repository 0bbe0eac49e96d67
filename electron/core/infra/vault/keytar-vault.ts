// The OS keychain through keytar (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows): service "Partner Desk", account = profile id.
import { AppError } from '../../../../shared/contract/errors';
import { classifyKeychainError, toKeychainError } from './keychain-errors';
import { VAULT_SERVICE, type KeychainFailure, type Vault, type VaultStatus } from './vault';

const STATUS_PROBE_ACCOUNT = '.status-probe';

/** The part of keytar we use; injectable so tests can run it in a child process or fake it. */
export interface KeytarLike {
  setPassword(service: string, account: string, password: string): Promise<void>;
  getPassword(service: string, account: string): Promise<string | null>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export interface KeytarVaultOptions {
  readonly service?: string;
  /** Defaults to importing the native module lazily, so a missing build only disables the vault. */
  readonly load?: () => Promise<KeytarLike>;
}

async function loadKeytar(): Promise<KeytarLike> {
  const mod = (await import('keytar')) as unknown as KeytarLike & { default?: KeytarLike };
  return mod.default ?? mod;
}

export function createKeytarVault(options: KeytarVaultOptions = {}): Vault {
  const service = options.service ?? VAULT_SERVICE;
  let keytar: Promise<KeytarLike> | null = null;
  const lib = () => (keytar ??= (options.load ?? loadKeytar)());

  const run = async <T>(op: 'store' | 'read' | 'delete' | 'check', fn: (k: KeytarLike) => Promise<T>): Promise<T> => {
    let k: KeytarLike;
    try {
      k = await lib();
    } catch {
      keytar = null; // retry the import next time
      throw new AppError('KEYCHAIN_UNAVAILABLE', { reason: 'unknown', operation: op });
    }
    try {
      return await fn(k);
    } catch (error) {
      throw toKeychainError(error, op);
    }
  };

  return {
    setSecret: (id, sk) => run('store', (k) => k.setPassword(service, id, sk)),
    getSecret: (id) => run('read', (k) => k.getPassword(service, id)),
    deleteSecret: (id) => run('delete', (k) => k.deletePassword(service, id)),
    async status(): Promise<VaultStatus> {
      try {
        // A lookup of an account that never exists reaches the Secret Service without loading any secret.
        await run('check', (k) => k.getPassword(service, STATUS_PROBE_ACCOUNT));
        return { state: 'available', backend: 'keytar' };
      } catch (error) {
        const reason =
          error instanceof AppError && typeof error.details.reason === 'string'
            ? (error.details.reason as KeychainFailure)
            : (classifyKeychainError(error) ?? 'unknown');
        return { state: 'unavailable', backend: 'keytar', reason };
      }
    },
  };
}
