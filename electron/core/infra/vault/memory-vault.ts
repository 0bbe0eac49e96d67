// In-memory vault for unit tests only; the app always uses the OS keychain.
import { keychainUnavailable } from './keychain-errors';
import type { KeychainFailure, Vault, VaultStatus } from './vault';

export interface MemoryVault extends Vault {
  /** Simulates a machine without a keychain (null: keychain available again). */
  breakWith(reason: KeychainFailure | null): void;
  /** Profile ids that hold a secret, for assertions. */
  ids(): string[];
}

export function createMemoryVault(): MemoryVault {
  const secrets = new Map<string, string>();
  let broken: KeychainFailure | null = null;
  const guard = (op: 'store' | 'read' | 'delete' | 'check') => {
    if (broken) throw keychainUnavailable(broken, op);
  };
  return {
    async setSecret(id, sk) {
      guard('store');
      secrets.set(id, sk);
    },
    async getSecret(id) {
      guard('read');
      return secrets.get(id) ?? null;
    },
    async deleteSecret(id) {
      guard('delete');
      return secrets.delete(id);
    },
    async status(): Promise<VaultStatus> {
      return broken ? { state: 'unavailable', backend: 'memory', reason: broken } : { state: 'available', backend: 'memory' };
    },
    breakWith(reason) {
      broken = reason;
    },
    ids: () => [...secrets.keys()],
  };
}
