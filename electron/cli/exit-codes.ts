// The CLI's documented exit codes (README "Command line"), decided from the router's typed
// errors and from what a money operation ended in.
import type { ErrorCode, IpcError } from '../../shared/contract';
import type { JournalState } from '../../shared/contract/channels/activity';

export const EXIT = {
  /** Done. */
  ok: 0,
  /** Refused: a gate, a policy, a balance check, the data folder in use; nothing was sent. */
  refused: 1,
  /** Bad input: an unknown command or flag, an invalid value, something that does not exist. */
  badInput: 2,
  /** Unknown outcome: a money operation may have been applied; reconcile it (activity reconcile). */
  unknown: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const BAD_INPUT = new Set<ErrorCode>([
  'INVALID_INPUT', 'UNKNOWN_CHANNEL', 'NOT_FOUND', 'PROFILE_NOT_FOUND', 'PLAN_NOT_FOUND', 'PLAN_ROW_NOT_FOUND', 'ALERT_NOT_FOUND',
  'MONEY_AMOUNT_EMPTY', 'MONEY_AMOUNT_FORMAT', 'MONEY_AMOUNT_DECIMALS', 'MONEY_AMOUNT_NOT_POSITIVE', 'MONEY_AMOUNT_TOO_LARGE',
  'MONEY_CUSTOMER_UNKNOWN', 'MONEY_T2_UNKNOWN', 'MONEY_T2_REQUIRED',
  'PLAN_FILE_UNREADABLE', 'PLAN_FILE_EMPTY', 'PLAN_FILE_COLUMNS', 'PLAN_FILE_TOO_MANY_ROWS', 'PLAN_FILE_TOO_LARGE',
  'PLAN_FILE_NOT_XLSX', 'PLAN_FILE_UNPACKED_TOO_LARGE', 'PLAN_FILE_COMPRESSION_RATIO', 'PLAN_FILE_INVALID',
  'VOUCHER_QUOTA_UNKNOWN', 'VOUCHER_RECLAIM_TARGET', 'VOUCHER_FACE_VALUE_OUT_OF_RANGE',
]);

/** After these the money may have moved: never "refused". */
const UNKNOWN_OUTCOME = new Set<ErrorCode>(['JOURNAL_UNAVAILABLE_AFTER_SEND']);

export function exitForError(error: Pick<IpcError, 'code'>): ExitCode {
  if (UNKNOWN_OUTCOME.has(error.code)) return EXIT.unknown;
  return BAD_INPUT.has(error.code) ? EXIT.badInput : EXIT.refused;
}

export function exitForState(state: JournalState): ExitCode {
  if (state === 'done' || state === 'reconciled-done') return EXIT.ok;
  if (state === 'failed' || state === 'reconciled-not-applied') return EXIT.refused;
  return EXIT.unknown;
}
