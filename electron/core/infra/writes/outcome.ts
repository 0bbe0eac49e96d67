// What one send of a write came to. Only a recognised refusal proves "not applied": a code in
// the descriptor's closed list, a gateway throttle, or a failure before the request left.
// Everything else after sending — a bare 4xx, CBC.0999, an unlisted code, an unreadable body,
// a timeout — is `unknown` and must be reconciled from Huawei's records.
import { AppError } from '../../../../shared/contract/errors';
import { ApiError } from '../http/outcome';
import type { WriteDescriptor } from './descriptor';

export type WriteResult =
  | { readonly outcome: 'done'; readonly transId: string; readonly requestId: string | null }
  | { readonly outcome: 'failed'; readonly code: string; readonly message: string; readonly httpStatus: number | null; readonly requestId: string | null }
  | { readonly outcome: 'unknown'; readonly reason: string; readonly requestId: string | null };

export function writeResultOfError(error: unknown, descriptor: Pick<WriteDescriptor, 'refusals'>): WriteResult {
  if (error instanceof ApiError) {
    const requestId = error.requestId ?? null;
    const status = error.status ?? null;
    if (!error.possiblySent) {
      // Refused locally or the connection never opened: nothing reached Huawei.
      return { outcome: 'failed', code: error.huaweiCode ?? error.code, message: error.message, httpStatus: status, requestId };
    }
    if (error.outcome === 'failed' && error.huaweiCode && descriptor.refusals.has(error.huaweiCode)) {
      return { outcome: 'failed', code: error.huaweiCode, message: error.message, httpStatus: status, requestId };
    }
    const what = error.huaweiCode ? `${error.huaweiCode} (not a refusal this operation documents)` : error.code;
    const reason = error.outcome === 'unknown'
      ? String(error.details.reason ?? error.message)
      : `HTTP ${status ?? '—'} ${what}: the answer does not prove the operation was refused`;
    return { outcome: 'unknown', reason, requestId };
  }
  // A local refusal (e.g. the SK is missing from the keychain) happens before sending.
  if (error instanceof AppError) return { outcome: 'failed', code: error.code, message: error.message, httpStatus: null, requestId: null };
  return { outcome: 'unknown', reason: `client error after sending: ${error instanceof Error ? error.message : String(error)}`, requestId: null };
}
