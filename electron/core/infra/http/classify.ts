// Decides what one attempt's result means: done, retry (reads only), failed or unknown.
// Money-moving calls are never retried: anything ambiguous after sending is `unknown`.
import { huaweiCodeMeaning } from './huawei-codes';
import { ApiError } from './outcome';
import { clockSkewMinutes, headerOf, huaweiErrorOf, parseBody } from './response';
import { TransportError, type TransportResponse } from './transport';

export type Verdict =
  | { readonly kind: 'done'; readonly json: unknown; readonly status: number; readonly requestId: string | undefined }
  | { readonly kind: 'retry'; readonly after: 'backoff' | 'throttled'; readonly error: ApiError }
  | { readonly kind: 'stop'; readonly error: ApiError };

export interface AttemptContext {
  readonly operation: string;
  readonly moneyMoving: boolean;
  readonly localNow: Date;
}

const THROTTLE_CODES = new Set(['APIG.0308', 'CBC.0250']);
const MAX_SKEW_MINUTES = 15;

export function classifyTransportError(e: TransportError, ctx: AttemptContext): Verdict {
  const info = { operation: ctx.operation, possiblySent: e.possiblySent };
  if (!e.possiblySent) {
    const error = new ApiError('API_NETWORK', { ...info, outcome: 'failed' }, { reason: e.message });
    return ctx.moneyMoving || e.failure === 'aborted' ? { kind: 'stop', error } : { kind: 'retry', after: 'backoff', error };
  }
  if (ctx.moneyMoving) {
    return { kind: 'stop', error: new ApiError('API_OUTCOME_UNKNOWN', { ...info, outcome: 'unknown' }, { reason: `${e.failure}: ${e.message}` }) };
  }
  const error = new ApiError('API_SERVER_ERROR', { ...info, outcome: 'failed' }, { reason: `${e.failure}: ${e.message}` });
  return e.failure === 'aborted' ? { kind: 'stop', error } : { kind: 'retry', after: 'backoff', error };
}

export function classifyResponse(res: TransportResponse, ctx: AttemptContext): Verdict {
  const requestId = headerOf(res, 'x-request-id');
  const parsed = parseBody(res);
  const json = parsed?.json;
  const ok = res.status >= 200 && res.status < 300;
  // Legacy quirk: business errors can arrive inside HTTP 200 bodies, top-level only.
  const hw = parsed ? huaweiErrorOf(json, ok ? 0 : 2) : null;
  const base = { operation: ctx.operation, possiblySent: true, status: res.status, requestId, body: json } as const;
  const withCode = hw ? { huaweiCode: hw.code, huaweiMessage: hw.message.slice(0, 500) } : {};
  const meaning = huaweiCodeMeaning(hw?.code);
  const failed = (code: ConstructorParameters<typeof ApiError>[0], details: Record<string, unknown> = {}) =>
    new ApiError(code, { ...base, ...withCode, outcome: 'failed' }, { meaningEn: meaning.en, meaningZh: meaning['zh-CN'], ...details });

  if (res.status === 429 || (hw && THROTTLE_CODES.has(hw.code))) {
    // Throttled requests were refused, not executed; still, a money call is not re-sent here.
    const error = failed('API_RATE_LIMITED', { huaweiCode: hw?.code ?? 'HTTP 429' });
    return ctx.moneyMoving ? { kind: 'stop', error } : { kind: 'retry', after: 'throttled', error };
  }
  if (res.status >= 500) {
    const reason = hw ? `${hw.code} ${hw.message.slice(0, 200)}` : `HTTP ${res.status}`;
    if (ctx.moneyMoving) {
      return { kind: 'stop', error: new ApiError('API_OUTCOME_UNKNOWN', { ...base, ...withCode, outcome: 'unknown' }, { reason }) };
    }
    return { kind: 'retry', after: 'backoff', error: hw ? failed('API_HUAWEI_ERROR') : failed('API_SERVER_ERROR', { reason }) };
  }
  if (ok && parsed === null) {
    const reason = 'the body is not JSON';
    if (ctx.moneyMoving) return { kind: 'stop', error: new ApiError('API_OUTCOME_UNKNOWN', { ...base, outcome: 'unknown' }, { reason }) };
    return { kind: 'stop', error: failed('API_INVALID_RESPONSE', { reason }) };
  }
  if (ok && !hw) return { kind: 'done', json, status: res.status, requestId };
  if (res.status === 401 || res.status === 403) {
    const skew = clockSkewMinutes(res, ctx.localNow);
    if (skew !== null && Math.abs(skew) > MAX_SKEW_MINUTES) return { kind: 'stop', error: failed('API_CLOCK_SKEW', { skewMinutes: skew }) };
    if (res.status === 401) return { kind: 'stop', error: failed('API_AUTH_FAILED') };
  }
  return { kind: 'stop', error: hw ? failed('API_HUAWEI_ERROR') : failed('API_HTTP_ERROR') };
}
