import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail, PlanParams } from '../../../shared/contract/channels/plans';
import { api } from '../../bridge';
import { usePlansStore } from '../../stores/plans-store';
import { PlanParamsFields, paramsOf, takesParams } from './PlanParamsFields';

/** A voucher plan's settings: shown always, edited while the plan is a draft or ready (an edit voids an approval). */
export function PlanParamsSection({ plan, editable }: { plan: PlanDetail; editable: boolean }) {
  const { t } = useTranslation();
  const { run, busy } = usePlansStore();
  const [draft, setDraft] = useState<PlanParams>(plan.params);
  const [blocked, setBlocked] = useState(false);
  const [shownFor, setShownFor] = useState(plan.contentHash);
  if (shownFor !== plan.contentHash) {
    setShownFor(plan.contentHash);
    setDraft(plan.params);
  }
  if (!takesParams(plan.kind)) return null;
  const p = paramsOf(plan.kind);
  return (
    <section aria-labelledby="plan-params-title" data-testid="plan-params">
      <h3 id="plan-params-title">{t('plans.params.title')}</h3>
      {editable ? (
        <form
          className="plan-params-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!blocked) void run(() => api.plans.setParams({ id: plan.id, params: draft }));
          }}
        >
          <PlanParamsFields kind={plan.kind} value={draft} onChange={setDraft} disabled={busy} onBlocked={setBlocked} />
          <button type="submit" className="button" data-testid="plan-params-save" disabled={busy || blocked}>{t('plans.params.save')}</button>
        </form>
      ) : (
        <dl className="facts">
          {p.quota ? (
            <>
              <dt>{t(`plans.params.${p.quota}`)}</dt>
              <dd className="mono" data-testid="plan-param-quota-shown">{plan.params.quotaId ?? t('plans.params.none')}</dd>
            </>
          ) : null}
          {plan.kind === 'issue-coupons' ? (
            <>
              <dt>{t('plans.params.t2')}</dt>
              <dd className="mono">{plan.params.indirectPartnerId ?? t('plans.params.none')}</dd>
            </>
          ) : null}
          {p.remark ? (
            <>
              <dt>{t('plans.params.remark')}</dt>
              <dd>{plan.params.remark ?? t('plans.params.none')}</dd>
            </>
          ) : null}
        </dl>
      )}
    </section>
  );
}
