// A loopback HTTP server for client tests: records each request exactly as received
// (method, raw target, raw header pairs, body bytes) and answers from a scripted handler.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyRequest, type VerifyResult, type WireRequest } from '../../electron/core/infra/signing';

export interface Received extends WireRequest {
  readonly body: Uint8Array;
  header(name: string): string | undefined;
  json(): unknown;
  readonly path: string;
  readonly query: URLSearchParams;
  /** Client port of the TCP connection, to tell reused connections from new ones. */
  readonly remotePort: number | undefined;
}

export type Reply =
  | { status: number; body?: string | object; headers?: Record<string, string> }
  | 'reset' // destroy the socket after reading the request
  | 'hang'; // never answer

export interface TestServer {
  readonly endpoint: string;
  readonly received: Received[];
  /** Answers requests in order; the last reply repeats. */
  reply(...replies: (Reply | ((r: Received) => Reply))[]): void;
  close(): Promise<void>;
}

export const TEST_AK = 'HPUATESTAK0000000001';
export const TEST_SK = 'test-secret-key-never-logged';

export function verifyReceived(r: Received, now: Date): VerifyResult {
  return verifyRequest(r, { lookupSecret: (ak) => (ak === TEST_AK ? TEST_SK : undefined), now });
}

export async function startServer(): Promise<TestServer> {
  const received: Received[] = [];
  let script: (Reply | ((r: Received) => Reply))[] = [{ status: 200, body: {} }];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const pairs: [string, string][] = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) pairs.push([req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '']);
      const target = req.url ?? '/';
      const body = new Uint8Array(Buffer.concat(chunks));
      const url = new URL(target, 'http://x');
      const r: Received = {
        method: req.method ?? '',
        target,
        headers: pairs,
        body,
        path: url.pathname,
        query: url.searchParams,
        remotePort: req.socket.remotePort,
        header: (name) => pairs.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1],
        json: () => JSON.parse(Buffer.from(body).toString('utf8')),
      };
      received.push(r);
      const step = script.length > 1 ? script.shift()! : script[0]!;
      const reply = typeof step === 'function' ? step(r) : step;
      if (reply === 'reset') return req.socket.destroy();
      if (reply === 'hang') return;
      const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      res.writeHead(reply.status, { 'Content-Type': 'application/json', 'X-Request-Id': `req-${received.length}`, ...reply.headers });
      res.end(text);
    });
  });
  // Node clients do not reuse a socket whose keep-alive hint is 1 s or less.
  server.keepAliveTimeout = 5000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    received,
    reply: (...replies) => { script = replies; },
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
