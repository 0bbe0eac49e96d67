import { isIpcError, type IpcError } from '../../shared/contract/errors';

/**
 * The typed error of a failed call: ApiError carries one (checked by shape, so modules that
 * use this need not import the bridge); anything else becomes INTERNAL with its message.
 */
export function errorOf(e: unknown): IpcError {
  const carried = typeof e === 'object' && e !== null ? (e as { error?: unknown }).error : undefined;
  if (isIpcError(carried)) return carried;
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'INTERNAL', message, messages: { en: message, 'zh-CN': message }, details: {} };
}
