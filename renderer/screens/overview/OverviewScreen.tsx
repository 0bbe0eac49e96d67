// The landing screen: "who needs money or attention today?" Unresolved operations first.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultSyncLists } from '../../../shared/domain/sync-lists';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SyncButton } from '../../components/SyncButton';
import { currencyOf } from '../../components/MoneyCell';
import { DateTime } from '../../components/DateTime';
import { useActivityStore } from '../../stores/activity-store';
import { useAlertsStore } from '../../stores/alerts-store';
import { useNavStore } from '../../stores/nav-store';
import { useOverviewStore } from '../../stores/overview-store';
import { FlowChart } from './FlowChart';
import { AttentionCard, BalancesCard, ExpiringCard, LastSyncCard, ResellersCard, UnresolvedCard } from './OverviewCards';

export function OverviewScreen() {
  const { t } = useTranslation();
  const { view, error, load } = useOverviewStore();
  const loadAlerts = useAlertsStore((s) => s.load);
  const alertsError = useAlertsStore((s) => s.error);
  const activityError = useActivityStore((s) => s.error);
  const go = useNavStore((s) => s.go);

  useEffect(() => {
    void load();
    void loadAlerts();
  }, [load, loadAlerts]);

  return (
    <section className="screen" aria-labelledby="overview-title" data-testid="overview">
      <div className="screen-head">
        <h1 id="overview-title">{t('overview.title')}</h1>
      </div>
      {view ? <p className="help">{t('overview.intro', { profile: view.profile.name })}</p> : null}
      <ErrorNotice error={error} />
      <ErrorNotice error={alertsError} />
      <ErrorNotice error={activityError} />
      <SyncButton lists={defaultSyncLists} testId="overview-sync-button" onFinished={() => void load()} />
      {!view ? (
        !error ? <p className="help">{t('overview.loading')}</p> : null
      ) : (
        <>
          <div role="status" className={view.alerts.firing ? 'notice notice-warn' : 'notice notice-ok'} data-testid="overview-alerts">
            <p>
              {view.alerts.firing ? t('overview.alertsFiring', { count: view.alerts.firing }) : t('overview.alertsNone')}{' '}
              {view.alerts.lastCheckedAt ? (
                <>
                  {t('overview.alertsLastCheck')} <DateTime value={view.alerts.lastCheckedAt} />
                </>
              ) : null}
            </p>
            <button type="button" className="button" onClick={() => go('alerts')}>{t('overview.openAlerts')}</button>
          </div>
          {/* Unknown outcomes first: nothing else should be done for them until they are reconciled. */}
          <UnresolvedCard view={view} />
          <div className="overview-grid">
            <BalancesCard view={view} />
            <ResellersCard view={view} />
          </div>
          <AttentionCard view={view} />
          <ExpiringCard view={view} />
          <section className="card" aria-labelledby="ov-chart">
            <h2 id="ov-chart">{t('overview.chart.title')}</h2>
            <FlowChart months={view.months} currency={currencyOf(view.currency)} />
            <div className="button-row">
              <button type="button" className="button" onClick={() => go('bills')}>{t('overview.chart.open')}</button>
            </div>
          </section>
          <LastSyncCard view={view} />
        </>
      )}
    </section>
  );
}
