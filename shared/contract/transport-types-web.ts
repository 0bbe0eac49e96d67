export { WEB_EVENTS_PATH, WEB_INVOKE_PATH, type PartnerDeskBridge } from './transport';
export type { AppEvent } from './events';
export type { Envelope } from './define';
