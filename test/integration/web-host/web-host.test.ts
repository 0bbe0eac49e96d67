import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/core/app-core';
import { createMemorySettings } from '../../../electron/core/settings/conf-settings';
import { startWebHost, type WebHost } from '../../../electron/web-host/server';

interface Reply {
  status: number;
  body: string;
}

function send(host: WebHost, opts: { path?: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path: opts.path ?? '/api/invoke', method: opts.method ?? 'POST', headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('web host', () => {
  let dataDir: string;
  let core: AppCore;
  let host: WebHost;
  const settings = createMemorySettings();
  const invoke = (channel: unknown, input: unknown, headers: Record<string, string> = {}) =>
    send(host, {
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...headers },
      body: JSON.stringify({ channel, input }),
    });
  const language = async () => JSON.parse((await invoke('settings.get', undefined)).body).value.language;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pd-web-'));
    core = await createAppCore({ dataDir, version: '0.0.0-test', host: 'web', settings });
    host = await startWebHost({ core, operator: 'tester', language: () => 'en' });
  });
  afterAll(async () => {
    await host.close();
    await core.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves a valid invocation with the launch token', async () => {
    const reply = await invoke('settings.setLanguage', { language: 'zh-CN' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { language: 'zh-CN' } });
    expect(await language()).toBe('zh-CN');
  });

  it('answers an unknown channel with a typed error and changes nothing', async () => {
    const reply = await invoke('settings.dropEverything', {});
    expect(JSON.parse(reply.body).error.code).toBe('UNKNOWN_CHANNEL');
    expect(await language()).toBe('zh-CN');
  });

  it('answers input failing its schema with a typed error and changes nothing', async () => {
    const reply = await invoke('settings.setLanguage', { language: 'fr' });
    const error = JSON.parse(reply.body).error;
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details.issues[0].path).toBe('language');
    expect(await language()).toBe('zh-CN');
  });

  it('refuses a missing token', async () => {
    const reply = await send(host, { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel: 'settings.setLanguage', input: { language: 'en' } }) });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body).error.code).toBe('UNAUTHORIZED');
    expect(await language()).toBe('zh-CN');
  });

  it('refuses a wrong token', async () => {
    const reply = await invoke('settings.setLanguage', { language: 'en' }, { Authorization: 'Bearer not-the-token' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body).error.code).toBe('UNAUTHORIZED');
    expect(await language()).toBe('zh-CN');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await invoke('settings.setLanguage', { language: 'en' }, { Host: `evil.example:${host.port}` });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error).toMatchObject({ code: 'FORBIDDEN_ORIGIN', details: { reason: 'foreign Host header' } });
    expect(await language()).toBe('zh-CN');
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const reply = await invoke('settings.setLanguage', { language: 'en' }, { Origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error).toMatchObject({ code: 'FORBIDDEN_ORIGIN', details: { reason: 'foreign Origin header' } });
    expect(await language()).toBe('zh-CN');
  });

  it('accepts its own Origin', async () => {
    const reply = await invoke('settings.get', undefined, { Origin: `http://127.0.0.1:${host.port}` });
    expect(reply.status).toBe(200);
  });

  it('answers a body that is not JSON with a typed error', async () => {
    const reply = await send(host, { headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` }, body: '{nope' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.code).toBe('INVALID_INPUT');
  });

  it('streams events to a token holder only', async () => {
    const denied = await send(host, { path: '/api/events', method: 'GET' });
    expect(denied.status).toBe(401);
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, path: '/api/events', headers: { Authorization: `Bearer ${host.token}` } },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString('utf8');
            if (text.includes('settings.changed')) {
              req.destroy();
              resolve(text);
            }
          });
          setTimeout(() => void invoke('settings.setLanguage', { language: 'zh-CN' }), 50);
        },
      );
      req.on('error', (e) => (e.message.includes('aborted') ? undefined : reject(e)));
      req.end();
    });
    expect(received).toContain('"name":"settings.changed"');
  });
});
