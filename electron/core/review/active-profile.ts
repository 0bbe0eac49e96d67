// The active profile's sync and connectivity, over the session's shared store handle
// (store/profile-store.ts): the sync is built on first use for the open store, and stopped
// before that store closes (profile switch, start fresh, app close).
import { AppError } from '../../../shared/contract';
import type { StoreHealth } from '../../../shared/contract/channels/sync';
import type { CoreContext } from '../core-context';
import type { ProfileSession } from '../infra/session';
import type { LocalStore } from '../infra/store/local-store';
import type { ProfileStore } from '../infra/store/profile-store';
import { Connectivity } from '../sync/connectivity';
import { ConnectivityProbe } from '../sync/connectivity-probe';
import { fromPartnerApi } from '../sync/sync-api';
import { SyncService } from '../sync/sync-service';

export class ActiveProfile {
  private syncing: { store: LocalStore; sync: SyncService } | null = null;
  private readonly unsubscribe: () => void;
  private readonly unhook: () => void;
  /** One per app: the endpoint's reachability outlives a single sync or store. */
  readonly connectivity: Connectivity;
  /** Checks the endpoint as a session starts, so a restart while offline shows it at once. */
  readonly probe: ConnectivityProbe;

  constructor(
    private readonly core: CoreContext,
    private readonly profile: ProfileStore,
  ) {
    this.connectivity = new Connectivity(
      (e) => core.events.emit('app.connectivity', e),
      () => core.sessions.active?.endpoint ?? '',
    );
    this.probe = new ConnectivityProbe({
      connectivity: this.connectivity,
      onError: (error) => core.log.debug({ err: error }, 'connectivity probe: the endpoint answered with an error'),
    });
    // The sync writes to the store: it ends before its connection closes.
    this.unhook = profile.beforeClose((store) => (this.syncing?.store === store ? this.stopSync() : undefined));
    this.unsubscribe = core.sessions.onChange((session) => this.watch(session));
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

  private async stopSync(): Promise<void> {
    const s = this.syncing;
    this.syncing = null;
    if (!s) return;
    s.sync.cancel();
    await s.sync.whenIdle();
  }

  session(): ProfileSession {
    return this.profile.session();
  }

  store(): LocalStore {
    return this.profile.store();
  }

  sync(): SyncService {
    const session = this.profile.session();
    const store = this.profile.store();
    if (this.syncing?.store !== store) {
      this.syncing = {
        store,
        sync: new SyncService({
          store,
          api: fromPartnerApi(session.api),
          role: session.profile.role,
          progress: (e) => this.core.events.emit('task.progress', e),
          connectivity: this.connectivity,
          onFinished: (run) => this.core.events.emit('sync.finished', run),
        }),
      };
    }
    return this.syncing.sync;
  }

  health(): StoreHealth {
    return this.profile.health();
  }

  /** The user's explicit "start fresh and re-sync": the damaged file is kept beside the new one. */
  async startFresh(): Promise<{ movedTo: string | null; health: StoreHealth }> {
    this.profile.session();
    if (this.syncing?.sync.isRunning) throw new AppError('SYNC_ALREADY_RUNNING');
    this.syncing = null;
    return this.profile.startFresh();
  }

  async dispose(): Promise<void> {
    this.unsubscribe();
    this.unhook();
    this.probe.dispose();
    await this.stopSync();
  }
}
