// What a list could not fetch, kept for the status and the store.
import { AppError } from '../../../shared/contract';
import type { SyncFailure } from '../../../shared/contract/channels/sync';

export function toFailure(what: string, error: unknown): SyncFailure {
  if (error instanceof AppError) {
    const d = error.details as Record<string, unknown>;
    const huawei = typeof d.huaweiCode === 'string' && d.huaweiCode !== '—' ? d.huaweiCode : undefined;
    const requestId = typeof d.requestId === 'string' && d.requestId !== '—' ? d.requestId : undefined;
    return { what, code: huawei ?? error.code, message: error.message, ...(requestId ? { requestId } : {}) };
  }
  return { what, code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/** Errors meaning "the endpoint cannot be reached" rather than "this request failed". */
export function isUnreachable(error: unknown): boolean {
  return error instanceof AppError && error.code === 'API_NETWORK';
}

export function isAbort(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'AbortError';
}
