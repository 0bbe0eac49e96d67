// Who may talk to the web host: loopback peers that present this launch's token, with a
// Host header naming us (DNS rebinding) and, when present, an Origin that is us.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type GuardVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly status: 401 | 403; readonly code: 'UNAUTHORIZED' | 'FORBIDDEN_ORIGIN'; readonly reason: string };

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

/** Checks every request, including static files: a rebinding page must not read them either. */
export function checkPeer(req: IncomingMessage, port: number): GuardVerdict {
  const remote = req.socket.remoteAddress ?? '';
  if (!LOOPBACK.has(remote)) return { ok: false, status: 403, code: 'FORBIDDEN_ORIGIN', reason: 'not a loopback address' };
  const host = req.headers.host ?? '';
  if (!allowedHosts(port).has(host.toLowerCase())) {
    return { ok: false, status: 403, code: 'FORBIDDEN_ORIGIN', reason: 'foreign Host header' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin)) {
    return { ok: false, status: 403, code: 'FORBIDDEN_ORIGIN', reason: 'foreign Origin header' };
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { ok: false, status: 403, code: 'FORBIDDEN_ORIGIN', reason: 'cross-site request' };
  }
  return { ok: true };
}

export function checkToken(req: IncomingMessage, token: string): GuardVerdict {
  const header = req.headers.authorization ?? '';
  const presented = header.startsWith('Bearer ') ? header.slice(7) : '';
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return { ok: false, status: 401, code: 'UNAUTHORIZED', reason: presented ? 'wrong token' : 'missing token' };
  }
  return { ok: true };
}
