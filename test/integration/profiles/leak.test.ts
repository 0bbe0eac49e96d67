// The SK never leaks: a run with a canary SK does every kind of operation through the web
// host against an in-process sandbox, then every file the app wrote, every byte the renderer
// received (invocations and events) and every log/console line is scanned for the canary.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../../electron/core/app-core';
import { createConfSettings } from '../../../electron/core/settings/conf-settings';
import { createMemoryVault } from '../../../electron/core/infra/vault/memory-vault';
import { startWebHost, type WebHost } from '../../../electron/web-host/server';
import { DEMO_T1, startBuiltInSandbox, startSandbox, type RunningSandbox } from '../../../electron/sandbox';
import { startCanaryGateway, type Gateway } from './canary-gateway';
import { scanDir, scanText } from './leak-scanner';

const CANARY = `CANARY${randomBytes(12).toString('hex')}sk`;

function post(host: WebHost, channel: string, input: unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path: '/api/invoke', method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ channel, input }));
  });
}

describe('leak test with a canary SK', () => {
  let dataDir: string;
  let sandbox: RunningSandbox;
  let gateway: Gateway;
  let core: AppCore;
  let host: WebHost;
  const received: string[] = [];
  const logLines: string[] = [];
  const consoleOut: string[] = [];
  const restore: Array<() => void> = [];
  let events = '';
  let stopEvents: () => void = () => undefined;

  const call = async (channel: string, input?: unknown) => {
    const body = await post(host, channel, input);
    received.push(body);
    return JSON.parse(body) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };
  };

  beforeAll(async () => {
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        consoleOut.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
      restore.push(() => (stream.write = write));
    }
    dataDir = mkdtempSync(join(tmpdir(), 'pd-leak-'));
    sandbox = await startSandbox({ latencyMs: 0, rateLimits: false, customers: 50 });
    gateway = await startCanaryGateway({ upstream: sandbox.url, ak: DEMO_T1.ak, canarySk: CANARY, upstreamSk: DEMO_T1.sk });
    core = await createAppCore({
      dataDir,
      version: '0.0.0-test',
      host: 'web',
      settings: createConfSettings(dataDir),
      onInternalError: (ref, channel, error) => consoleOut.push(`[${ref}] ${channel}: ${(error as Error)?.stack ?? String(error)}`),
      profiles: { vault: createMemoryVault(), sandbox: startBuiltInSandbox, logTee: (line) => logLines.push(line) },
    });
    host = await startWebHost({ core, operator: 'tester', language: () => 'en' });
    const req = request({ host: '127.0.0.1', port: host.port, path: '/api/events', headers: { Authorization: `Bearer ${host.token}` } }, (res) => {
      res.on('data', (c: Buffer) => (events += c.toString('utf8')));
    });
    req.end();
    stopEvents = () => req.destroy();
  });

  afterAll(async () => {
    stopEvents();
    await host.close();
    await core.dispose();
    await gateway.close();
    await sandbox.close();
    for (const r of restore) r();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('performs every kind of operation with the canary SK', async () => {
    const base = { name: 'Canary T1', site: 'custom', endpoint: gateway.url, ak: DEMO_T1.ak, domainId: DEMO_T1.domainId, role: 'T1' };
    // Refusals that carry the canary in their input.
    expect((await call('profiles.create', { ...base, name: '', sk: CANARY })).error?.code).toBe('PROFILE_NAME_REQUIRED');
    expect((await call('profiles.create', { ...base, sk: `${CANARY} with spaces` })).error?.code).toBe('PROFILE_SK_FORMAT');
    expect((await call('profiles.create', { ...base, sk: CANARY, extra: CANARY })).error?.code).toBe('INVALID_INPUT');
    expect((await call('profiles.create', { ...base, sk: `wrong${CANARY}` })).error?.code).toBe('PROFILE_SK_REJECTED');

    const created = await call('profiles.create', { ...base, sk: CANARY });
    expect(created.ok).toBe(true);
    const id = created.value!.id as string;
    expect((await call('profiles.setSecret', { id, sk: `${CANARY}x`, verify: true })).error?.code).toBe('PROFILE_SK_REJECTED');
    expect((await call('profiles.setSecret', { id, sk: CANARY, verify: true })).ok).toBe(true);
    expect((await call('profiles.update', { id, ...base, name: 'Canary T1 renamed' })).ok).toBe(true);
    expect((await call('profiles.activate', { id })).ok).toBe(true);
    const test = await call('profiles.testConnection', { id });
    expect(test.ok).toBe(true);
    expect((test.value!.balances as unknown[]).length).toBeGreaterThan(0);
    await call('profiles.list');
    await call('profiles.get', { id });
    await call('settings.setLanguage', { language: 'zh-CN' });

    // Every other channel the app offers, with empty input: reads, syncs and refusals alike.
    for (const channel of core.router.channels) {
      if (channel.startsWith('profiles.')) continue;
      await call(channel, {});
      await call(channel, undefined);
    }
    expect((await call('profiles.delete', { id })).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 200)); // let the last events arrive
  });

  it('finds the canary nowhere: files, web-host replies and events, logs, console', () => {
    const hits = [
      ...scanDir(dataDir, CANARY),
      ...received.flatMap((body, i) => scanText(`reply #${i}`, body, CANARY)),
      ...scanText('event stream', events, CANARY),
      ...logLines.flatMap((line, i) => scanText(`log line #${i}`, line, CANARY)),
      ...consoleOut.flatMap((line, i) => scanText(`console #${i}`, line, CANARY)),
    ];
    expect(hits).toEqual([]);
    // The run really exercised the app: it wrote logs and got replies.
    expect(received.length).toBeGreaterThan(10);
    expect(logLines.length).toBeGreaterThan(0);
  });
});

describe('the leak scanner', () => {
  const secret = `CANARY${randomBytes(8).toString('hex')}`;
  it.each([
    ['raw', (s: string) => `prefix ${s} suffix`],
    ['base64', (s: string) => Buffer.from(`Authorization: Basic ${s}:x`).toString('base64')],
    ['base64url', (s: string) => Buffer.from(`xy${s}`).toString('base64url')],
    ['hex', (s: string) => `dump ${Buffer.from(`ab${s}`).toString('hex')}`],
    ['url-encoded', (s: string) => `q=${encodeURIComponent(`${s}/x y`)}`],
  ])('finds a planted %s leak in a fake sink', (_form, encode) => {
    expect(scanText('fake sink', encode(secret), secret).length).toBeGreaterThan(0);
  });

  it('finds a planted leak in a file deep inside the data folder, and nothing in clean files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-scan-'));
    try {
      writeFileSync(join(dir, 'clean.log'), 'nothing to see\n');
      expect(scanDir(dir, secret)).toEqual([]);
      const deep = join(dir, 'profiles', 'p1');
      mkdirSync(deep, { recursive: true });
      writeFileSync(join(deep, 'db.sqlite'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(secret), Buffer.from([3])]));
      expect(scanDir(dir, secret).map((h) => h.form)).toContain('raw');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
