// The only place that touches ipcMain (a lint rule bans it elsewhere). Every invocation is
// checked for its sender frame before it reaches the router.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, toIpcError, type CallContext, type Language } from '../../shared/contract';
import type { AppCore } from '../core/app-core';

export function isTrustedSender(event: IpcMainInvokeEvent, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false; // top frame only
  // file:// origins are all "null", so compare the document itself, not the origin.
  const strip = (url: string) => {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  };
  try {
    return strip(frame.url) === strip(appUrl);
  } catch {
    return false;
  }
}

export function registerIpc(core: AppCore, appUrl: string, operator: string, language: () => Language): () => void {
  const ctx: CallContext = { transport: 'electron', operator };
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event, appUrl)) {
      return { ok: false, error: toIpcError('FORBIDDEN_ORIGIN', { reason: 'untrusted frame' }, language()) };
    }
    return core.router.invoke(typeof channel === 'string' ? channel : '', input, ctx);
  });
  return () => ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
}

export function forwardEvents(core: AppCore, contents: WebContents): () => void {
  return core.events.subscribe((event) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
  });
}
