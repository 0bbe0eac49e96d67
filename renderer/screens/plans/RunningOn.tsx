// A shared plan running on another workstation (PlanSummary.runningOn, from its run lock):
// the badge beside its status, and why it cannot be run or resumed here meanwhile.
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../shared/contract/channels/plans';

export function RunningOnBadge({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation();
  if (!plan.runningOn) return null;
  const { role, application } = plan.runningOn;
  return (
    <>
      {' '}
      <span className="badge badge-elsewhere" data-testid="plan-running-on" title={t('team.plans.runningOnTitle', { role, application })}>
        {t('team.plans.runningOn', { role })}
      </span>
    </>
  );
}

export function RunningElsewhere({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation();
  if (!plan.runningOn) return null;
  return (
    <p role="status" className="notice notice-info" data-testid="plan-running-elsewhere">
      {t('team.plans.runningElsewhere', { role: plan.runningOn.role })}
    </p>
  );
}
