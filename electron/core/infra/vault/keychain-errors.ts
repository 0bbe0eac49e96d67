// libsecret's error texts when no usable keychain exists (measured: shared/recipes/README.md),
// mapped to a typed failure. The raw text never reaches the operator: it may be long, English
// only, and (in theory) echo arguments.
import { AppError } from '../../../../shared/contract/errors';
import type { KeychainFailure } from './vault';

const PATTERNS: readonly (readonly [RegExp, KeychainFailure])[] = [
  [/Cannot autolaunch D-Bus without X11/i, 'no-session-bus'],
  [/org\.freedesktop\.secrets was not provided by any \.service files/i, 'no-secret-service'],
  [/Could not connect: No such file or directory|Could not connect:|Failed to connect to socket/i, 'bus-unreachable'],
  [/Object does not exist at path "\/org\/freedesktop\/secrets\/collection\/login"|collection is locked|Cannot create an item in a locked collection/i, 'locked'],
];

export function classifyKeychainError(error: unknown): KeychainFailure | null {
  const text = error instanceof Error ? error.message : String(error);
  for (const [pattern, failure] of PATTERNS) if (pattern.test(text)) return failure;
  return null;
}

/** The typed error for "there is no keychain"; `operation` says what could not be done. */
export function keychainUnavailable(reason: KeychainFailure, operation: 'store' | 'read' | 'delete' | 'check'): AppError {
  return new AppError('KEYCHAIN_UNAVAILABLE', { reason, operation });
}

/** Any keytar failure as an AppError: a known "no keychain" text or a generic keychain failure. */
export function toKeychainError(error: unknown, operation: 'store' | 'read' | 'delete' | 'check'): AppError {
  if (error instanceof AppError) return error;
  const failure = classifyKeychainError(error);
  return failure ? keychainUnavailable(failure, operation) : new AppError('KEYCHAIN_FAILED', { operation });
}
