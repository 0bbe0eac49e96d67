// What every service gets from the composition root. Host-agnostic: no `electron` here.
import type { EventBus } from './event-bus';
import type { Logger } from './infra/logging/logger';
import type { MoneyRuntime } from './money/runtime';
import type { SessionManager } from './infra/session';
import type { SettingsStore } from './settings/settings-store';

export interface CoreContext {
  readonly dataDir: string;
  readonly version: string;
  readonly host: 'electron' | 'web' | 'cli';
  readonly settings: SettingsStore;
  readonly events: EventBus;
  /** The active profile: its endpoint, signed API, data folder and log. */
  readonly sessions: SessionManager;
  /** App-wide structured log (<dataDir>/logs), secrets redacted. */
  readonly log: Logger;
  /** The active profile's journaled money executor (money/runtime.ts). */
  readonly money: MoneyRuntime;
}
