// The signed HTTP client: rate limit → sign (SK held only for that) → send → classify,
// with retries for reads only.
import { signRequest } from '../signing/signer';
import { classifyResponse, classifyTransportError, type Verdict } from './classify';
import type { Credentials } from './credentials';
import { parseEndpoint, type Site } from './endpoint';
import type { ApiError } from './outcome';
import { buildQuery, type QueryParams } from './query';
import { headerOf } from './response';
import { createServerClock, type ServerClock } from './server-clock';
import { createRateLimiter, defaultSleep, type RateLimiter } from './rate-limiter';
import { createAgents, send, TransportError } from './transport';

export interface CallRequest {
  /** Operation name, e.g. "UpdateCustomerAccountAmount": the rate-limit lane and error label. */
  readonly operation: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path already encoded for the wire, e.g. "/v2/partners/sub-customers/query". */
  readonly path: string;
  readonly query?: QueryParams;
  /** JSON-ready value; amounts must already be strings. Absent → no body. */
  readonly body?: unknown;
  /** Extra headers to sign, e.g. X-Language. */
  readonly headers?: Readonly<Record<string, string>>;
  /** partner-api.md §9 "money-moving": never retried; ambiguous results are `unknown`. */
  readonly moneyMoving: boolean;
  /** Requests per second for this operation (§1.3). Default 10. */
  readonly ratePerSecond?: number;
  readonly signal?: AbortSignal;
}

export interface CallResponse {
  readonly status: number;
  /** Lossless JSON (numbers are LosslessNumber); undefined for an empty body. */
  readonly json: unknown;
  readonly requestId: string | undefined;
}

export interface CallEvent {
  readonly operation: string;
  readonly attempt: number;
  readonly verdict: 'done' | 'retry' | 'failed' | 'unknown';
  readonly status?: number;
  readonly code?: string;
  readonly requestId?: string;
  readonly ms: number;
}

export interface HttpClientOptions {
  /** e.g. https://bss.myhuaweicloud.com; plain http only for a loopback sandbox. */
  readonly endpoint: string;
  readonly site?: Site;
  readonly credentials: Credentials;
  readonly now?: () => Date;
  readonly connectTimeoutMs?: number;
  readonly totalTimeoutMs?: number;
  /** Share one limiter between clients of the same partner. */
  readonly limiter?: RateLimiter;
  /** Extra attempts for reads after network errors, 5xx or 429. */
  readonly maxReadRetries?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Called once per attempt; carries no secrets, bodies or headers. */
  readonly onEvent?: (event: CallEvent) => void;
  /** Where the server's clock offset is recorded (default: one per client). */
  readonly serverClock?: ServerClock;
}

export interface HttpClient {
  readonly site: Site;
  readonly domainId: string | undefined;
  /** Resolves with the answer or throws ApiError (outcome failed|unknown) / AppError (refused locally). */
  call(req: CallRequest): Promise<CallResponse>;
  /** The server's clock offset, from the Date header of every response. */
  readonly serverClock: ServerClock;
  close(): void;
}

export const DEFAULT_RATE_PER_SECOND = 10;

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { base, site } = parseEndpoint(options.endpoint, options.site);
  const now = options.now ?? (() => new Date());
  const limiter = options.limiter ?? createRateLimiter();
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const maxRetries = options.maxReadRetries ?? 3;
  const agents = createAgents();
  const serverClock = options.serverClock ?? createServerClock();
  const { credentials } = options;

  const backoffMs = (after: 'backoff' | 'throttled', attempt: number): number =>
    // §1.3: back off 2–5 s after a 429; otherwise exponential from 300 ms with jitter, capped.
    after === 'throttled' ? 2000 + random() * 3000 : Math.min(300 * 2 ** attempt, 4000) + random() * 300;

  async function attempt(req: CallRequest, bodyText: string | undefined): Promise<Verdict> {
    const query = buildQuery(req.query);
    const url = `${base.protocol}//${base.host}${req.path}${query ? `?${query}` : ''}`;
    const toSign: Record<string, string> = { ...(req.headers ?? {}) };
    if (bodyText !== undefined) toSign['Content-Type'] = 'application/json;charset=UTF-8';
    if (credentials.domainId) toSign['X-Domain-Id'] = credentials.domainId;
    if (credentials.securityToken) toSign['X-Security-Token'] = credentials.securityToken;
    const localNow = now();
    const signed = signRequest({ method: req.method, url, headers: toSign, body: bodyText ?? '', ak: credentials.ak, sk: await credentials.getSecret(), date: localNow });
    const ctx = { operation: req.operation, moneyMoving: req.moneyMoving, localNow };
    try {
      const res = await send({
        url: new URL(url),
        method: req.method,
        headers: { ...signed.headers, Accept: 'application/json', 'User-Agent': 'partner-desk' },
        body: signed.body,
        connectTimeoutMs: options.connectTimeoutMs ?? 5000,
        totalTimeoutMs: options.totalTimeoutMs ?? 30_000,
        signal: req.signal,
        freshConnection: req.moneyMoving,
      }, agents);
      const answeredAt = now();
      serverClock.observe(localNow.getTime(), answeredAt.getTime(), headerOf(res, 'date'));
      return classifyResponse(res, { ...ctx, localNow: answeredAt });
    } catch (e) {
      if (e instanceof TransportError) return classifyTransportError(e, ctx);
      throw e;
    }
  }

  return {
    site,
    domainId: credentials.domainId,
    async call(req) {
      const bodyText = req.body === undefined ? undefined : JSON.stringify(req.body);
      const lane = `${credentials.ak}|${req.operation}`;
      for (let n = 0; ; n++) {
        await limiter.acquire(lane, req.ratePerSecond ?? DEFAULT_RATE_PER_SECOND);
        const started = Date.now();
        const verdict = await attempt(req, bodyText);
        const err: ApiError | undefined = verdict.kind === 'done' ? undefined : verdict.error;
        const retry = verdict.kind === 'retry' && !req.moneyMoving && n < maxRetries && !req.signal?.aborted;
        options.onEvent?.({
          operation: req.operation,
          attempt: n + 1,
          verdict: verdict.kind === 'done' ? 'done' : retry ? 'retry' : (err?.outcome ?? 'failed'),
          status: verdict.kind === 'done' ? verdict.status : err?.status,
          code: err?.huaweiCode,
          requestId: verdict.kind === 'done' ? verdict.requestId : err?.requestId,
          ms: Date.now() - started,
        });
        if (verdict.kind === 'done') return { status: verdict.status, json: verdict.json, requestId: verdict.requestId };
        // A 429 holds the whole lane, also for a money call that is not retried here: its
        // caller re-sends it (batch plans), and that start must wait out the back-off too.
        const throttled = verdict.kind === 'retry' ? verdict.after === 'throttled' : verdict.error.code === 'API_RATE_LIMITED';
        if (throttled) limiter.penalize(lane, backoffMs('throttled', n));
        if (!retry || verdict.kind !== 'retry') throw verdict.error;
        if (!throttled) await sleep(backoffMs(verdict.after, n));
      }
    },
    serverClock,
    close: () => agents.destroy(),
  };
}
