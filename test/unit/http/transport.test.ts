import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAgents, send, TransportError } from '../../../electron/core/infra/http/transport';

// A TCP peer that accepts and then never speaks: a TLS handshake with it never completes,
// and a plain HTTP request to it never gets an answer.
function silentPeer(): Promise<{ server: Server; port: number; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((s) => void sockets.push(s));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port, sockets })));
}

describe('the transport', () => {
  const agents = createAgents();
  let peer: Awaited<ReturnType<typeof silentPeer>> | null = null;
  afterEach(async () => {
    peer?.sockets.forEach((s) => s.destroy());
    await new Promise((r) => peer?.server.close(r));
    peer = null;
  });

  it('gives up on a connection that is never established, and knows nothing was sent', async () => {
    peer = await silentPeer();
    const started = Date.now();
    const failure = await send(
      { url: new URL(`https://127.0.0.1:${peer.port}/v2/x`), method: 'GET', headers: {}, body: new Uint8Array(), connectTimeoutMs: 150, totalTimeoutMs: 5000 },
      agents,
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TransportError);
    expect(failure).toMatchObject({ failure: 'connect-timeout', possiblySent: false });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('gives up on an answer that never comes, and says the request may have been sent', async () => {
    peer = await silentPeer();
    const failure = await send(
      { url: new URL(`http://127.0.0.1:${peer.port}/v2/x`), method: 'POST', headers: {}, body: new Uint8Array([123, 125]), connectTimeoutMs: 1000, totalTimeoutMs: 200 },
      agents,
    ).catch((e: unknown) => e);
    expect(failure).toMatchObject({ failure: 'timeout', possiblySent: true });
  });
});
