// One HTTP exchange over node:http/https with keep-alive agents, a connect timeout and a
// total timeout. It reports whether the request may have reached the server, because a
// money call that fails after that point has an unknown outcome.
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';

export interface TransportRequest {
  readonly url: URL;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  readonly connectTimeoutMs: number;
  readonly totalTimeoutMs: number;
  readonly signal?: AbortSignal;
  /**
   * Use a new connection. Money calls do: a pooled keep-alive socket the server has just
   * closed fails with a reset after sending, which would make the outcome needlessly unknown.
   */
  readonly freshConnection?: boolean;
}

export interface TransportResponse {
  readonly status: number;
  /** Lower-case names; repeated headers joined by Node's rules. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
}

export type TransportFailure = 'connect' | 'connect-timeout' | 'timeout' | 'reset' | 'aborted' | 'body';

export class TransportError extends Error {
  constructor(
    readonly failure: TransportFailure,
    /** False when no byte of the request can have reached the server. */
    readonly possiblySent: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

export interface Agents {
  readonly http: http.Agent;
  readonly https: https.Agent;
  readonly freshHttp: http.Agent;
  readonly freshHttps: https.Agent;
  destroy(): void;
}

export function createAgents(): Agents {
  // Node verifies the server certificate by default; TLS 1.2 is the floor BSS supports (§1.1).
  const all = {
    http: new http.Agent({ keepAlive: true, maxSockets: 32 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 32, minVersion: 'TLSv1.2' }),
    freshHttp: new http.Agent({ keepAlive: false }),
    freshHttps: new https.Agent({ keepAlive: false, minVersion: 'TLSv1.2' }),
  };
  return { ...all, destroy: () => Object.values(all).forEach((a) => a.destroy()) };
}

// Only the code and the syscall: messages may embed addresses but never headers.
const describe = (e: NodeJS.ErrnoException): string => e.code ?? e.message.slice(0, 120);

export function send(req: TransportRequest, agents: Agents): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const isHttps = req.url.protocol === 'https:';
    let connected = false;
    let settled = false;
    const finish = (fn: () => void) => { if (!settled) { settled = true; clearTimeout(total); clearTimeout(connectTimer); fn(); } };
    const failWith = (failure: TransportFailure, message: string) =>
      finish(() => { reject(new TransportError(failure, connected, message)); outgoing.destroy(); });

    const outgoing = (isHttps ? https : http).request(req.url, {
      method: req.method,
      headers: { ...req.headers, 'Content-Length': String(req.body.length) },
      agent: req.freshConnection ? (isHttps ? agents.freshHttps : agents.freshHttp) : isHttps ? agents.https : agents.http,
      signal: req.signal,
    });
    let connectTimer: NodeJS.Timeout | undefined;
    const total = setTimeout(() => failWith('timeout', `no complete answer within ${req.totalTimeoutMs} ms`), req.totalTimeoutMs);

    outgoing.on('socket', (socket: Socket) => {
      // A reused keep-alive socket is already connected; a new one counts once TLS is up.
      if (!socket.connecting) { connected = true; return; }
      connectTimer = setTimeout(() => failWith('connect-timeout', `no connection within ${req.connectTimeoutMs} ms`), req.connectTimeoutMs);
      socket.once(isHttps ? 'secureConnect' : 'connect', () => { connected = true; clearTimeout(connectTimer); });
    });
    outgoing.on('error', (e: NodeJS.ErrnoException) => {
      if (e.name === 'AbortError') return failWith('aborted', 'cancelled');
      failWith(connected ? 'reset' : 'connect', describe(e));
    });
    outgoing.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (e: NodeJS.ErrnoException) => failWith('body', describe(e)));
      res.on('aborted', () => failWith('body', 'the answer was cut off'));
      res.on('end', () => {
        if (!res.complete) return failWith('body', 'the answer was cut off');
        finish(() => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
    });
    outgoing.end(req.body);
  });
}
