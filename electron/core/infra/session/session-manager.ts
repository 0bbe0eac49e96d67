import { join } from 'node:path';
import { AppError } from '../../../../shared/contract/errors';
import { createFileLogger, type Logger } from '../logging/logger';
import { ensureProfileDir } from './profile-dirs';
import type { PartnerApiFactory, ProfileSession, SessionController, SessionListener, SessionSpec } from './session';

export interface SessionManagerDeps {
  readonly dataDir: string;
  readonly apiFactory: PartnerApiFactory;
  /** App-wide log; switches are recorded here. */
  readonly log: Logger;
}

export function createSessionManager(deps: SessionManagerDeps): SessionController {
  let active: { session: ProfileSession; close: () => Promise<void> } | null = null;
  const listeners = new Set<SessionListener>();
  const notify = () => {
    for (const l of listeners) {
      try {
        l(active?.session ?? null);
      } catch (error) {
        deps.log.error({ err: error }, 'session listener failed');
      }
    }
  };

  const closeActive = async () => {
    const current = active;
    active = null;
    if (current) await current.close();
  };

  return {
    get active() {
      return active?.session ?? null;
    },
    require() {
      if (!active) throw new AppError('NO_ACTIVE_PROFILE');
      return active.session;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async open(spec: SessionSpec) {
      await closeActive();
      const profileDir = ensureProfileDir(deps.dataDir, spec.profile.id);
      const file = createFileLogger({ dir: join(profileDir, 'logs'), name: 'profile' });
      const log = file.log.child({ profile: spec.profile.id });
      const client = deps.apiFactory({ endpoint: spec.endpoint, credentials: spec.credentials, log, ...(spec.profile.site === 'intl' ? { site: 'intl' as const } : {}) });
      const session: ProfileSession = { profile: spec.profile, profileDir, endpoint: spec.endpoint, api: client.api, log };
      active = {
        session,
        close: async () => {
          try {
            client.close();
            await spec.onClose?.();
          } finally {
            file.close();
          }
        },
      };
      deps.log.info({ profile: spec.profile.id, site: spec.profile.site }, 'profile session opened');
      notify();
      return session;
    },
    async close() {
      if (!active) return;
      await closeActive();
      notify();
    },
  };
}
