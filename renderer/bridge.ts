// The typed client: `api.settings.setLanguage({ language })`, over whichever bridge the host
// provides (Electron preload or web host). Typed by the contract, built without loading it:
// the contract's schemas validate in the core, and the start-up bundle stays small.
import type { PartnerDeskApi } from '../shared/contract';
import { isIpcError, type IpcError } from '../shared/contract/errors';
import type { PartnerDeskBridge } from '../shared/contract/transport';
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
  const call = (channel: string) => async (input?: unknown) => {
    const envelope = await bridge.invoke(channel, input);
    if (envelope.ok) return envelope.value;
    throw new ApiError(isIpcError(envelope.error) ? envelope.error : (envelope.error as IpcError));
  };
  const areas = new Map<string, Record<string, (input?: unknown) => Promise<unknown>>>();
  // `api.<area>.<name>` for any string key; a name that is not a channel is refused by the
  // core's router (UNKNOWN_CHANNEL) and, before that, by the compiler.
  const area = (name: string) =>
    new Proxy({} as Record<string, (input?: unknown) => Promise<unknown>>, {
      get: (cache, key) => (typeof key === 'string' && key !== 'then' ? (cache[key] ??= call(`${name}.${key}`)) : undefined),
    });
  return new Proxy({} as Record<string, unknown>, {
    get: (_, key) => {
      if (typeof key !== 'string' || key === 'then') return undefined;
      let found = areas.get(key);
      if (!found) areas.set(key, (found = area(key)));
      return found;
    },
  }) as unknown as PartnerDeskApi;
}

export const bridge: PartnerDeskBridge = window.partnerDesk ?? createWebBridge(takeLaunchToken());
export const api = createApi(bridge);
