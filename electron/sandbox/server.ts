// The loopback HTTP server: control API, routing, faults, latency, signature check, rate
// limits, caller check, lossless JSON parsing and the handlers — in that order for every request.
import { randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isLosslessNumber, parse as parseLossless } from 'lossless-json';
import { verifyRequest } from '../core/infra/signing/verifier';
import { handleControl, isLoopback, isLoopbackHost } from './control-api';
import { ApiError } from './errors';
import type { FaultRule } from './faults';
import type { Ctx, Operation } from './handlers/context';
import { refusal, resolvePrincipal, secretFor } from './principal';
import { route } from './router';
import { throttledBody } from './rate-limit';
import type { Sandbox } from './sandbox';
import { BodyReader, QueryReader } from './validation';

const MAX_BODY = 1 << 20;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Answer {
  status: number;
  body?: unknown;
  raw?: string;
  /** Of `raw`; default JSON. */
  contentType?: string;
}

const err = (status: number, code: string, msg: string, requestId?: string): Answer => ({
  status, body: { error_code: code, error_msg: msg, ...(requestId ? { request_id: requestId } : {}) },
});

/** Gateway 401 (APIG.0301), the form APIG uses for any AK/SK signature failure — our choice of code. */
const unauthorized = (detail: string, requestId: string): Answer => err(401, 'APIG.0301', `Incorrect IAM authentication information: ${detail}`, requestId);

/** The page a web gateway in front of the API answers with: no Huawei error code anywhere. */
const gatewayPage = (status: number): string => {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>gateway</center>\r\n</body>\r\n</html>\r\n`;
};

/** The answer of an error fault: the API's own `CBC.0999` body, or a bare one (empty, or a gateway HTML page). */
function faultError(fault: FaultRule, requestId: string): Answer {
  const status = fault.status ?? 500;
  if (fault.body === 'none') return { status };
  if (fault.body === 'html') return { status, raw: gatewayPage(status), contentType: 'text/html' };
  return err(status, 'CBC.0999', 'Other error.', requestId);
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function rawPairs(req: IncomingMessage): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) out.push([req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string]);
  return out;
}

/** JSON objects only; numbers stay lossless so amounts never pass through a float. */
function parseJsonObject(buf: Buffer): Record<string, unknown> {
  if (buf.length === 0) return {};
  let value: unknown;
  try {
    value = parseLossless(buf.toString('utf8'));
  } catch {
    throw new ApiError(400, 'CBC.0100', 'Parameter error: the request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || isLosslessNumber(value)) {
    throw new ApiError(400, 'CBC.0100', 'Parameter error: the request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

export class SandboxServer {
  readonly http: Server;

  constructor(private readonly sb: Sandbox) {
    this.http = createServer((req, res) => {
      this.serve(req, res).catch((e: unknown) => {
        console.error('sandbox: unexpected error', e);
        if (!res.headersSent) this.send(res, err(500, 'CBC.0999', 'Other error.'), randomUUID().replace(/-/g, ''));
      });
    });
  }

  /** Every answer goes out here; its `Date` header tells the sandbox clock, as a real server tells its own. */
  private send(res: ServerResponse, a: Answer, requestId: string): void {
    if (res.destroyed) return;
    const text = a.raw ?? (a.body === undefined ? '' : JSON.stringify(a.body));
    res.sendDate = false;
    res.writeHead(a.status, {
      Date: new Date(this.sb.now()).toUTCString(),
      'X-Request-Id': requestId,
      ...(text !== '' ? { 'Content-Type': `${a.contentType ?? 'application/json'};charset=UTF-8` } : {}),
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomUUID().replace(/-/g, '');
    const target = req.url ?? '/';
    const url = new URL(target, 'http://sandbox.local');
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    if (url.pathname === '/_sandbox' || url.pathname.startsWith('/_sandbox/')) {
      if (!isLoopback(req) || !isLoopbackHost(req)) return this.send(res, { status: 403, body: { error: 'control API is loopback-only' } }, requestId);
      let parsed: unknown;
      try {
        parsed = body && body.length > 0 ? JSON.parse(body.toString('utf8')) : null;
      } catch {
        return this.send(res, { status: 400, body: { error: 'invalid JSON' } }, requestId);
      }
      return this.send(res, handleControl(this.sb, method, url, parsed), requestId);
    }
    const match = route(method, url.pathname);
    if (!match.op) {
      return this.send(res, match.methodMismatch
        ? err(405, 'APIG.0102', 'The method is not allowed for this API.', requestId)
        : err(404, 'APIG.0101', 'The API does not exist or has not been published in the environment.', requestId), requestId);
    }
    if (body === undefined) return this.send(res, err(413, 'APIG.0201', 'Request entity too large.', requestId), requestId);
    const fault = this.sb.faults.take(match.op.name);
    if (this.sb.latencyMs > 0) await sleep(this.sb.latencyMs);
    if (fault?.kind === 'delay') await sleep(fault.delayMs ?? 30_000);
    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    const pre = this.preCommitFault(fault, requestId);
    if (pre) return this.send(res, pre, requestId);
    const answer = this.handle(req, match.op, match.params, url, body, requestId);
    if (fault?.kind === 'drop-after-commit') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'error-after-commit') return this.send(res, faultError(fault, requestId), requestId);
    if (fault?.kind === 'malformed-body') {
      const text = JSON.stringify(answer.body ?? { ok: true });
      return this.send(res, { status: 200, raw: text.slice(0, Math.max(1, Math.floor(text.length / 2))) }, requestId);
    }
    this.send(res, answer, requestId);
  }

  private preCommitFault(fault: FaultRule | undefined, requestId: string): Answer | undefined {
    if (fault?.kind === 'throttle') {
      return fault.code === 'CBC.0250' ? err(429, 'CBC.0250', 'Message flow control.', requestId) : { status: 429, body: throttledBody(10, requestId) };
    }
    if (fault?.kind === 'clock-skew') return unauthorized('x-sdk-date differs from the server time by more than 15 minutes', requestId);
    if (fault?.kind === 'error-before-commit') return faultError(fault, requestId);
    return undefined;
  }

  private handle(req: IncomingMessage, op: Operation, params: Record<string, string>, url: URL, body: Buffer, requestId: string): Answer {
    const now = this.sb.now();
    const headers = rawPairs(req);
    if (!req.headers.authorization && req.headers['x-auth-token']) {
      // The sandbox issues no IAM tokens, so every token is illegal.
      return err(401, 'CBC.0154', 'The token is illegal or has expired (the sandbox accepts AK/SK signatures only).', requestId);
    }
    const verified = verifyRequest({ method: req.method ?? 'GET', target: req.url ?? '/', headers, body }, { lookupSecret: secretFor, now: new Date(now), maxSkewSeconds: 900 });
    if (!verified.ok) return unauthorized(verified.message, requestId);
    const principal = resolvePrincipal(this.sb.world.store, verified.ak);
    if (!principal) return unauthorized('unknown access key', requestId);
    const limit = op.rateLimit ?? 10;
    const limitKey = principal.kind === 'customer' ? principal.customer.id : principal.partner.id;
    if (!this.sb.limiter.allow(limitKey, op.name, limit, Date.now())) return { status: 429, body: throttledBody(limit, requestId) };
    try {
      const refused = refusal(principal, op);
      if (refused) throw refused;
      const world = this.sb.world;
      const query = new QueryReader(url.searchParams);
      if (principal.kind === 'customer') {
        const self = op.selfService?.({ world, customer: principal.customer, now, query });
        return self ? { status: self.status, body: self.body } : err(403, 'CBC.0151', 'Access denied.');
      }
      const json = method(req) === 'GET' ? {} : parseJsonObject(body);
      const ctx: Ctx = {
        world, caller: principal.partner, now, params, headers: req.headers, query, body: new BodyReader(json),
        apply: (cmd) => world.ledger.apply(cmd),
        associationDelayMs: this.sb.associationDelayMs,
        listed: (operation, time) => this.sb.recordLag.listed(operation, time, now),
      };
      const result = op.handler(ctx);
      return { status: result.status, body: result.body };
    } catch (e) {
      if (e instanceof ApiError) return err(e.status, e.code, e.message);
      console.error(`sandbox: ${op.name} failed`, e);
      return err(500, 'CBC.0999', 'Other error.');
    }
  }
}

const method = (req: IncomingMessage): string => req.method ?? 'GET';
