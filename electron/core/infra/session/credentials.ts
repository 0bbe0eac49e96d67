// What the signed client asks for when it signs: the AK, and the SK fetched from the vault
// at that moment (never cached here, so it sits in memory only while a request is signed).
import { AppError } from '../../../../shared/contract/errors';
import type { Credentials } from '../http/credentials';
import type { Vault } from '../vault/vault';

/** The signed client's credentials shape (electron/core/infra/http). */
export type CredentialsProvider = Credentials;

export function vaultCredentials(vault: Vault, profile: { id: string; name: string; ak: string; domainId?: string }): CredentialsProvider {
  return {
    ak: profile.ak,
    domainId: profile.domainId,
    async getSecret() {
      const sk = await vault.getSecret(profile.id);
      if (!sk) throw new AppError('PROFILE_SECRET_MISSING', { id: profile.id, name: profile.name });
      return sk;
    },
  };
}

/** For the built-in sandbox only: its demo SK is a public constant, not a secret. */
export function demoCredentials(ak: string, sk: string, domainId?: string): CredentialsProvider {
  return { ak, domainId, getSecret: async () => sk };
}
