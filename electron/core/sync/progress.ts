// Progress of one list as `task.progress` events: done/total, a rate over the last few
// seconds and an ETA. Events are throttled so a fast list does not flood the renderer.
import type { ProgressEvent } from '../../../shared/contract';
import type { SyncList } from '../../../shared/contract/channels/sync';

export type ProgressSink = (event: ProgressEvent) => void;

const WINDOW_MS = 5000;
const MIN_INTERVAL_MS = 250;

export class ListProgress {
  done = 0;
  total: number | null = null;
  private readonly samples: { t: number; done: number }[] = [];
  private lastEmit = 0;
  readonly detail: Record<string, number> = {};

  constructor(
    readonly list: SyncList,
    private readonly sink: ProgressSink,
    private readonly now: () => number = Date.now,
  ) {}

  addTotal(n: number): void {
    this.total = (this.total ?? 0) + n;
    this.emit('running');
  }

  advance(n: number): void {
    this.done += n;
    this.emit('running');
  }

  rate(): number {
    const t = this.now();
    const first = this.samples.find((s) => s.t >= t - WINDOW_MS) ?? this.samples[0];
    if (!first || t - first.t < 1) return 0;
    return ((this.done - first.done) * 1000) / (t - first.t);
  }

  emit(state: ProgressEvent['state'], force = false): void {
    const t = this.now();
    this.samples.push({ t, done: this.done });
    while (this.samples.length > 2 && (this.samples[0]?.t ?? t) < t - WINDOW_MS) this.samples.shift();
    if (!force && state === 'running' && t - this.lastEmit < MIN_INTERVAL_MS) return;
    this.lastEmit = t;
    const rate = this.rate();
    const left = this.total === null ? null : Math.max(0, this.total - this.done);
    this.sink({
      task: `sync:${this.list}`,
      done: this.done,
      total: this.total,
      ratePerSecond: Math.round(rate * 10) / 10,
      etaSeconds: left === null || rate <= 0 ? null : Math.ceil(left / rate),
      state,
      ...(Object.keys(this.detail).length ? { detail: { ...this.detail } } : {}),
    });
  }
}
