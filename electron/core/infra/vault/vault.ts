// The secret store port. The SK of a profile lives here and nowhere else; callers hold it
// only for the moment they sign a request.
export type VaultStatus =
  | { readonly state: 'available'; readonly backend: string }
  | { readonly state: 'unavailable'; readonly backend: string; readonly reason: KeychainFailure };

/** Why no keychain could be used; each maps to one message (error catalogue, KEYCHAIN_*). */
export type KeychainFailure = 'no-session-bus' | 'no-secret-service' | 'bus-unreachable' | 'locked' | 'unknown';

export interface Vault {
  /** Stores or replaces the SK of a profile. Throws AppError KEYCHAIN_UNAVAILABLE when there is no keychain. */
  setSecret(profileId: string, sk: string): Promise<void>;
  /** The SK, or null when none is stored. */
  getSecret(profileId: string): Promise<string | null>;
  /** True when something was deleted. */
  deleteSecret(profileId: string): Promise<boolean>;
  status(): Promise<VaultStatus>;
}

/** keytar's service name; the account is the profile id. */
export const VAULT_SERVICE = 'Partner Desk';
