// Finds out whether the active endpoint answers without waiting for a sync: one cheap read
// (ListPartnerBalances) when a profile session starts, again every 30 s while unreachable, and
// on demand. Only a network failure (refused, timeout, DNS) means unreachable: an API error
// such as 401 is an answer, so the endpoint is reachable.
import { isUnreachable } from './failures';
import type { Connectivity, ConnectivityState } from './connectivity';

/** One read against the endpoint; rejects with the client's error. */
export type ProbeCheck = (signal: AbortSignal) => Promise<unknown>;

export interface ProbeTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ConnectivityProbeOptions {
  readonly connectivity: Connectivity;
  /** Re-check this often while the endpoint is unreachable. */
  readonly intervalMs?: number;
  /** A check that has not answered by then counts as unreachable (the client retries reads). */
  readonly timeoutMs?: number;
  readonly timers?: ProbeTimers;
  readonly onError?: (error: unknown) => void;
}

export const PROBE_INTERVAL_MS = 30_000;
export const PROBE_TIMEOUT_MS = 20_000;

const realTimers: ProbeTimers = {
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    // A pending re-check must not keep the process (CLI, tests) alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class ConnectivityProbe {
  private check: ProbeCheck | null = null;
  /** Bumped on every watch/stop, so a late answer for an older session is ignored. */
  private generation = 0;
  private inFlight: Promise<ConnectivityState> | null = null;
  private timer: unknown = null;
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private readonly timers: ProbeTimers;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: ConnectivityProbeOptions) {
    this.intervalMs = options.intervalMs ?? PROBE_INTERVAL_MS;
    this.timeoutMs = options.timeoutMs ?? PROBE_TIMEOUT_MS;
    this.timers = options.timers ?? realTimers;
    // A sync can be the first to find the endpoint gone: keep checking from then on too.
    this.unsubscribe = options.connectivity.onChange((state) => {
      if (!state.online) this.schedule();
    });
  }

  /** Starts checking a (new) session's endpoint: once now, then periodically while unreachable. */
  watch(check: ProbeCheck): Promise<ConnectivityState> {
    this.stop();
    this.check = check;
    return this.probe();
  }

  /** Stops checking (no session, or the app is closing); a check in flight is ignored. */
  stop(): void {
    this.generation++;
    this.check = null;
    this.inFlight = null;
    this.clearTimer();
  }

  dispose(): void {
    this.stop();
    this.unsubscribe();
  }

  /** The state once the check in flight (if any) has answered; starts none. */
  async settled(): Promise<ConnectivityState> {
    return (await this.inFlight) ?? this.options.connectivity.current;
  }

  /** Checks now (joining a check already in flight) and resolves with the resulting state. */
  probe(): Promise<ConnectivityState> {
    if (!this.check) return Promise.resolve(this.options.connectivity.current);
    this.inFlight ??= this.run(this.check, this.generation);
    return this.inFlight;
  }

  private async run(check: ProbeCheck, generation: number): Promise<ConnectivityState> {
    this.clearTimer();
    const controller = new AbortController();
    const timeout = this.timers.setTimeout(() => controller.abort(), this.timeoutMs);
    let unreachable: string | null = null;
    try {
      await check(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) unreachable = `no answer within ${Math.round(this.timeoutMs / 1000)} s`;
      else if (isUnreachable(error)) unreachable = reasonOf(error);
      else this.options.onError?.(error);
    } finally {
      this.timers.clearTimeout(timeout);
    }
    const { connectivity } = this.options;
    if (generation === this.generation) {
      this.inFlight = null;
      if (unreachable) connectivity.offline(unreachable);
      else connectivity.online();
      if (!connectivity.current.online) this.schedule();
    }
    return connectivity.current;
  }

  private schedule(): void {
    if (this.timer !== null || !this.check || this.inFlight) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.probe();
    }, this.intervalMs);
  }

  private clearTimer(): void {
    if (this.timer === null) return;
    this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}

function reasonOf(error: unknown): string {
  const details = (error as { details?: { reason?: unknown } }).details;
  if (typeof details?.reason === 'string' && details.reason) return details.reason.slice(0, 200);
  return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
}
