// Alerts of the active profile: its rules checked against the local store after every sync
// (and on request), a state change appended to the log and announced once — the host's OS
// notification (Electron) or the renderer's (web host) — and "Fund these": a draft plan that
// brings the alert's customers or T2s up to the rule's amount (a debt is paid off in full).
import Decimal from 'decimal.js';
import type { Database } from 'better-sqlite3';
import { AppError, type Language } from '../../../shared/contract';
import {
  FUNDABLE_KINDS,
  type AlertCheckResult,
  type AlertRule,
  type AlertRuleInput,
  type FiredAlertView,
} from '../../../shared/contract/channels/alerts';
import type { PlanKind } from '../../../shared/contract/channels/plans';
import { alertRuleText, alertSubjectsText } from '../../../shared/domain/alert-text';
import type { EventBus } from '../event-bus';
import type { ProfileSession } from '../infra/session';
import type { AlertStore } from '../infra/alert-store/alert-records';
import { subjectKeyOf } from './alert-log';
import { evaluateRule } from './evaluate';

/** What a host shows as an OS notification (Electron's Notification); the web host has none. */
export interface HostNotifier {
  notify(notification: { readonly title: string; readonly body: string }): void;
}

export interface DraftPlanRequest {
  readonly kind: PlanKind;
  readonly name: string;
  readonly rows: readonly { readonly target: string; readonly amount: string; readonly memo: string }[];
}

export interface AlertsServiceDeps {
  readonly session: () => ProfileSession;
  /** The active profile's alert store (its operations file, or the team database). */
  readonly store: () => AlertStore;
  readonly snapshot: () => Database;
  readonly events: EventBus;
  readonly language: () => Language;
  readonly now?: () => Date;
  readonly notifier?: HostNotifier;
  /** Creates a draft plan through the plans area; answers its id. */
  readonly createDraftPlan: (request: DraftPlanRequest, operator: string) => Promise<{ readonly id: string }>;
}

/** Who acts when no operator does: the check after a sync. */
const SYSTEM = 'Partner Desk';

export class AlertsService {
  constructor(private readonly deps: AlertsServiceDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private log(): AlertStore {
    try {
      return this.deps.store();
    } catch (error) {
      if (error instanceof AppError && error.code !== 'NO_ACTIVE_PROFILE') throw new AppError('ALERTS_UNAVAILABLE', { reason: error.message });
      throw error;
    }
  }

  rules(): Promise<AlertRule[]> {
    return this.log().rules();
  }

  saveRules(rules: readonly AlertRuleInput[]): Promise<AlertRule[]> {
    return this.log().saveRules(rules.map((r) => ({ ...r, enabled: r.enabled ?? true })));
  }

  list(limit = 100): Promise<FiredAlertView[]> {
    return this.log().list(limit);
  }

  async firing(): Promise<{ firing: number; lastCheckedAt: string | null }> {
    const log = this.log();
    return { firing: await log.firingCount(), lastCheckedAt: await log.lastCheckedAt() };
  }

  /** Evaluates every enabled rule; appends (and announces) only what changed since the last check. */
  async check(): Promise<AlertCheckResult> {
    const log = this.log();
    const store = this.deps.snapshot();
    const now = this.now();
    const changed: FiredAlertView[] = [];
    for (const rule of (await log.rules()).filter((r) => r.enabled)) {
      const subjects = evaluateRule(store, rule, now);
      const last = await log.last(rule.id);
      if (!last && subjects.length === 0) continue;
      if (last && last.subjectKey === subjectKeyOf(rule, subjects)) continue;
      if (last?.state === 'cleared' && subjects.length === 0) continue;
      const seq = await log.append(rule, subjects);
      // Notify when the rule starts firing or someone new joins it, not when subjects only leave.
      const notify = subjects.length > 0 && (last?.state !== 'firing' || subjects.some((s) => !last.subjectIds.has(s.id)));
      const view = (await log.get(seq))!;
      changed.push(view);
      const { title, body } = this.wording(view);
      this.deps.events.emit('alerts.changed', { seq, ruleId: rule.id, state: view.state, notify, title, body });
      if (notify && this.deps.notifier) {
        this.deps.notifier.notify({ title, body });
        await log.act(seq, 'notified', SYSTEM);
      }
    }
    const checkedAt = now.toISOString();
    await log.checked(checkedAt);
    const fresh: FiredAlertView[] = [];
    for (const c of changed) fresh.push((await log.get(c.seq))!);
    return { checkedAt, firing: await log.firingCount(), changed: fresh };
  }

  /** The renderer showed the browser notification of `seq` (web host). */
  async markNotified(seq: number, operator: string): Promise<FiredAlertView> {
    const log = this.log();
    if (!(await log.get(seq))) throw new AppError('ALERT_NOT_FOUND', { seq });
    await log.act(seq, 'notified', operator);
    return (await log.get(seq))!;
  }

  async fundThese(seq: number, operator: string): Promise<{ planId: string; rows: number }> {
    const log = this.log();
    const alert = await log.get(seq);
    if (!alert) throw new AppError('ALERT_NOT_FOUND', { seq });
    if (!FUNDABLE_KINDS.has(alert.kind)) throw new AppError('ALERT_NOT_FUNDABLE', { kind: alertRuleText(alert, this.deps.language()) });
    const rows = alert.subjects
      .map((s) => ({
        target: s.id,
        // in debt: the debt; below: up to the rule's amount (what the sheet asks the second operator to approve).
        amount: alert.kind === 'customer-in-debt' ? new Decimal(s.value) : new Decimal(alert.amount!).minus(s.value),
        memo: `alert #${seq}`,
      }))
      .filter((r) => r.amount.gt(0))
      .map((r) => ({ ...r, amount: r.amount.toDecimalPlaces(2, Decimal.ROUND_UP).toFixed(2) }));
    if (alert.state !== 'firing' || rows.length === 0) throw new AppError('ALERT_NOTHING_TO_FUND', { seq });
    const lang = this.deps.language();
    const date = alert.at.slice(0, 10);
    const plan = await this.deps.createDraftPlan(
      {
        kind: alert.kind === 't2-below' ? 'fund-t2s' : 'fund-customers',
        name: lang === 'zh-CN' ? `提醒 #${seq}：${alertRuleText(alert, lang)}（${date}）` : `Alert #${seq}: ${alertRuleText(alert, lang)} (${date})`,
        rows,
      },
      operator,
    );
    await log.act(seq, 'draft-plan', operator, plan.id);
    return { planId: plan.id, rows: rows.length };
  }

  private wording(alert: FiredAlertView): { title: string; body: string } {
    const lang = this.deps.language();
    const currency = this.deps.session().profile.site === 'intl' ? 'USD' : 'CNY';
    return {
      title: `Partner Desk — ${alertRuleText(alert, lang, currency)}`,
      body: alertSubjectsText(alert.kind, alert.subjects, lang),
    };
  }
}
