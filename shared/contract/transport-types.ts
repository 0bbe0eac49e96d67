// Dependency-free re-export for the sandboxed preload (it must not pull zod into its bundle).
export { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type PartnerDeskBridge } from './transport';
export type { AppEvent } from './events';
