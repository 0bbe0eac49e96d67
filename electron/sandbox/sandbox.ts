// The sandbox's mutable core: world, clock, faults, rate limits and the optional state file.
import { demoPartners } from './accounts';
import type { World } from './handlers/context';
import type { Command } from './ledger/commands';
import { summarize, type LedgerSummary } from './ledger/ledger';
import type { MoneyLogEntry } from './ledger/types';
import { Faults } from './faults';
import { RateLimiter } from './rate-limit';
import { RecordLag, type RecordLagSpec } from './record-lag';
import { readState, writeState } from './state-file';
import { buildWorld, type WorldSpec } from './world';

export interface SandboxOptions {
  seed?: number;
  customers?: number;
  latencyMs?: number;
  statePath?: string;
  /** Enforce per-operation rate limits (default true; tests that hammer the API turn it off). */
  rateLimits?: boolean;
  /** Seed "now" (ISO); default the real clock. Bills cover the 13 months before its month. */
  anchor?: string;
  /** Records of these write operations show in their list APIs only this long after the write. */
  recordLag?: RecordLagSpec[];
  /** How long CreateSubCustomer's association takes before ListSubCustomers shows the customer (default 20 s). */
  associationDelaySeconds?: number;
}

/** Huawei associates a new customer asynchronously (§3.3); a few seconds to a minute in practice. */
export const DEFAULT_ASSOCIATION_DELAY_SECONDS = 20;

export class Sandbox {
  world: World;
  readonly spec: WorldSpec;
  readonly faults: Faults;
  readonly limiter: RateLimiter;
  /** An option of the service like the latency: kept across reset(). */
  readonly recordLag = new RecordLag();
  latencyMs: number;
  clockOffsetMs = 0;
  /** An option of the service like the latency: kept across reset(). */
  associationDelayMs: number;

  constructor(readonly options: SandboxOptions) {
    const saved = options.statePath ? readState(options.statePath) : undefined;
    this.spec = saved ?? { seed: options.seed ?? 42, customers: options.customers ?? 2000, anchor: options.anchor ?? new Date().toISOString() };
    this.clockOffsetMs = saved?.clockOffsetMs ?? 0;
    this.world = buildWorld(this.spec, saved?.journal ?? []);
    this.hook();
    this.faults = new Faults(this.spec.seed);
    this.limiter = new RateLimiter(options.rateLimits ?? true);
    this.latencyMs = options.latencyMs ?? 0;
    this.associationDelayMs = (options.associationDelaySeconds ?? DEFAULT_ASSOCIATION_DELAY_SECONDS) * 1000;
    for (const lag of options.recordLag ?? []) this.recordLag.set(lag);
    this.persist();
  }

  private hook(): void {
    this.world.ledger.onApplied = () => this.persist();
  }

  private persist(): void {
    if (!this.options.statePath) return;
    writeState(this.options.statePath, { version: 1, ...this.spec, clockOffsetMs: this.clockOffsetMs, journal: this.world.ledger.journal as Command[] });
  }

  /** The sandbox clock: real time plus the configured offset. */
  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  setClockOffset(ms: number): void {
    this.clockOffsetMs = ms;
    this.persist();
  }

  /** Back to the freshly seeded data (same seed, customers and month); faults are cleared, record lags kept. */
  reset(): void {
    this.world = buildWorld(this.spec);
    this.hook();
    this.faults.clear();
    this.clockOffsetMs = 0;
    this.persist();
  }

  ledger(): LedgerSummary {
    return summarize(this.world.ledger);
  }

  log(since = 0): MoneyLogEntry[] {
    return this.world.store.moneyLog.filter((e) => e.seq > since);
  }

  partners() {
    return demoPartners();
  }
}
