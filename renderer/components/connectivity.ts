// Whether the partner API is reachable, from `app.connectivity` events. One subscription for
// the whole renderer; screens read `useConnectivity()` to disable actions that need the API.
import { create } from 'zustand';
import type { ConnectivityEvent } from '../../shared/contract/events';
import { bridge } from '../bridge';

interface ConnectivityState {
  /** Null until the main side has said anything: assume online, show no banner. */
  readonly last: ConnectivityEvent | null;
  readonly online: boolean;
}

export const useConnectivity = create<ConnectivityState>(() => ({ last: null, online: true }));

let watching = false;

/** Starts listening once; safe to call from every component that cares. */
export function watchConnectivity(): void {
  if (watching) return;
  watching = true;
  bridge.onEvent((event) => {
    if (event.name === 'app.connectivity') useConnectivity.setState({ last: event.payload, online: event.payload.online });
  });
}

/** For tests and demos: set the state as if an event had arrived. */
export function setConnectivity(event: ConnectivityEvent): void {
  useConnectivity.setState({ last: event, online: event.online });
}
