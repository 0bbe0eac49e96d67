// Live plans and approvals in a team (issue #16): another workstation's edits, approvals, item
// outcomes and roster changes arrive as `plans.changed` and the plans screen reloads what they
// touch. A run sends one event per item, so events are gathered for DEBOUNCE_MS and answered
// with one reload each of the list, the open plan and the roster.
import { bridge } from '../bridge';
import type { EventMap } from '../../shared/contract/events';
import { useApproversStore } from './approvers-store';
import { usePlansStore } from './plans-store';

export const DEBOUNCE_MS = 150;

type Change = EventMap['plans.changed'];

interface Pending {
  /** Reload the open plan whatever its id (resync, an event naming no plan, a roster change). */
  anyPlan: boolean;
  planIds: Set<string>;
  roster: boolean;
}

let pending: Pending | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

function note(change: Change): void {
  const p = (pending ??= { anyPlan: false, planIds: new Set(), roster: false });
  // A roster change can make an approval valid or void (approvalValid), so plans reload too.
  if (change.kind === 'resync' || change.kind === 'roster' || change.planId === null) p.anyPlan = true;
  else p.planIds.add(change.planId);
  if (change.kind === 'resync' || change.kind === 'roster') p.roster = true;
  // Not reset by later events: a long burst still reloads every DEBOUNCE_MS, never starves.
  timer ??= setTimeout(() => void flush(), DEBOUNCE_MS);
}

/** Reloads run one after another, so an older answer never lands after a newer one. */
let chain: Promise<void> = Promise.resolve();

/** Runs the gathered reloads, after any still under way; the open plan is matched when they start. */
export function flush(): Promise<void> {
  const p = pending;
  pending = null;
  if (timer) clearTimeout(timer);
  timer = null;
  if (!p) return chain;
  chain = chain.then(() => reload(p)).catch(() => undefined);
  return chain;
}

async function reload(p: Pending): Promise<void> {
  const plans = usePlansStore.getState();
  const open = plans.current?.id;
  const reloads: Promise<void>[] = [plans.load()];
  if (open && (p.anyPlan || p.planIds.has(open))) reloads.push(plans.refreshCurrent());
  // The roster is read only once the approvers panel has loaded it.
  if (p.roster && useApproversStore.getState().setup) reloads.push(useApproversStore.getState().load());
  await Promise.all(reloads);
}

let watching = false;

/** Starts following plan changes once (the plans screen calls it when it first shows). */
export function watchPlanChanges(): void {
  if (watching) return;
  watching = true;
  bridge.onEvent((event) => {
    if (event.name === 'plans.changed') note(event.payload);
  });
}
