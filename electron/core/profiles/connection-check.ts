// "Test connection": one ListPartnerBalances call, and every way it can fail turned into
// the message an operator can act on (unreachable, wrong SK, no permission, other).
import type { BalanceView } from '../../../shared/contract/channels/profiles';
import { AppError } from '../../../shared/contract/errors';
import type { PartnerApi } from '../infra/session';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
]);

function networkCause(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== 'object' || depth > 3) return null;
  const e = error as { code?: unknown; cause?: unknown; name?: unknown };
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return e.code;
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return 'timeout';
  return networkCause(e.cause, depth + 1);
}

/**
 * Maps a failed check to the message an operator acts on. The signed client's ApiError
 * (electron/core/infra/http) carries status/huaweiCode/requestId; other typed errors (clock skew,
 * throttling, keychain) already say what to do and pass through. Details carry codes only.
 */
export function mapConnectionError(error: unknown, endpoint: string): AppError {
  if (error instanceof AppError) {
    const d = error.details;
    const status = typeof d.status === 'number' ? d.status : undefined;
    const huaweiCode = typeof d.huaweiCode === 'string' && d.huaweiCode !== '—' ? d.huaweiCode : '';
    const requestId = typeof d.requestId === 'string' && d.requestId !== '—' ? d.requestId : undefined;
    const suffix = huaweiCode ? `, ${huaweiCode}` : '';
    if (error.code === 'API_NETWORK') {
      return new AppError('PROFILE_ENDPOINT_UNREACHABLE', { endpoint, cause: networkCause(error) ?? shortReason(d.reason) });
    }
    if (error.code === 'API_AUTH_FAILED' || status === 401) return new AppError('PROFILE_SK_REJECTED', { apiCode: suffix, requestId });
    if (status === 403 && error.code !== 'API_CLOCK_SKEW') return new AppError('PROFILE_ACCESS_DENIED', { apiCode: suffix, requestId });
    if (error.code === 'API_HUAWEI_ERROR' || error.code === 'API_HTTP_ERROR') {
      const apiMessage = typeof d.huaweiMessage === 'string' ? d.huaweiMessage.slice(0, 200) : '';
      return new AppError('PROFILE_CONNECTION_FAILED', { apiCode: huaweiCode, apiMessage, status: status ?? '—', requestId });
    }
    return error;
  }
  return new AppError('PROFILE_ENDPOINT_UNREACHABLE', { endpoint, cause: networkCause(error) ?? 'network error' });
}

function shortReason(reason: unknown): string {
  return typeof reason === 'string' ? reason.slice(0, 120) : 'network error';
}

function toBalances(body: unknown): BalanceView[] {
  const list = (body as { account_balances?: unknown } | null)?.account_balances;
  if (!Array.isArray(list)) return [];
  return list.map((b: { account_type?: unknown; amount?: unknown; currency?: unknown }) => ({
    accountType: Number(b.account_type),
    amount: String(b.amount),
    currency: typeof b.currency === 'string' ? b.currency : '',
  }));
}

export async function checkConnection(api: PartnerApi, endpoint: string): Promise<{ balances: BalanceView[]; elapsedMs: number }> {
  const started = Date.now();
  try {
    const body = await api.funding.listPartnerBalances({});
    return { balances: toBalances(body), elapsedMs: Date.now() - started };
  } catch (error) {
    throw mapConnectionError(error, endpoint);
  }
}
