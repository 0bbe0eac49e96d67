// Whether the partner API is reachable, from `app.connectivity` events. One subscription for
// the whole renderer; screens read `useConnectivity()` to disable actions that need the API.
import { create } from 'zustand';
import type { ConnectivityStatus } from '../../shared/contract/channels/sync';
import type { ConnectivityEvent } from '../../shared/contract/events';
import { api, bridge } from '../bridge';

interface ConnectivityState {
  /** Null until the main side has said anything: assume online, show no banner. */
  readonly last: ConnectivityEvent | null;
  readonly online: boolean;
}

export const useConnectivity = create<ConnectivityState>(() => ({ last: null, online: true }));

let watching = false;

/** Takes a state unless a newer one already arrived (an event may overtake the first answer). */
function take(event: ConnectivityEvent): void {
  const last = useConnectivity.getState().last;
  if (last && last.since > event.since) return;
  useConnectivity.setState({ last: event, online: event.online });
}

/** The main side's answer as an event; a state never found unreachable changes nothing. */
function takeStatus(status: ConnectivityStatus): void {
  if (status.since === null) return;
  take({ online: status.online, since: status.since, endpoint: status.endpoint, ...(status.reason ? { reason: status.reason } : {}) });
}

/**
 * Starts listening once, and asks for the current state: events only say what changes, and
 * after a restart with the endpoint down the change may have happened before this page loaded.
 */
export function watchConnectivity(): void {
  if (watching) return;
  watching = true;
  bridge.onEvent((event) => {
    if (event.name === 'app.connectivity') take(event.payload);
  });
  // No profile yet, or an older main side: stay with "online" (no banner) as before.
  void api.sync.connectivity().then(takeStatus, () => undefined);
}

/** Checks the endpoint now; the answer (and any change event) updates the state. */
export async function checkConnectivity(): Promise<void> {
  takeStatus(await api.sync.checkConnectivity());
}

/** For tests and demos: set the state as if an event had arrived. */
export function setConnectivity(event: ConnectivityEvent): void {
  useConnectivity.setState({ last: event, online: event.online });
}
