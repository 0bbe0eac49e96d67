import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanKind, PlanParams } from '../../../shared/contract/channels/plans';
import { useActiveRole } from '../../stores/active-role';
import { useQuotaOptions } from '../vouchers/quota-options';
import { limitLanguage } from '../vouchers/voucher-columns';
import { PlanQuotaPicker, timeText } from './PlanQuotaPicker';
import { choiceProblem, findChoice } from './quota-choice';

/** Which plan-level settings a kind takes (none for funding plans and coupon reclaims). */
export function paramsOf(kind: PlanKind): { quota: 'quotaId' | 'parentQuotaId' | null; remark: boolean } {
  return {
    quota: kind === 'issue-coupons' ? 'quotaId' : kind === 'grant-quotas' ? 'parentQuotaId' : null,
    remark: kind === 'reclaim-quotas',
  };
}

export const takesParams = (kind: PlanKind): boolean => {
  const p = paramsOf(kind);
  return p.quota !== null || p.remark;
};

/** The screen's clock for validity checks, refreshed every minute (a quota may expire while the form is open). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The voucher plans' settings: the quota drawn on (picked from the synced quotas; for an issue
 * plan a T1's child quota also names the T2) and the reclaim remark. `onBlocked` hears whether
 * the chosen quota is refused, so the form can hold its submit until the choice is fixed.
 */
export function PlanParamsFields({ kind, value, onChange, disabled, onBlocked }: {
  kind: PlanKind;
  value: PlanParams;
  onChange: (p: PlanParams) => void;
  disabled?: boolean;
  onBlocked?: (blocked: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const p = paramsOf(kind);
  const t1 = useActiveRole() === 'T1';
  const { options, loaded } = useQuotaOptions(kind === 'grant-quotas' ? 'grant' : 'issue', t1, true);
  const now = useNow();
  // Another kind's settings do not apply: a grant plan draws on our own quota, never for a T2.
  const { indirectPartnerId: _t2, ...own } = value;
  const shownValue: PlanParams = kind === 'issue-coupons' ? value : own;
  const lang = limitLanguage(i18n.language);
  const blocked = p.quota !== null && loaded && choiceProblem(findChoice(options, shownValue.quotaId, shownValue.indirectPartnerId), shownValue.quotaId, now, lang, timeText) !== null;
  useEffect(() => onBlocked?.(blocked), [blocked, onBlocked]);
  return (
    <>
      {p.quota ? (
        <PlanQuotaPicker label={t(`plans.params.${p.quota}`)} options={options} loaded={loaded} value={shownValue} onChange={onChange} disabled={disabled} now={now} />
      ) : null}
      {p.remark ? (
        <label className="field">
          <span>{t('plans.params.remark')}</span>
          <input data-testid="plan-param-remark" value={value.remark ?? ''} maxLength={256} disabled={disabled} onChange={(e) => onChange({ ...value, remark: e.target.value })} />
        </label>
      ) : null}
    </>
  );
}
