// The active profile's operations file (journal.db): the money journal and the batch plans,
// kept per partner account (account-journal.ts), not per profile,
// the records of what operators did. Nothing in it can be re-fetched, so it stays apart from
// the snapshot cache (partner-desk.db) that "start fresh" moves aside. One connection per
// session, shared by the money runtime and the plans area (as store/profile-store.ts is for
// the snapshot cache), opened on first use and closed when the profile switches or the app
// closes. A damaged file is remembered and reported as STORE_CORRUPT; it is never moved aside.
import { join } from 'node:path';
import { AppError } from '../../../../shared/contract';
import type { Logger } from '../logging/logger';
import { copyLegacyPlans } from './legacy-plans';
import type { ProfileSession, SessionManager } from '../session';
import { DB_FILE_NAME } from '../store/open-database';
import { accountJournalPath, adoptProfileJournal } from './account-journal';
import { openJournalDb, type JournalDb } from './database';

interface Open {
  readonly session: ProfileSession;
  db: JournalDb | null;
  error: AppError | null;
}

export class OperationsStore {
  private current: Open | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly sessions: SessionManager,
    private readonly log?: Logger,
    /** The data folder; accounts/<site>-<domain id>/journal.db lives under it. */
    private readonly dataDir?: string,
  ) {
    // A listener that runs earlier (the money runtime) may already have opened the new
    // session's file; only a connection of another session closes.
    this.unsubscribe = sessions.onChange((active) => {
      if (this.current?.session !== active) this.close();
    });
  }

  /** The active session's operations database, migrated (NO_ACTIVE_PROFILE without one). */
  db(): JournalDb {
    const session = this.sessions.require();
    if (this.current?.session !== session) {
      this.close();
      this.current = { session, db: null, error: null };
    }
    const c = this.current;
    if (!c.db && !c.error) {
      try {
        c.db = openJournalDb(this.fileOf(session));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        c.error = error;
      }
      if (c.db) this.copyLegacyPlans(c.db, session);
    }
    if (c.error) throw c.error;
    return c.db!;
  }

  /** The account's journal; tests without a data folder keep it in the profile's folder. */
  fileOf(session: ProfileSession): string {
    if (!this.dataDir) return join(session.profileDir, 'journal.db');
    const file = accountJournalPath(this.dataDir, { site: session.profile.site, domainId: session.profile.domainId });
    const adopted = adoptProfileJournal(session.profileDir, file);
    if (adopted === 'moved') this.log?.info({ profile: session.profile.id }, 'operations file moved to its partner account folder');
    if (adopted === 'kept-apart') this.log?.warn({ profile: session.profile.id }, 'this profile has an older operations file of its own; the account file is used and the old one is kept as it is');
    return file;
  }

  // Plans written before they moved here are still in the snapshot file. A failed copy
  // (damaged snapshot) does not block the journal; it is tried again on the next open.
  private copyLegacyPlans(db: JournalDb, session: ProfileSession): void {
    try {
      const copied = copyLegacyPlans(db, join(session.profileDir, DB_FILE_NAME));
      if (copied) this.log?.info({ profile: session.profile.id, plans: copied }, 'plans copied from the snapshot store to the operations file');
    } catch (error) {
      this.log?.warn({ profile: session.profile.id, err: error }, 'plans: could not copy plans from the snapshot store; will retry on next open');
    }
  }

  close(): void {
    const c = this.current;
    this.current = null;
    c?.db?.close();
  }

  dispose(): void {
    this.unsubscribe();
    this.close();
  }
}
