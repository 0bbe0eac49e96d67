// Alert rules and the fired-alert log of a shared profile, in the team database (schema
// version 3), per partner account: the same rows and views as the solo file
// (alerts/alert-log.ts). Any workstation's check after its own sync compares with the latest
// event of the rule, whoever logged it, so a state change is logged once for the team; two
// checks at the very same moment may both log it (a repeated line, never a lost change). The
// operator is the login role, stamped by the server.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { AlertAction, AlertRule, AlertSubject, FiredAlertView } from '../../../../shared/contract/channels/alerts';
import {
  alertViews, subjectKeyOf, toRule, type ActionRow, type AlertStore, type EventRow, type LastEvent, type RuleDraft, type RuleRow,
} from '../alert-store/alert-records';
import { inTransaction } from './connection';

type TeamRuleRow = Omit<RuleRow, 'enabled'> & { enabled: boolean };

export class TeamAlertStore implements AlertStore {
  constructor(
    private readonly pool: pg.Pool,
    /** The partner account (domain id) whose rules and log these are. */
    private readonly account: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async rules(): Promise<AlertRule[]> {
    const rows = (await this.pool.query<TeamRuleRow>('SELECT * FROM alert_rule WHERE account = $1 ORDER BY position', [this.account])).rows;
    return rows.map((r) => toRule({ ...r, enabled: r.enabled ? 1 : 0 }));
  }

  async saveRules(drafts: readonly RuleDraft[]): Promise<AlertRule[]> {
    const at = this.now().toISOString();
    await inTransaction(this.pool, async (c) => {
      // One set per account: a save elsewhere in between is replaced whole, never merged.
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`alert-rules:${this.account}`]);
      await c.query('DELETE FROM alert_rule WHERE account = $1', [this.account]);
      for (const [position, d] of drafts.entries()) {
        await c.query(
          'INSERT INTO alert_rule (account, id, position, kind, amount, percent, days, enabled, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
          [this.account, d.id ?? randomUUID(), position, d.kind, d.amount?.trim() ?? null, d.percent ?? null, d.days ?? null, d.enabled, at],
        );
      }
    });
    return this.rules();
  }

  async last(ruleId: string): Promise<LastEvent | null> {
    const row = (await this.pool.query<EventRow>('SELECT * FROM alert_event WHERE account = $1 AND rule_id = $2 ORDER BY seq DESC LIMIT 1', [this.account, ruleId])).rows[0];
    if (!row) return null;
    const subjects = JSON.parse(row.subjects) as AlertSubject[];
    return { seq: Number(row.seq), state: row.state, subjectKey: row.subject_key, subjectIds: new Set(subjects.map((s) => s.id)) };
  }

  async append(rule: AlertRule, subjects: readonly AlertSubject[]): Promise<number> {
    const r = await this.pool.query<{ seq: string }>(
      `INSERT INTO alert_event (account, rule_id, kind, amount, percent, days, at, state, subject_key, subjects)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING seq`,
      [this.account, rule.id, rule.kind, rule.amount, rule.percent, rule.days, this.now().toISOString(), subjects.length ? 'firing' : 'cleared', subjectKeyOf(rule, subjects), JSON.stringify(subjects)],
    );
    return Number(r.rows[0]!.seq);
  }

  /** `_operator`: the server records the login role. */
  async act(seq: number, action: AlertAction, _operator: string, planId: string | null = null): Promise<void> {
    await this.pool.query('INSERT INTO alert_action (event_seq, at, action, plan_id) VALUES ($1, $2, $3, $4)', [seq, this.now().toISOString(), action, planId]);
  }

  async checked(at: string): Promise<void> {
    await this.pool.query('INSERT INTO alert_check (account, checked_at) VALUES ($1, $2) ON CONFLICT (account) DO UPDATE SET checked_at = excluded.checked_at', [this.account, at]);
  }

  async lastCheckedAt(): Promise<string | null> {
    return (await this.pool.query<{ at: string }>('SELECT checked_at AS at FROM alert_check WHERE account = $1', [this.account])).rows[0]?.at ?? null;
  }

  async firingCount(): Promise<number> {
    return (await this.list(500)).filter((e) => e.current).length;
  }

  async get(seq: number): Promise<FiredAlertView | null> {
    const rows = (await this.pool.query<EventRow>('SELECT * FROM alert_event WHERE account = $1 AND seq = $2', [this.account, seq])).rows;
    return rows.length ? (await this.views(rows))[0]! : null;
  }

  async list(limit: number): Promise<FiredAlertView[]> {
    return this.views((await this.pool.query<EventRow>('SELECT * FROM alert_event WHERE account = $1 ORDER BY seq DESC LIMIT $2', [this.account, limit])).rows);
  }

  private async views(rows: readonly EventRow[]): Promise<FiredAlertView[]> {
    if (rows.length === 0) return [];
    const latest = new Map(
      (await this.pool.query<{ rule: string; seq: string }>('SELECT rule_id AS rule, max(seq) AS seq FROM alert_event WHERE account = $1 GROUP BY rule_id', [this.account])).rows.map(
        (r) => [r.rule, Number(r.seq)] as const,
      ),
    );
    const live = new Set((await this.rules()).filter((r) => r.enabled).map((r) => r.id));
    const actions = (await this.pool.query<ActionRow>('SELECT * FROM alert_action WHERE event_seq = ANY($1::bigint[]) ORDER BY seq', [rows.map((r) => Number(r.seq))])).rows;
    return alertViews(rows, latest, live, actions);
  }
}
