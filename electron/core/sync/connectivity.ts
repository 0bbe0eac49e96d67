// Whether the active endpoint answers. Goes offline on a network failure, back online on
// the next successful call, and tells the renderer each change as `app.connectivity`.
import type { ConnectivityEvent } from '../../../shared/contract';

export class Connectivity {
  private state: { online: boolean; since: string | null } = { online: true, since: null };

  constructor(
    private readonly emit: (event: ConnectivityEvent) => void,
    private readonly endpoint: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get current(): { online: boolean; since: string | null } {
    return { ...this.state };
  }

  offline(reason: string): void {
    if (!this.state.online) return;
    this.state = { online: false, since: this.now().toISOString() };
    this.emit({ online: false, since: this.state.since!, endpoint: this.endpoint(), reason });
  }

  online(): void {
    if (this.state.online) return;
    this.state = { online: true, since: this.now().toISOString() };
    this.emit({ online: true, since: this.state.since!, endpoint: this.endpoint() });
  }
}
