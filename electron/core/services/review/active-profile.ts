// The active profile's store and sync: opened lazily on first use, closed when the profile
// switches. A damaged database is remembered (not reopened on every call) and reported as
// STORE_CORRUPT until the user chooses "start fresh" (the file is moved aside, never deleted).
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { AppError } from '../../../../shared/contract';
import type { StoreHealth } from '../../../../shared/contract/channels/sync';
import type { CoreContext } from '../../core-context';
import type { ProfileSession } from '../../session';
import { LocalStore } from '../../store/local-store';
import { migrate, schemaVersion } from '../../store/migrate';
import { DB_FILE_NAME, moveAside } from '../../store/open-database';
import { Connectivity } from '../../sync/connectivity';
import { ConnectivityProbe } from '../../sync/connectivity-probe';
import { fromPartnerApi } from '../../sync/sync-api';
import { SyncService } from '../../sync/sync-service';

interface Open {
  readonly session: ProfileSession;
  readonly file: string;
  store: LocalStore | null;
  error: AppError | null;
  sync: SyncService | null;
}

export class ActiveProfile {
  private current: Open | null = null;
  private readonly unsubscribe: () => void;
  /** One per app: the endpoint's reachability outlives a single sync or store. */
  readonly connectivity: Connectivity;
  /** Checks the endpoint as a session starts, so a restart while offline shows it at once. */
  readonly probe: ConnectivityProbe;

  constructor(private readonly core: CoreContext) {
    this.connectivity = new Connectivity(
      (e) => core.events.emit('app.connectivity', e),
      () => core.sessions.active?.endpoint ?? '',
    );
    this.probe = new ConnectivityProbe({
      connectivity: this.connectivity,
      onError: (error) => core.log.debug({ err: error }, 'connectivity probe: the endpoint answered with an error'),
    });
    this.unsubscribe = core.sessions.onChange((session) => {
      void this.close();
      this.watch(session);
    });
    this.watch(core.sessions.active);
  }

  private watch(session: ProfileSession | null): void {
    if (!session) {
      this.probe.stop();
      // No endpoint is in use, so none is unreachable.
      this.connectivity.online();
      return;
    }
    void this.probe.watch((signal) => session.api.funding.listPartnerBalances({}, { signal }));
  }

  private open(): Open {
    const session = this.core.sessions.require();
    if (this.current?.session !== session) {
      void this.close();
      this.current = { session, file: join(session.profileDir, DB_FILE_NAME), store: null, error: null, sync: null };
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

  session(): ProfileSession {
    return this.open().session;
  }

  store(): LocalStore {
    const c = this.open();
    if (c.error) throw c.error;
    return c.store!;
  }

  sync(): SyncService {
    const c = this.open();
    const store = this.store();
    c.sync ??= new SyncService({
      store,
      api: fromPartnerApi(c.session.api),
      role: c.session.profile.role,
      progress: (e) => this.core.events.emit('task.progress', e),
      connectivity: this.connectivity,
    });
    return c.sync;
  }

  health(): StoreHealth {
    const c = this.open();
    if (c.error?.code === 'STORE_CORRUPT') return { state: 'corrupt', file: c.file, reason: String(c.error.details.reason ?? '') };
    if (c.error) throw c.error;
    return { state: existsSync(c.file) ? 'ok' : 'missing', file: c.file, schemaVersion: schemaVersion(c.store!.db) };
  }

  /** The user's explicit "start fresh and re-sync": the damaged file is kept beside the new one. */
  async startFresh(): Promise<{ movedTo: string | null; health: StoreHealth }> {
    const c = this.open();
    if (c.sync?.isRunning) throw new AppError('SYNC_ALREADY_RUNNING');
    c.store?.close();
    c.store = null;
    c.sync = null;
    c.error = null;
    const movedTo = moveAside(c.file);
    migrate(this.store().db);
    return { movedTo, health: this.health() };
  }

  async close(): Promise<void> {
    const c = this.current;
    this.current = null;
    if (!c) return;
    if (c.sync) {
      c.sync.cancel();
      await c.sync.whenIdle();
    }
    c.store?.close();
  }

  async dispose(): Promise<void> {
    this.unsubscribe();
    this.probe.dispose();
    await this.close();
  }
}
