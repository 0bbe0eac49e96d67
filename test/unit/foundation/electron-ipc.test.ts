import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PartnerDeskBridge } from '../../../shared/contract';

// Electron cannot run here, so its IPC is replaced by an in-memory pipe: the preload's
// ipcRenderer.invoke reaches main-ipc's ipcMain.handle with a sender frame we control.
const pipe = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const rendererListeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const state = { frameUrl: 'file:///app/dist/renderer/index.html', parent: null as unknown, exposed: {} as Record<string, unknown> };
  return { handlers, rendererListeners, state };
});

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => pipe.handlers.set(channel, fn),
    removeHandler: (channel: string) => pipe.handlers.delete(channel),
  },
  ipcRenderer: {
    invoke: async (channel: string, ...args: unknown[]) => {
      const handler = pipe.handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler({ senderFrame: { url: pipe.state.frameUrl, parent: pipe.state.parent } }, ...args);
    },
    on: (channel: string, fn: (event: unknown, payload: unknown) => void) => {
      if (!pipe.rendererListeners.has(channel)) pipe.rendererListeners.set(channel, new Set());
      pipe.rendererListeners.get(channel)!.add(fn);
    },
    removeListener: (channel: string, fn: (event: unknown, payload: unknown) => void) => pipe.rendererListeners.get(channel)?.delete(fn),
  },
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (pipe.state.exposed[key] = value) },
}));

const { createAppCore } = await import('../../../electron/core/app-core');
const { createMemorySettings } = await import('../../../electron/core/settings/conf-settings');
const { registerIpc, forwardEvents } = await import('../../../electron/ipc/main-ipc');
await import('../../../electron/preload');

const bridge = pipe.state.exposed.partnerDesk as PartnerDeskBridge;
const settings = createMemorySettings();
const dataDir = mkdtempSync(join(tmpdir(), 'pd-ipc-'));
const core = await createAppCore({ dataDir, version: '0.0.0-test', host: 'electron', settings });
registerIpc(core, 'file:///app/dist/renderer/index.html', 'tester', () => 'en');

describe('Electron IPC (over an in-memory pipe)', () => {
  afterAll(async () => {
    await core.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    pipe.state.frameUrl = 'file:///app/dist/renderer/index.html';
    pipe.state.parent = null;
  });

  it('exposes exactly one object with invoke and onEvent', () => {
    expect(Object.keys(pipe.state.exposed)).toEqual(['partnerDesk']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
  });

  it('carries an invocation from the preload to the router and back', async () => {
    expect(await bridge.invoke('settings.setLanguage', { language: 'zh-CN' })).toEqual({ ok: true, value: { language: 'zh-CN' } });
  });

  it('refuses a sender frame that is not the app (trusted-sender check)', async () => {
    pipe.state.frameUrl = 'https://evil.example/';
    const result = await bridge.invoke('settings.setLanguage', { language: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ORIGIN' } });
    expect(settings.get('language')).toBe('zh-CN');
  });

  it('refuses a sub-frame even of the app', async () => {
    pipe.state.parent = {};
    const result = await bridge.invoke('settings.get', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ORIGIN' } });
  });

  it('delivers main-side events to preload listeners', () => {
    const contents = {
      isDestroyed: () => false,
      send: (channel: string, payload: unknown) => pipe.rendererListeners.get(channel)?.forEach((fn) => fn({}, payload)),
    };
    forwardEvents(core, contents as never);
    const seen: string[] = [];
    const off = bridge.onEvent((e) => seen.push(e.name));
    core.events.emit('settings.changed', { key: 'language' });
    off();
    core.events.emit('settings.changed', { key: 'language' });
    expect(seen).toEqual(['settings.changed']);
  });
});

describe('trusted sender', () => {
  it('is the app document only, not any other file:// page', async () => {
    pipe.state.parent = null;
    pipe.state.frameUrl = 'file:///tmp/downloaded.html';
    expect(await bridge.invoke('settings.get', undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ORIGIN' } });
    pipe.state.frameUrl = 'file:///app/dist/renderer/index.html#customers';
    expect(await bridge.invoke('settings.get', undefined)).toMatchObject({ ok: true });
  });
});
