// A profile as kept in the settings file: public fields only. The SK is in the vault under
// the profile id; the built-in Sandbox profile is not stored at all.
import type { ProfileRole, ProfileSite } from '../../../shared/contract/channels/profiles';

/** A shared profile's team database; its login's password is in the vault (teamSecretKey). */
export interface StoredTeamConnection {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  /** The server's CA (PEM): public, so kept with the profile. */
  readonly caPem?: string;
}

export interface StoredProfile {
  readonly id: string;
  readonly name: string;
  readonly site: Exclude<ProfileSite, 'sandbox'>;
  /** Only for site "custom"; the known sites' endpoints come from SITE_ENDPOINTS. */
  readonly endpoint?: string;
  readonly ak: string;
  readonly domainId: string;
  readonly role: ProfileRole;
  readonly team?: StoredTeamConnection;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The vault account of a shared profile's database password (beside its SK, under the profile id). */
export const teamSecretKey = (profileId: string): string => `${profileId}#team-database`;
