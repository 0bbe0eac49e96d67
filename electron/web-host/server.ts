// Loopback HTTP host for the same renderer and router the Electron app uses: one POST
// route for invocations, one server-sent-events stream, the built renderer as static files.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// The contract's parts, not its index: the index pulls in every channel's schemas, which the
// host does not need before the core is loaded (a cold start listens first).
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/csp';
import type { CallContext, Envelope } from '../../shared/contract/define';
import { toIpcError, type Language } from '../../shared/contract/errors';
import { WEB_EVENTS_PATH, WEB_INVOKE_PATH } from '../../shared/contract/transport';
import type { AppCore } from '../core/app-core';
import { checkPeer, checkToken, type GuardVerdict } from './guard';
import { loadStaticFiles } from './static-files';

const MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface WebHostOptions {
  /** The core, or its promise: the host listens (and serves the renderer) while it loads. */
  readonly core: AppCore | Promise<AppCore>;
  /** Folder with the built renderer (index.html); absent: API only. */
  readonly staticDir?: string;
  readonly port?: number;
  readonly token?: string;
  readonly operator: string;
  readonly language: () => Language;
  /** Told of every request the host answers: a static file (its URL path), or an API call (before it is handled). */
  readonly onRequest?: (kind: 'static' | 'api', path: string) => void;
}

export interface WebHost {
  readonly url: string;
  /** The renderer files the browser loads at start (empty without a built renderer). */
  readonly startupPaths: readonly string[];
  readonly token: string;
  readonly port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve('too-large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const ctx: CallContext = { transport: 'web', operator: options.operator };
  let port = 0;
  const statics = options.staticDir ? loadStaticFiles(options.staticDir) : null;

  const refuse = (res: ServerResponse, verdict: Exclude<GuardVerdict, { ok: true }>) => {
    const envelope: Envelope = {
      ok: false,
      error: toIpcError(verdict.code, { reason: verdict.reason }, options.language()),
    };
    sendJson(res, verdict.status, envelope);
  };

  const invalid = (res: ServerResponse, status: number, summary: string) => {
    const error = toIpcError('INVALID_INPUT', { summaryEn: summary, summaryZh: summary }, options.language());
    sendJson(res, status, { ok: false, error } satisfies Envelope);
  };

  const server = createServer(async (req, res) => {
    try {
      const peer = checkPeer(req, port);
      if (!peer.ok) return refuse(res, peer);
      const path = (req.url ?? '/').split('?')[0] ?? '/';

      if (path === WEB_INVOKE_PATH || path === WEB_EVENTS_PATH) options.onRequest?.('api', path);
      if (path === WEB_INVOKE_PATH) {
        const auth = checkToken(req, token);
        if (!auth.ok) return refuse(res, auth);
        if (req.method !== 'POST') return invalid(res, 405, 'use POST');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
          return invalid(res, 415, 'Content-Type must be application/json');
        }
        const body = await readBody(req);
        if (body === 'too-large') return invalid(res, 413, 'request body too large');
        let message: unknown;
        try {
          message = JSON.parse(body.toString('utf8'));
        } catch {
          return invalid(res, 400, 'body is not JSON');
        }
        const { channel, input } = (message ?? {}) as { channel?: unknown; input?: unknown };
        if (typeof channel !== 'string') return invalid(res, 400, 'missing "channel"');
        return sendJson(res, 200, await (await options.core).router.invoke(channel, input, ctx));
      }

      if (path === WEB_EVENTS_PATH) {
        const auth = checkToken(req, token);
        if (!auth.ok) return refuse(res, auth);
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': 'text/event-stream; charset=utf-8',
          Connection: 'keep-alive',
        });
        const core = await options.core;
        if (res.destroyed) return; // the page went away while the core loaded
        res.write(': connected\n\n');
        const unsubscribe = core.events.subscribe((event) => {
          res.write(`data: ${JSON.stringify(event)}\n\n`);
        });
        const keepAlive = setInterval(() => res.write(': ping\n\n'), 15_000);
        req.on('close', () => {
          clearInterval(keepAlive);
          unsubscribe();
        });
        return;
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return invalid(res, 405, 'method not allowed');
      const file = statics?.get(path) ?? null;
      if (!file) {
        res.writeHead(404, SECURITY_HEADERS);
        return res.end();
      }
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type });
      res.end(req.method === 'HEAD' ? undefined : file.body);
      options.onRequest?.('static', path);
    } catch {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: toIpcError('INTERNAL', { ref: 'web-host' }, options.language()) });
      else res.end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    startupPaths: statics?.startupPaths ?? [],
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
