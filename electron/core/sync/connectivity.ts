// Whether the active endpoint answers. Goes offline on a network failure, back online on
// the next successful call, and tells the renderer each change as `app.connectivity`.
import type { ConnectivityEvent } from '../../../shared/contract';

export interface ConnectivityState {
  readonly online: boolean;
  readonly since: string | null;
  /** Why the endpoint was judged unreachable (offline only). */
  readonly reason?: string;
}

export type ConnectivityListener = (state: ConnectivityState) => void;

export class Connectivity {
  private state: ConnectivityState = { online: true, since: null };
  private readonly listeners = new Set<ConnectivityListener>();

  constructor(
    private readonly emit: (event: ConnectivityEvent) => void,
    private readonly endpoint: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get current(): ConnectivityState {
    return { ...this.state };
  }

  /** In-process observers (the probe re-checks while offline); returns an unsubscribe. */
  onChange(listener: ConnectivityListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  offline(reason: string): void {
    if (!this.state.online) return;
    this.change({ online: false, since: this.now().toISOString(), reason }, reason);
  }

  online(): void {
    if (this.state.online) return;
    this.change({ online: true, since: this.now().toISOString() });
  }

  private change(state: ConnectivityState, reason?: string): void {
    this.state = state;
    this.emit({ online: state.online, since: state.since!, endpoint: this.endpoint(), ...(reason ? { reason } : {}) });
    for (const l of this.listeners) l(this.current);
  }
}
