// Exposes exactly one object, `window.partnerDesk`, and nothing else. Runs sandboxed;
// it can only forward invocations and events, never hand a secret across.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
// transport.ts and events.ts import nothing at run time, so zod stays out of this bundle.
import type { AppEvent } from '../shared/contract/events';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type PartnerDeskBridge } from '../shared/contract/transport';

const partnerDesk: PartnerDeskBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input),
  onEvent: (listener) => {
    const wrapped = (_: IpcRendererEvent, event: AppEvent) => listener(event);
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
  },
};

contextBridge.exposeInMainWorld('partnerDesk', partnerDesk);
