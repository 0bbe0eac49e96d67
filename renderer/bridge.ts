// The typed client: `api.settings.setLanguage({ language })`. Built from the contract's
// channel names over whichever bridge the host provides (Electron preload or web host).
import { contract, isIpcError, type IpcError, type PartnerDeskApi, type PartnerDeskBridge } from '../shared/contract';
import { createWebBridge, takeLaunchToken } from './web-transport';

declare global {
  interface Window {
    partnerDesk?: PartnerDeskBridge;
  }
}

/** Thrown by api calls; carries the typed error for the UI to show. */
export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

export function createApi(bridge: PartnerDeskBridge): PartnerDeskApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const [area, channels] of Object.entries(contract)) {
    api[area] = {};
    for (const name of Object.keys(channels)) {
      api[area][name] = async (input?: unknown) => {
        const envelope = await bridge.invoke(`${area}.${name}`, input);
        if (envelope.ok) return envelope.value;
        throw new ApiError(isIpcError(envelope.error) ? envelope.error : (envelope.error as IpcError));
      };
    }
  }
  return api as unknown as PartnerDeskApi;
}

export const bridge: PartnerDeskBridge = window.partnerDesk ?? createWebBridge(takeLaunchToken());
export const api = createApi(bridge);
