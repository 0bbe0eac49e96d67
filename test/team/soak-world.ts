// What the team soak's parent (soak-harness.ts) and its child processes (soak-child.ts) share:
// the child's arguments, the single operations offered to every child, and the world clock.
//
// The world clock runs fast, the same in every process: world time = t0 + (real − t0) × speed.
// Every process on the machine reads the same real clock, and the sandbox (in the parent) is
// given the same formula, so a workstation's clock, its journal's times and the server's
// clock never drift apart, also for a child started after a kill. Settle times stay the
// production rules (minutes of world time); at 60× they pass in seconds of real time. A clock
// that jumped in one process and not yet in another would shift the server-clock window of
// reconciliation by the jump, past its margin: hence a formula, not jumps.
import type { TeamConnectionConfig } from '../../electron/core/infra/team/connection';

/** World seconds per real second: the 3-minute settle time passes in 3 s. */
export const WORLD_SPEED = 60;

/** The children's HTTP client timeout (real time), as the money harness's are short. */
export const SOAK_CLIENT_TIMEOUT_MS = 2000;

/** Advisory lock space of the offers' desks (soak-child.ts), apart from the app's LOCK_SPACE. */
export const OFFER_LOCK_SPACE = 0x534b_0001;

export interface WorldClockSpec {
  readonly t0: number;
  readonly speed: number;
}

export function worldNow(spec: WorldClockSpec): () => Date {
  return () => new Date(spec.t0 + (Date.now() - spec.t0) * spec.speed);
}

/** A single funding offered to every child: the same intent, whoever gets to it. */
export interface Offer {
  readonly n: number;
  readonly customerId: string;
  readonly amount: string;
}

export interface SoakChildArgs {
  /** 1–4: children 1–2 use folder A, 3–4 folder B. */
  readonly index: number;
  /** The child's data folder (its log). */
  readonly folder: string;
  /** The login this child works as (alice or bob), with an application name naming the child. */
  readonly team: TeamConnectionConfig;
  readonly sandboxUrl: string;
  readonly ak: string;
  readonly sk: string;
  readonly domainId: string;
  readonly accountName: string;
  readonly clock: WorldClockSpec;
  readonly planIds: readonly string[];
  readonly offers: readonly Offer[];
  readonly seed: number;
  /** Real time (ms) at which the first children start together, contending for the first plan. */
  readonly startAt: number;
  /** Real time (ms) after which a child gives up (exit 3). */
  readonly deadline: number;
}

/** One line a child prints per thing the parent counts. */
export type SoakEvent =
  | { readonly ev: 'ready' | 'finished' }
  | { readonly ev: 'plan-run' | 'plan-resumed' | 'plan-running-elsewhere' | 'plan-running' | 'plan-reconciled'; readonly plan: string }
  | { readonly ev: 'plan-error'; readonly plan: string; readonly error: string }
  | { readonly ev: 'offer-sent' | 'offer-resent' | 'twin-refused' | 'twin-sent' | 'offer-reconciled'; readonly offer: number; readonly state?: string }
  | { readonly ev: 'offer-error'; readonly offer: number; readonly error: string };

/** Exit codes of soak-child.ts besides 0 (done) and 1 (crashed). */
export const EXIT_DEADLINE = 3;
