// Alerts (issue #15): rules per profile, checked after every sync against the local store;
// a log of what fired, when, and what was done about it. A rule notifies (OS notification)
// once per state change — when it starts firing or a new subject joins — never on every sync.
import { z } from 'zod';
import { isAmountString } from '../../domain/money';
import { rule } from '../../domain/validation-messages';
import { channel } from '../define';

export const ALERT_KINDS = [
  /** The partner's own allocatable balance is below `amount`. */
  'partner-allocatable-below',
  /** T1 only: a T2 reseller's balance is below `amount`. */
  't2-below',
  /** A resale customer's balance is below `amount`. */
  'customer-below',
  /** A customer owes money (debt above zero). */
  'customer-in-debt',
  /** A voucher quota's balance is below `percent` % of its value. */
  'quota-below-percent',
  /** A voucher quota expires within `days` days. */
  'quota-expiring',
  /** Issued vouchers expire within `days` days. */
  'vouchers-expiring',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Which parameter each kind takes (the rule's other parameters must be absent). */
export const ALERT_PARAMETER: Readonly<Record<AlertKind, 'amount' | 'percent' | 'days' | null>> = {
  'partner-allocatable-below': 'amount',
  't2-below': 'amount',
  'customer-below': 'amount',
  'customer-in-debt': null,
  'quota-below-percent': 'percent',
  'quota-expiring': 'days',
  'vouchers-expiring': 'days',
};

/** Kinds whose subjects can be funded from a draft plan ("Fund these"). */
export const FUNDABLE_KINDS: ReadonlySet<AlertKind> = new Set(['t2-below', 'customer-below', 'customer-in-debt']);

export interface AlertRule {
  readonly id: string;
  readonly kind: AlertKind;
  /** Decimal text (yuan / dollars) for the "below" money kinds. */
  readonly amount: string | null;
  readonly percent: number | null;
  readonly days: number | null;
  readonly enabled: boolean;
}

/** One thing an alert is about: a customer, a T2, a quota, a voucher or the partner itself. */
export interface AlertSubject {
  readonly id: string;
  readonly name: string | null;
  /** The value that made it fire: a balance or debt (decimal text), or an expiry time (ISO). */
  readonly value: string;
  /** For customers of a T2: the T2 (a draft plan needs it). */
  readonly indirectPartnerId?: string | null;
}

export type AlertAction = 'notified' | 'draft-plan';

export interface AlertActionView {
  readonly action: AlertAction;
  readonly at: string;
  readonly operator: string;
  readonly planId: string | null;
}

export interface FiredAlertView {
  readonly seq: number;
  readonly ruleId: string;
  readonly kind: AlertKind;
  /** The rule's parameter at the time it fired. */
  readonly amount: string | null;
  readonly percent: number | null;
  readonly days: number | null;
  readonly at: string;
  /** firing: the rule's condition holds for `subjects`; cleared: it no longer holds. */
  readonly state: 'firing' | 'cleared';
  readonly subjects: readonly AlertSubject[];
  /** True for the latest event of a rule that still fires. */
  readonly current: boolean;
  readonly actions: readonly AlertActionView[];
}

export interface AlertCheckResult {
  readonly checkedAt: string;
  readonly firing: number;
  /** Events appended by this check (state changes only). */
  readonly changed: readonly FiredAlertView[];
}

const amount = z.string().max(32).refine((s) => isAmountString(s.trim()) && !s.trim().startsWith('-'), rule('alertAmount'));

export const alertRuleInput = z
  .strictObject({
    id: z.string().min(1).max(64).optional(),
    kind: z.enum(ALERT_KINDS),
    amount: amount.optional(),
    percent: z.number().int().min(1).max(100).optional(),
    days: z.number().int().min(1).max(366).optional(),
    enabled: z.boolean().default(true),
  })
  .superRefine((r, ctx) => {
    const wanted = ALERT_PARAMETER[r.kind];
    for (const p of ['amount', 'percent', 'days'] as const) {
      if (p === wanted && r[p] === undefined) ctx.addIssue({ code: 'custom', path: [p], ...rule('alertParameterMissing') });
      if (p !== wanted && r[p] !== undefined) ctx.addIssue({ code: 'custom', path: [p], ...rule('alertParameterUnexpected') });
    }
  });
export type AlertRuleInput = z.input<typeof alertRuleInput>;

export const alertsChannels = {
  /** The active profile's rules. */
  rules: channel<readonly AlertRule[]>()(z.undefined().optional(), ['ALERTS_UNAVAILABLE']),
  /** Replaces the active profile's rules (each checked as the next sync's check will be). */
  saveRules: channel<readonly AlertRule[]>()(z.strictObject({ rules: z.array(alertRuleInput).max(50) }), ['ALERTS_UNAVAILABLE']),
  /** The fired-alert log, newest first. */
  list: channel<readonly FiredAlertView[]>()(
    z.strictObject({ limit: z.number().int().min(1).max(500).default(100) }).optional(),
    ['ALERTS_UNAVAILABLE'],
  ),
  /** Checks every rule against the local store now (also done after every sync). */
  check: channel<AlertCheckResult>()(z.undefined().optional(), ['ALERTS_UNAVAILABLE', 'STORE_UNAVAILABLE', 'STORE_CORRUPT']),
  /** "Fund these": a draft plan funding the alert's customers (or T2s) up to the rule's amount. */
  fundThese: channel<{ readonly planId: string; readonly rows: number }>()(
    z.strictObject({ seq: z.number().int().min(1) }),
    ['ALERTS_UNAVAILABLE', 'ALERT_NOT_FOUND', 'ALERT_NOT_FUNDABLE', 'ALERT_NOTHING_TO_FUND'],
  ),
  /** Records that this workstation showed the alert's OS notification. */
  markNotified: channel<FiredAlertView>()(z.strictObject({ seq: z.number().int().min(1) }), ['ALERTS_UNAVAILABLE', 'ALERT_NOT_FOUND']),
};
