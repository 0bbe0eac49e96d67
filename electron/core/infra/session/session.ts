// The active profile as services see it. Services depend on SessionManager only; the
// profiles service is the one place that opens and closes sessions (SessionController).
import type { ProfileView } from '../../../../shared/contract/channels/profiles';
import type { Logger } from '../logging/logger';
import type { CredentialsProvider } from './credentials';

import type { PartnerApi } from '../partner-api';

/** The partner API bound to one profile's endpoint and credentials (electron/core/infra/partner-api). */
export type { PartnerApi };

export interface PartnerApiFactoryInput {
  readonly endpoint: string;
  /** The profile's site when the endpoint alone does not say it (a loopback international sandbox). */
  readonly site?: 'cn' | 'intl';
  readonly credentials: CredentialsProvider;
  readonly log: Logger;
}
/** Builds the API for one endpoint; `close` releases its connections when the session ends. */
export type PartnerApiFactory = (input: PartnerApiFactoryInput) => { readonly api: PartnerApi; close(): void };

export interface ProfileSession {
  /** Public fields only (the AK masked); safe to log or show. */
  readonly profile: ProfileView;
  /** <dataDir>/profiles/<profileId>/, created before the session opens. */
  readonly profileDir: string;
  /** Base URL every partner API call goes to. */
  readonly endpoint: string;
  readonly api: PartnerApi;
  /** Structured log of this profile, in <profileDir>/logs/ (redacted, rotated). */
  readonly log: Logger;
}

export type SessionListener = (session: ProfileSession | null) => void;

export interface SessionManager {
  readonly active: ProfileSession | null;
  /** The active session, or AppError NO_ACTIVE_PROFILE. */
  require(): ProfileSession;
  /** Called after every switch (null: no profile active). Returns an unsubscribe function. */
  onChange(listener: SessionListener): () => void;
}

export interface SessionSpec {
  readonly profile: ProfileView;
  readonly endpoint: string;
  readonly credentials: CredentialsProvider;
  /** Runs when the session ends, e.g. stops the in-process sandbox. */
  readonly onClose?: () => Promise<void>;
}

export interface SessionController extends SessionManager {
  /** Closes the active session (if any) and opens one for `spec`. */
  open(spec: SessionSpec): Promise<ProfileSession>;
  close(): Promise<void>;
}
