// The alert tables of the operations file (journal migration 7) for one profile: its rules
// (replaced as a set), the append-only log of state changes, and what was done about each.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AlertAction, AlertRule, AlertSubject, FiredAlertView } from '../../../shared/contract/channels/alerts';
import {
  alertViews, subjectKeyOf, toRule, type ActionRow, type AlertStore, type EventRow, type LastEvent, type RuleDraft, type RuleRow,
} from '../infra/alert-store/alert-records';

export { subjectKeyOf, type LastEvent, type RuleDraft } from '../infra/alert-store/alert-records';

export class AlertLog {
  constructor(
    private readonly db: Database,
    private readonly profileId: string,
    private readonly now: () => Date,
  ) {}

  rules(): AlertRule[] {
    return (this.db.prepare('SELECT * FROM alert_rule WHERE profile_id = ? ORDER BY position').all(this.profileId) as RuleRow[]).map(toRule);
  }

  saveRules(drafts: readonly RuleDraft[]): AlertRule[] {
    const at = this.now().toISOString();
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM alert_rule WHERE profile_id = ?').run(this.profileId);
      const insert = this.db.prepare(`INSERT INTO alert_rule (profile_id, id, position, kind, amount, percent, days, enabled, updated_at)
        VALUES (@profile, @id, @position, @kind, @amount, @percent, @days, @enabled, @at)`);
      drafts.forEach((d, position) =>
        insert.run({
          profile: this.profileId, id: d.id ?? randomUUID(), position, kind: d.kind,
          amount: d.amount?.trim() ?? null, percent: d.percent ?? null, days: d.days ?? null, enabled: d.enabled ? 1 : 0, at,
        }),
      );
    }).immediate();
    return this.rules();
  }

  last(ruleId: string): LastEvent | null {
    const row = this.db
      .prepare('SELECT * FROM alert_event WHERE profile_id = ? AND rule_id = ? ORDER BY seq DESC LIMIT 1')
      .get(this.profileId, ruleId) as EventRow | undefined;
    if (!row) return null;
    const subjects = JSON.parse(row.subjects) as AlertSubject[];
    return { seq: row.seq, state: row.state, subjectKey: row.subject_key, subjectIds: new Set(subjects.map((s) => s.id)) };
  }

  append(rule: AlertRule, subjects: readonly AlertSubject[]): number {
    const info = this.db
      .prepare(`INSERT INTO alert_event (profile_id, rule_id, kind, amount, percent, days, at, state, subject_key, subjects)
        VALUES (@profile, @rule, @kind, @amount, @percent, @days, @at, @state, @key, @subjects)`)
      .run({
        profile: this.profileId, rule: rule.id, kind: rule.kind, amount: rule.amount, percent: rule.percent, days: rule.days,
        at: this.now().toISOString(), state: subjects.length ? 'firing' : 'cleared', key: subjectKeyOf(rule, subjects),
        subjects: JSON.stringify(subjects),
      });
    return Number(info.lastInsertRowid);
  }

  act(seq: number, action: AlertAction, operator: string, planId: string | null = null): void {
    this.db
      .prepare('INSERT INTO alert_action (event_seq, at, operator, action, plan_id) VALUES (?, ?, ?, ?, ?)')
      .run(seq, this.now().toISOString(), operator, action, planId);
  }

  checked(at: string): void {
    this.db.prepare('INSERT INTO alert_check (profile_id, checked_at) VALUES (?, ?) ON CONFLICT (profile_id) DO UPDATE SET checked_at = excluded.checked_at').run(this.profileId, at);
  }

  lastCheckedAt(): string | null {
    return (this.db.prepare('SELECT checked_at AS at FROM alert_check WHERE profile_id = ?').get(this.profileId) as { at: string } | undefined)?.at ?? null;
  }

  /** Rules whose latest event fires (and that still exist and are enabled). */
  firingCount(): number {
    return this.list(500).filter((e) => e.current).length;
  }

  get(seq: number): FiredAlertView | null {
    const row = this.db.prepare('SELECT * FROM alert_event WHERE profile_id = ? AND seq = ?').get(this.profileId, seq) as EventRow | undefined;
    return row ? this.views([row])[0]! : null;
  }

  list(limit: number): FiredAlertView[] {
    const rows = this.db
      .prepare('SELECT * FROM alert_event WHERE profile_id = ? ORDER BY seq DESC LIMIT ?')
      .all(this.profileId, limit) as EventRow[];
    return this.views(rows);
  }

  private views(rows: readonly EventRow[]): FiredAlertView[] {
    if (rows.length === 0) return [];
    const latest = new Map(
      (this.db
        .prepare(`SELECT rule_id AS rule, MAX(seq) AS seq FROM alert_event WHERE profile_id = ? GROUP BY rule_id`)
        .all(this.profileId) as { rule: string; seq: number }[]).map((r) => [r.rule, r.seq]),
    );
    const live = new Set(this.rules().filter((r) => r.enabled).map((r) => r.id));
    const seqs = rows.map((r) => r.seq);
    const found = this.db
      .prepare(`SELECT * FROM alert_action WHERE event_seq IN (${seqs.map(() => '?').join(',')}) ORDER BY seq`)
      .all(...seqs) as ActionRow[];
    return alertViews(rows, latest, live, found);
  }
}

/** The solo store: each call one synchronous SQLite step, resolved. */
export class SqliteAlertStore implements AlertStore {
  constructor(private readonly log: AlertLog) {}
  rules = async () => this.log.rules();
  saveRules = async (drafts: readonly RuleDraft[]) => this.log.saveRules(drafts);
  last = async (ruleId: string) => this.log.last(ruleId);
  append = async (rule: AlertRule, subjects: readonly AlertSubject[]) => this.log.append(rule, subjects);
  act = async (seq: number, action: AlertAction, operator: string, planId: string | null = null) => this.log.act(seq, action, operator, planId);
  checked = async (at: string) => this.log.checked(at);
  lastCheckedAt = async () => this.log.lastCheckedAt();
  firingCount = async () => this.log.firingCount();
  get = async (seq: number): Promise<FiredAlertView | null> => this.log.get(seq);
  list = async (limit: number) => this.log.list(limit);
}
