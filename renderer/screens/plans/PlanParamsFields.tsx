import { useTranslation } from 'react-i18next';
import type { PlanKind, PlanParams } from '../../../shared/contract/channels/plans';

/** Which plan-level settings a kind takes (none for funding plans and coupon reclaims). */
export function paramsOf(kind: PlanKind): { quota: 'quotaId' | 'parentQuotaId' | null; t2: boolean; remark: boolean } {
  return {
    quota: kind === 'issue-coupons' ? 'quotaId' : kind === 'grant-quotas' ? 'parentQuotaId' : null,
    t2: kind === 'issue-coupons',
    remark: kind === 'reclaim-quotas',
  };
}

export const takesParams = (kind: PlanKind): boolean => {
  const p = paramsOf(kind);
  return p.quota !== null || p.t2 || p.remark;
};

/** The voucher plans' settings: the quota drawn on, the T2 issued for, the reclaim remark. */
export function PlanParamsFields({ kind, value, onChange, disabled }: { kind: PlanKind; value: PlanParams; onChange: (p: PlanParams) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const p = paramsOf(kind);
  return (
    <>
      {p.quota ? (
        <label className="field">
          <span>{t(`plans.params.${p.quota}`)}</span>
          <input data-testid="plan-param-quota" value={value.quotaId ?? ''} maxLength={64} disabled={disabled} onChange={(e) => onChange({ ...value, quotaId: e.target.value })} />
        </label>
      ) : null}
      {p.t2 ? (
        <label className="field">
          <span>{t('plans.params.t2')}</span>
          <input data-testid="plan-param-t2" value={value.indirectPartnerId ?? ''} maxLength={64} disabled={disabled} onChange={(e) => onChange({ ...value, indirectPartnerId: e.target.value })} />
          <small className="help">{t('plans.params.t2Help')}</small>
        </label>
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
