// Events the main side pushes to the renderer (Electron: webContents.send; web host: SSE).
// Each area adds its events to EventMap.
import type { TeamStatusView } from './channels/team';


export interface ConnectivityEvent {
  readonly online: boolean;
  /** ISO time since when the endpoint has been unreachable (or reachable). */
  readonly since: string;
  readonly endpoint: string;
  readonly reason?: string;
}

export interface ProgressEvent {
  /** What is progressing, e.g. "sync:customers" or "plan:<id>". */
  readonly task: string;
  readonly done: number;
  readonly total: number | null;
  readonly ratePerSecond: number;
  readonly etaSeconds: number | null;
  readonly state: 'running' | 'paused' | 'done' | 'failed' | 'cancelled';
  readonly detail?: Readonly<Record<string, string | number>>;
}

export interface EventMap {
  'app.connectivity': ConnectivityEvent;
  'task.progress': ProgressEvent;
  'settings.changed': { readonly key: string };
  /** A money-journal entry changed state (Activity refreshes; plans follow their items). */
  'money.journal': { readonly entryId: string; readonly state: string; readonly planId: string | null };
  /** A sync run finished (every list done, failed or cancelled): the overview reloads, alerts are checked. */
  'sync.finished': { readonly startedAt: string | null; readonly finishedAt: string };
  /** An alert rule changed state (started firing, a new subject, or cleared), after a check. */
  /** The active profile's link to its team database changed (connected, lost, back). */
  'team.status': TeamStatusView;
  /** A plan, its items or its approval changed on another workstation (a team database); or
   *  `resync`: the link was down, so reload every plan shown. */
  'plans.changed': { readonly planId: string | null; readonly kind: 'plan' | 'plan-item' | 'approval' | 'roster' | 'resync' };
  'alerts.changed': { readonly seq: number; readonly ruleId: string; readonly state: 'firing' | 'cleared'; readonly notify: boolean; readonly title: string; readonly body: string };
}

export type EventName = keyof EventMap;
export type AppEvent = { [K in EventName]: { readonly name: K; readonly payload: EventMap[K] } }[EventName];
