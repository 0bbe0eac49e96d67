// Builds the profiles area for the composition root: the session controller other services
// read, the vault, and the handlers. Keeps app-core.ts down to a few lines.
import { join } from 'node:path';
import { createHttpClient } from '../infra/http';
import { createFileLogger, type FileLogger } from '../infra/logging/logger';
import { createPartnerApi } from '../infra/partner-api';
import { profileRepository, type ProfileRepository } from './profile-repository';
import type { SandboxLauncher } from './sandbox-profile';
import { createSessionManager } from '../infra/session/session-manager';
import type { PartnerApiFactory, SessionController } from '../infra/session/session';
import type { SettingsStore } from '../settings/settings-store';
import { createKeytarVault } from '../infra/vault/keytar-vault';
import type { Vault } from '../infra/vault/vault';
import { createProfilesService, type ProfilesService } from './profiles-service';

export interface ProfilesAreaOptions {
  readonly dataDir: string;
  readonly settings: SettingsStore;
  /** Defaults to the OS keychain (keytar). Unit tests pass the in-memory vault. */
  readonly vault?: Vault;
  readonly apiFactory?: PartnerApiFactory;
  /**
   * Starts the built-in Sandbox profile's emulator. The host injects it (electron/sandbox's
   * startBuiltInSandbox): the core never imports the sandbox. Absent: that profile cannot start.
   */
  readonly sandbox?: SandboxLauncher;
  /** Mirrors every app log line (tests, leak scanner). */
  readonly logTee?: (line: string) => void;
  /** Unresolved journal entries of an account (a profile with any is not deleted). */
  readonly unresolvedWrites?: (account: { site: string; domainId: string }) => number;
  /** The clock requests are signed with (tests: a world clock); default real time. */
  readonly now?: () => Date;
}

/** The real thing: the signed HTTP client under the typed partner API. */
const signedPartnerApi = (now?: () => Date): PartnerApiFactory => ({ endpoint, credentials, log, site }) => {
  const client = createHttpClient({ endpoint, credentials, ...(site ? { site } : {}), ...(now ? { now } : {}), onEvent: (event) => log.info({ call: event }, 'partner api call') });
  return { api: createPartnerApi(client), close: () => client.close() };
};

export interface ProfilesArea {
  readonly sessions: SessionController;
  /** The SKs' keychain, shared with the plans area for operators' signing keys. */
  readonly vault: Vault;
  readonly service: ProfilesService;
  /** The stored profiles (the team area keeps a shared profile's connection there). */
  readonly repo: ProfileRepository;
  readonly appLog: FileLogger;
  dispose(): Promise<void>;
}

export function createProfilesArea(options: ProfilesAreaOptions): ProfilesArea {
  const appLog = createFileLogger({ dir: join(options.dataDir, 'logs'), name: 'partner-desk', tee: options.logTee });
  const apiFactory = options.apiFactory ?? signedPartnerApi(options.now);
  const sessions = createSessionManager({ dataDir: options.dataDir, apiFactory, log: appLog.log });
  const vault = options.vault ?? createKeytarVault();
  const repo = profileRepository(options.settings);
  const service = createProfilesService({
    repo,
    vault,
    sessions,
    apiFactory,
    sandbox: options.sandbox,
    log: appLog.log,
    unresolvedWrites: options.unresolvedWrites,
  });
  return {
    sessions,
    vault,
    service,
    repo,
    appLog,
    async dispose() {
      await service.dispose();
      appLog.close();
    },
  };
}
