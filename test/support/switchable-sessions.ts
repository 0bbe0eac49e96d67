// A session manager for tests that switch profiles: each profile `<id>` has the data folder
// `<root>/<id>` and, unless told otherwise, an API that never answers.
import { join } from 'node:path';
import type { ProfileSession, SessionListener, SessionManager } from '../../electron/core/infra/session';

export function switchableSessions(root: string, api: () => unknown = () => ({ funding: { listPartnerBalances: () => new Promise(() => undefined) } })) {
  const listeners = new Set<SessionListener>();
  let active: ProfileSession | null = null;
  const manager: SessionManager = {
    get active() {
      return active;
    },
    require() {
      if (!active) throw new Error('NO_ACTIVE_PROFILE');
      return active;
    },
    onChange(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  const switchTo = (id: string | null) => {
    active = id === null ? null : ({
      profile: { id, name: id, role: 'SP', site: 'cn', domainId: `domain-${id}` },
      profileDir: join(root, id),
      endpoint: 'http://127.0.0.1:9',
      api: api(),
    } as unknown as ProfileSession);
    for (const l of listeners) l(active);
  };
  return { manager, switchTo };
}
