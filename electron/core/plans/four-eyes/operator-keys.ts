// Each operator's signing key, kept in the OS keychain through the Vault port under its own
// account name (never a profile id), so an SK and a signing key can never be confused.
import { AppError } from '../../../../shared/contract';
import type { Vault } from '../../infra/vault/vault';
import { generateOperatorKey, operatorKeyFromPem, type OperatorKey } from './keys';

export const operatorKeyAccount = (operator: string): string => `operator-key:${operator.trim().toLowerCase()}`;

export interface OperatorKeys {
  /** The operator's key, or null when none was made on this workstation. */
  find(operator: string): Promise<OperatorKey | null>;
  /** The operator's key, made (and stored) on first use. */
  ensure(operator: string): Promise<OperatorKey>;
}

export function operatorKeys(vault: Vault): OperatorKeys {
  const find = async (operator: string): Promise<OperatorKey | null> => {
    const pem = await vault.getSecret(operatorKeyAccount(operator));
    if (pem === null) return null;
    const key = operatorKeyFromPem(operator, pem);
    // Something else under our account name: never overwrite it silently.
    if (!key) throw new AppError('PLAN_SIGNING_KEY_UNREADABLE', { operator });
    return key;
  };
  return {
    find,
    async ensure(operator) {
      const existing = await find(operator);
      if (existing) return existing;
      const key = generateOperatorKey(operator);
      await vault.setSecret(operatorKeyAccount(operator), key.privateKeyPem);
      return key;
    },
  };
}
