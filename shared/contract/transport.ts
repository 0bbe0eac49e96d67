// What a transport gives the renderer. The Electron preload exposes exactly this object
// as `window.partnerDesk`; the web host transport implements the same interface.
import type { Envelope } from './define';
import type { AppEvent } from './events';

export interface PartnerDeskBridge {
  invoke(channel: string, input: unknown): Promise<Envelope>;
  /** Returns an unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/** Names on the wire; one place so both ends agree. */
export const IPC_INVOKE_CHANNEL = 'partner-desk:invoke';
export const IPC_EVENT_CHANNEL = 'partner-desk:event';
export const WEB_INVOKE_PATH = '/api/invoke';
export const WEB_EVENTS_PATH = '/api/events';
