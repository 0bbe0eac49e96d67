// The web host refuses anyone but this launch's own page on loopback; each refusal is a
// typed error and changes nothing (no profile saved, no secret stored, no setting written).
import type { IncomingMessage } from 'node:http';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/core/app-core';
import { createConfSettings } from '../../../electron/core/settings/conf-settings';
import { createMemoryVault } from '../../../electron/core/infra/vault/memory-vault';
import { checkPeer } from '../../../electron/web-host/guard';
import { startWebHost, type WebHost } from '../../../electron/web-host/server';

const PROFILE = { name: 'Intruder', site: 'intl', ak: 'HPUAINTRUDER00000001', domainId: 'ab'.repeat(16), role: 'SP', sk: 'stolen-sk-value', verify: false };

function send(host: WebHost, headers: Record<string, string>, body: unknown): Promise<{ status: number; json: { ok: boolean; error?: { code: string; messages: { en: string; 'zh-CN': string } } } }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path: '/api/invoke', method: 'POST', headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('web host refusals', () => {
  let dataDir: string;
  let core: AppCore;
  let host: WebHost;
  const vault = createMemoryVault();
  const settings = () => createConfSettings(dataDir);
  const auth = () => ({ Authorization: `Bearer ${host.token}` });
  const create = { channel: 'profiles.create', input: PROFILE };

  const nothingChanged = async () => {
    expect(vault.ids()).toEqual([]);
    expect(settings().get('profiles') ?? []).toEqual([]);
    expect(settings().get('language')).toBeUndefined();
    const list = await send(host, auth(), { channel: 'profiles.list' });
    expect((list.json as unknown as { value: { profiles: unknown[] } }).value.profiles).toHaveLength(2);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pd-guard-'));
    core = await createAppCore({ dataDir, version: '0.0.0-test', host: 'web', settings: settings(), profiles: { vault } });
    host = await startWebHost({ core, operator: 'tester', language: () => 'en' });
  });
  afterAll(async () => {
    await host.close();
    await core.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('without the launch token: 401 UNAUTHORIZED', async () => {
    const reply = await send(host, {}, create);
    expect(reply.status).toBe(401);
    expect(reply.json.error?.code).toBe('UNAUTHORIZED');
    expect(reply.json.error?.messages['zh-CN']).toContain('令牌');
    await nothingChanged();
  });

  it('with a wrong token: 401 UNAUTHORIZED', async () => {
    const reply = await send(host, { Authorization: 'Bearer not-the-token' }, { channel: 'settings.setLanguage', input: { language: 'zh-CN' } });
    expect(reply.status).toBe(401);
    expect(reply.json.error?.code).toBe('UNAUTHORIZED');
    await nothingChanged();
  });

  it('with a foreign Host header (DNS rebinding), even with the token: 403 FORBIDDEN_ORIGIN', async () => {
    const reply = await send(host, { ...auth(), Host: `evil.example:${host.port}` }, create);
    expect(reply.status).toBe(403);
    expect(reply.json.error?.code).toBe('FORBIDDEN_ORIGIN');
    expect(reply.json.error?.messages.en).toContain('Host');
    await nothingChanged();
  });

  it('with a foreign Origin, even with the token: 403 FORBIDDEN_ORIGIN', async () => {
    const reply = await send(host, { ...auth(), Origin: 'https://evil.example' }, create);
    expect(reply.status).toBe(403);
    expect(reply.json.error?.code).toBe('FORBIDDEN_ORIGIN');
    expect(reply.json.error?.messages.en).toContain('Origin');
    await nothingChanged();
  });

  it('from a cross-site fetch (Sec-Fetch-Site), even with the token: 403 FORBIDDEN_ORIGIN', async () => {
    const reply = await send(host, { ...auth(), 'Sec-Fetch-Site': 'cross-site' }, create);
    expect(reply.status).toBe(403);
    await nothingChanged();
  });

  it('from a non-loopback address: checkPeer refuses before anything else is looked at', () => {
    const fake = (remoteAddress: string) =>
      ({ socket: { remoteAddress }, headers: { host: '127.0.0.1:4000', authorization: 'Bearer x' } }) as unknown as IncomingMessage;
    for (const address of ['192.168.1.20', '10.0.0.5', '::ffff:192.168.1.20', '2001:db8::1', '']) {
      expect(checkPeer(fake(address), 4000)).toEqual({ ok: false, status: 403, code: 'FORBIDDEN_ORIGIN', reason: 'not a loopback address' });
    }
    expect(checkPeer(fake('127.0.0.1'), 4000)).toEqual({ ok: true });
    expect(checkPeer(fake('::1'), 4000)).toEqual({ ok: true });
  });

  it('the same request from the app itself succeeds (the refusals above were the guard, not the input)', async () => {
    const reply = await send(host, { ...auth(), Origin: `http://127.0.0.1:${host.port}` }, create);
    expect(reply.json.ok).toBe(true);
    expect(vault.ids()).toHaveLength(1);
  });
});
