// A cold start listens before the core is loaded: the renderer's files are served at once, and
// calls that arrive meanwhile wait for the core instead of failing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/core/app-core';
import { createMemorySettings } from '../../../electron/core/settings/conf-settings';
import { startWebHost, type WebHost } from '../../../electron/web-host/server';

describe('web host while the core loads', () => {
  let dataDir: string;
  let staticDir: string;
  let host: WebHost;
  let core: AppCore | null = null;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pd-cold-'));
    staticDir = join(dataDir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Partner Desk</title>');
    // The core becomes ready only when the test says so, as a slow disk would have it.
    const loading = gate.then(async () => (core = await createAppCore({ dataDir, version: '0.0.0-test', host: 'web', settings: createMemorySettings() })));
    host = await startWebHost({ core: loading, staticDir, operator: 'tester', language: () => 'en' });
  });
  afterAll(async () => {
    await host.close();
    await core?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a call without the launch token while the core loads, without waiting for it', async () => {
    const reply = await fetch(new URL('api/invoke', host.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(401);
    expect(core).toBeNull();
  });

  it('serves the renderer before the core is ready, and a call made meanwhile is answered once it is', async () => {
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Partner Desk');
    expect(core).toBeNull();

    let answered = false;
    const call = fetch(new URL('api/invoke', host.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, Origin: host.url.replace(/\/$/, '') },
      body: JSON.stringify({ channel: 'settings.get' }),
    }).then(async (r) => {
      answered = true;
      return { status: r.status, body: (await r.json()) as { ok: boolean; value?: { language: string } } };
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(answered).toBe(false);

    release();
    const reply = await call;
    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(true);
    expect(reply.body.value?.language).toBe('en');
  });

});
