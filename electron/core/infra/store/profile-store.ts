// The active profile's store: one connection to its partner-desk.db per session, shared by
// every area (review, sync, plans), opened on first use and closed when the profile switches
// or the app closes. Two connections to one WAL database would each hold a page cache and
// could see each other's writes late; one handle also gives one place to close it.
// A damaged database is remembered (not reopened on every call) and reported as
// STORE_CORRUPT until the user chooses "start fresh" (the file is moved aside, never deleted).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/contract';
import type { StoreHealth } from '../../../../shared/contract/channels/sync';
import type { ProfileSession, SessionManager } from '../session';
import { LocalStore } from './local-store';
import { migrate, schemaVersion } from './migrate';
import { DB_FILE_NAME, moveAside } from './open-database';

/** Runs before a connection closes, so a user of it (a running sync) can stop first. */
export type BeforeClose = (store: LocalStore) => void | Promise<void>;

interface Open {
  readonly session: ProfileSession;
  readonly file: string;
  store: LocalStore | null;
  error: AppError | null;
}

export class ProfileStore {
  private current: Open | null = null;
  private readonly hooks = new Set<BeforeClose>();
  private readonly unsubscribe: () => void;

  constructor(private readonly sessions: SessionManager) {
    this.unsubscribe = sessions.onChange(() => void this.close());
  }

  /** Registers a hook run (and awaited) before any connection of this handle closes. */
  beforeClose(hook: BeforeClose): () => void {
    this.hooks.add(hook);
    return () => this.hooks.delete(hook);
  }

  private open(): Open {
    const session = this.sessions.require();
    if (this.current?.session !== session) {
      void this.close();
      this.current = { session, file: join(session.profileDir, DB_FILE_NAME), store: null, error: null };
    }
    const c = this.current;
    if (!c.store && !c.error) {
      try {
        c.store = LocalStore.open(c.file);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        c.error = error;
      }
    }
    return c;
  }

  /** The session the open store belongs to (NO_ACTIVE_PROFILE without one). */
  session(): ProfileSession {
    return this.open().session;
  }

  store(): LocalStore {
    const c = this.open();
    if (c.error) throw c.error;
    return c.store!;
  }

  health(): StoreHealth {
    const c = this.open();
    if (c.error?.code === 'STORE_CORRUPT') return { state: 'corrupt', file: c.file, reason: String(c.error.details.reason ?? '') };
    if (c.error) throw c.error;
    return { state: existsSync(c.file) ? 'ok' : 'missing', file: c.file, schemaVersion: schemaVersion(c.store!.db) };
  }

  /** The user's explicit "start fresh": the damaged file is kept beside the new one. */
  async startFresh(): Promise<{ movedTo: string | null; health: StoreHealth }> {
    const c = this.open();
    const old = c.store;
    c.store = null;
    c.error = null;
    if (old) await this.closeStore(old);
    const movedTo = moveAside(c.file);
    migrate(this.store().db);
    return { movedTo, health: this.health() };
  }

  private async closeStore(store: LocalStore): Promise<void> {
    try {
      for (const hook of [...this.hooks]) await hook(store);
    } finally {
      store.close();
    }
  }

  async close(): Promise<void> {
    const c = this.current;
    this.current = null;
    if (c?.store) await this.closeStore(c.store);
  }

  async dispose(): Promise<void> {
    this.unsubscribe();
    await this.close();
  }
}
