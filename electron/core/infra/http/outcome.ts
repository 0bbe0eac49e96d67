// What a partner-API call came to. A journal needs three answers, not two: `done`,
// `failed` (Huawei said no, or the request never left) and `unknown` (it may have happened).
import { AppError, type ErrorCode } from '../../../../shared/contract/errors';

export type Outcome = 'done' | 'failed' | 'unknown';

export interface ApiErrorInfo {
  readonly outcome: 'failed' | 'unknown';
  /** False only when the request certainly never reached the network (local refusal, connect failure). */
  readonly possiblySent: boolean;
  readonly operation: string;
  readonly status?: number;
  readonly huaweiCode?: string;
  readonly huaweiMessage?: string;
  readonly requestId?: string;
  /** Parsed (lossless) error body, e.g. CreateSubCustomer's ids with CBC.99000050. */
  readonly body?: unknown;
}

/** An AppError with the call's outcome; its details never carry secrets. */
export class ApiError extends AppError {
  readonly outcome: 'failed' | 'unknown';
  readonly possiblySent: boolean;
  readonly operation: string;
  readonly status: number | undefined;
  readonly huaweiCode: string | undefined;
  readonly requestId: string | undefined;
  readonly body: unknown;

  constructor(code: ErrorCode, info: ApiErrorInfo, details: Readonly<Record<string, unknown>> = {}) {
    super(code, {
      operation: info.operation,
      outcome: info.outcome,
      possiblySent: info.possiblySent,
      status: info.status ?? '—',
      huaweiCode: info.huaweiCode ?? '—',
      huaweiMessage: info.huaweiMessage ?? '',
      requestId: info.requestId ?? '—',
      ...details,
    });
    this.name = 'ApiError';
    this.outcome = info.outcome;
    this.possiblySent = info.possiblySent;
    this.operation = info.operation;
    this.status = info.status;
    this.huaweiCode = info.huaweiCode;
    this.requestId = info.requestId;
    this.body = info.body;
  }
}

export type Settled<T> =
  | { readonly outcome: 'done'; readonly value: T }
  | { readonly outcome: 'failed'; readonly error: AppError; readonly possiblySent: boolean }
  | { readonly outcome: 'unknown'; readonly error: ApiError; readonly possiblySent: true };

/**
 * Turns a call into a three-way result for journals. Any non-API AppError (e.g. a local
 * validation refusal) is `failed` and not sent; anything else unexpected is rethrown.
 */
export async function settle<T>(call: Promise<T>): Promise<Settled<T>> {
  try {
    return { outcome: 'done', value: await call };
  } catch (error) {
    if (error instanceof ApiError) {
      return error.outcome === 'unknown'
        ? { outcome: 'unknown', error, possiblySent: true }
        : { outcome: 'failed', error, possiblySent: error.possiblySent };
    }
    if (error instanceof AppError) return { outcome: 'failed', error, possiblySent: false };
    throw error;
  }
}
