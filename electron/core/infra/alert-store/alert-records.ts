// Where alert rules and the fired-alert log live, as promises: the solo operations file
// (SQLite, alerts/alert-log.ts, per profile) and the team database (infra/team/team-alert-store.ts,
// per partner account, shared by its workstations) both implement it, with the same rows and
// views. Beneath the area, so infra can implement it.
import type {
  AlertAction,
  AlertActionView,
  AlertKind,
  AlertRule,
  AlertSubject,
  FiredAlertView,
} from '../../../../shared/contract/channels/alerts';

export interface RuleRow { id: string; kind: string; amount: string | null; percent: number | null; days: number | null; enabled: number }
export interface EventRow {
  seq: number; rule_id: string; kind: string; amount: string | null; percent: number | null; days: number | null;
  at: string; state: 'firing' | 'cleared'; subject_key: string; subjects: string;
}
export interface ActionRow { event_seq: number; at: string; operator: string; action: AlertAction; plan_id: string | null }

export type RuleDraft = Omit<AlertRule, 'id' | 'amount' | 'percent' | 'days'> & {
  readonly id?: string;
  readonly amount?: string;
  readonly percent?: number;
  readonly days?: number;
};

export interface LastEvent {
  readonly seq: number;
  readonly state: 'firing' | 'cleared';
  readonly subjectKey: string;
  readonly subjectIds: ReadonlySet<string>;
}

export const toRule = (r: RuleRow): AlertRule => ({
  id: r.id, kind: r.kind as AlertKind, amount: r.amount, percent: r.percent, days: r.days, enabled: r.enabled === 1,
});

/** The state a check compares with: the rule's parameter and its sorted subject ids. */
export function subjectKeyOf(rule: AlertRule, subjects: readonly AlertSubject[]): string {
  const ids = subjects.map((s) => s.id).sort();
  return JSON.stringify([rule.amount, rule.percent, rule.days, ids]);
}

export interface AlertStore {
  rules(): Promise<AlertRule[]>;
  /** Replaces the rules as a set. */
  saveRules(drafts: readonly RuleDraft[]): Promise<AlertRule[]>;
  last(ruleId: string): Promise<LastEvent | null>;
  /** Appends a state change; its seq. */
  append(rule: AlertRule, subjects: readonly AlertSubject[]): Promise<number>;
  act(seq: number, action: AlertAction, operator: string, planId?: string | null): Promise<void>;
  checked(at: string): Promise<void>;
  lastCheckedAt(): Promise<string | null>;
  /** Rules whose latest event fires (and that still exist and are enabled). */
  firingCount(): Promise<number>;
  get(seq: number): Promise<FiredAlertView | null>;
  list(limit: number): Promise<FiredAlertView[]>;
}

/** Event rows as the screen shows them: `current` when the rule's latest event fires and the rule is live. */
export function alertViews(
  rows: readonly EventRow[],
  latestSeqByRule: ReadonlyMap<string, number>,
  liveRules: ReadonlySet<string>,
  actionRows: readonly ActionRow[],
): FiredAlertView[] {
  const actions = new Map<number, AlertActionView[]>();
  for (const a of actionRows) {
    const seq = Number(a.event_seq);
    const list = actions.get(seq) ?? [];
    list.push({ action: a.action, at: a.at, operator: a.operator, planId: a.plan_id });
    actions.set(seq, list);
  }
  return rows.map((r) => ({
    seq: Number(r.seq),
    ruleId: r.rule_id,
    kind: r.kind as AlertKind,
    amount: r.amount,
    percent: r.percent,
    days: r.days,
    at: r.at,
    state: r.state,
    subjects: JSON.parse(r.subjects) as AlertSubject[],
    current: r.state === 'firing' && latestSeqByRule.get(r.rule_id) === Number(r.seq) && liveRules.has(r.rule_id),
    actions: actions.get(Number(r.seq)) ?? [],
  }));
}
