// What every service gets from the composition root. Host-agnostic: no `electron` here.
import type { EventBus } from './event-bus';
import type { SettingsStore } from './settings/settings-store';

export interface CoreContext {
  readonly dataDir: string;
  readonly version: string;
  readonly host: 'electron' | 'web';
  readonly settings: SettingsStore;
  readonly events: EventBus;
}
