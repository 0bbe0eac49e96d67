// The injected faults every write descriptor is tested under (money and voucher fault matrices).
import type { JournalState } from '../../../shared/contract/channels/activity';
import type { FaultKind, RunningSandbox } from '../../../electron/sandbox/index';
import type { WorldClock } from '../../support/world-clock';
import { CLIENT_TIMEOUT_MS } from './harness';

export const DELAY_MS = CLIENT_TIMEOUT_MS + 300;

/** What the client must conclude, and what reconciliation must find. */
export interface FaultCase {
  readonly name?: string;
  readonly kind: FaultKind;
  readonly status?: number;
  readonly body?: 'none' | 'html';
  /** Records show this long after the write (sandbox record lag, every write). */
  readonly lagSeconds?: number;
  /** The server's clock against the workstation's. */
  readonly skewMs?: number;
  readonly sent: JournalState;
  readonly final: JournalState;
}

export const FAULTS: readonly FaultCase[] = [
  { kind: 'drop-after-commit', sent: 'unknown', final: 'reconciled-done' },
  { kind: 'error-before-commit', status: 503, sent: 'unknown', final: 'reconciled-not-applied' },
  { kind: 'error-after-commit', status: 500, sent: 'unknown', final: 'reconciled-done' },
  { kind: 'delay', sent: 'unknown', final: 'reconciled-done' },
  { kind: 'reset', sent: 'unknown', final: 'reconciled-not-applied' },
  { kind: 'throttle', sent: 'failed', final: 'failed' },
  { kind: 'malformed-body', sent: 'unknown', final: 'reconciled-done' },
  { kind: 'clock-skew', sent: 'failed', final: 'failed' },
  { name: 'bare 400 after commit', kind: 'error-after-commit', status: 400, body: 'none', sent: 'unknown', final: 'reconciled-done' },
  { name: 'records 2 min late', kind: 'drop-after-commit', lagSeconds: 120, sent: 'unknown', final: 'reconciled-done' },
  { name: 'server clock 10 min behind', kind: 'drop-after-commit', skewMs: -600_000, sent: 'unknown', final: 'reconciled-done' },
  { name: 'server clock 10 min ahead', kind: 'error-before-commit', status: 503, skewMs: 600_000, sent: 'unknown', final: 'reconciled-not-applied' },
];


/** Arms one case: record lag, server clock skew, and the fault itself (once) on `api`. */
export function injectFault(sb: RunningSandbox, clock: WorldClock, fault: FaultCase, api: string): void {
  if (fault.lagSeconds) sb.control.setRecordLag({ operation: '*', seconds: fault.lagSeconds });
  clock.skewServer(fault.skewMs ?? 0);
  sb.control.addFault({
    operation: api, kind: fault.kind, times: 1,
    ...(fault.status ? { status: fault.status } : {}), ...(fault.body ? { body: fault.body } : {}),
    ...(fault.kind === 'delay' ? { delayMs: DELAY_MS } : {}),
  });
}
